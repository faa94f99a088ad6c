"""Peak memory and run time of each notebook's kernel, against Binder's 1 GB; for one environment,
or for several side by side.

    make memory                       (benchmarks/memory.py [NOTEBOOK ...], this environment)
    make memory VENVS=".venv .venv-3.13 .venv-mxnet-1.7"     (each environment CI tests)

Each notebook (default: every English lesson and the contents page) runs top to bottom in a fresh
python3 kernel in an empty folder, one at a time; the notebooks are read, never written. Peak
resident memory is the kernel's VmHWM (Linux's own high-water mark, so no peak is missed between
samples), read after every cell, or the summed resident memory of the kernel and its child
processes (sampled every 50 ms) where that is larger. MB = 10^6 bytes. With --venvs each
environment runs this script with its own Python, one after the other (run it on a quiet machine),
and a markdown table puts them side by side. Exits 1 if a peak exceeds the limit (Binder
guarantees 1 GB for the whole container, the Jupyter server's ~100 MB included), 2 if a notebook
failed to run.
"""
import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / 'tools'))
import notebooks as nbs  # noqa: E402

sys.path.insert(0, str(nbs.ROOT))
import course  # noqa: E402  (where each environment's Python is)

MB = 1e6


def vm_hwm(pid):
    """Peak resident set size (VmHWM) of a process, in bytes, or 0 if it is gone."""
    try:
        with open(f'/proc/{pid}/status') as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith('VmHWM:'))
    except (OSError, StopIteration):
        return 0


def measure(path, timeout):
    """Run one notebook: (peak bytes, seconds, error or None)."""
    nb = nbs.read(path)
    with tempfile.TemporaryDirectory() as tmp:
        client = nbs.client(nb, tmp, timeout)
        peak, stop = [0], threading.Event()

        def kernel():
            provisioner = getattr(client.km, 'provisioner', None)
            pid = getattr(provisioner, 'pid', None)
            return psutil.Process(pid) if pid else None

        def sample(**_):  # after every cell (nbclient's hook), and every 50 ms in a thread
            try:
                proc = kernel()
                if proc:
                    tree = sum(p.memory_info().rss for p in [proc] + proc.children(True))
                    peak[0] = max(peak[0], vm_hwm(proc.pid), tree)
            except (psutil.Error, AttributeError):
                pass

        def poll():
            while not stop.wait(0.05):
                sample()

        client.on_cell_executed = sample
        thread = threading.Thread(target=poll, daemon=True)
        thread.start()
        start, error = time.perf_counter(), None
        try:
            client.execute()
        except Exception as e:  # a failed cell, a time-out, a dead kernel: reported, not raised
            error = f'{type(e).__name__}: {str(e).strip().splitlines()[-1][:120]}'
        finally:
            stop.set()
            thread.join()
    return peak[0], time.perf_counter() - start, error


def measure_all(paths, timeout):
    """{notebook: [peak MB, seconds, error]}, printed as it goes."""
    results = {}
    for path in paths:
        peak, seconds, error = measure(path, timeout)
        results[nbs.name(path)] = [peak / MB, seconds, error]
        print(f'  {nbs.name(path):40} {peak / MB:6.0f} MB {seconds:6.1f} s'
              + (f'  failed: {error}' if error else ''), flush=True)
    return results


def in_environment(venv, paths, timeout):
    """This script's results under another environment's Python."""
    python = course.env_python(nbs.ROOT / venv)
    if not python.exists():
        print(f'skipped {venv}: no such environment (`make notebooks VENV={venv} ...` makes it)')
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / 'memory.json'
        subprocess.run([str(python), __file__, '--json', str(out), '--timeout', str(timeout),
                        *map(str, paths)], cwd=nbs.ROOT)
        return json.loads(out.read_text()) if out.exists() else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('notebooks', nargs='*', type=Path,
                        help='notebooks to run (default: the English edition)')
    parser.add_argument('--venvs', nargs='+', metavar='VENV',
                        help='environments to measure, side by side (default: this one)')
    parser.add_argument('--limit-mb', type=float, default=1000.0, help="(1000: Binder's 1 GB)")
    parser.add_argument('--timeout', type=int, default=900, help='seconds per cell (900)')
    parser.add_argument('--json', type=Path, help='also write the results there, as JSON')
    args = parser.parse_args()
    paths = [p.resolve() for p in args.notebooks] or \
        [nbs.NOTEBOOKS / nbs.CONTENTS] + nbs.lessons('en')
    if args.venvs:
        results = {}
        for venv in args.venvs:
            print(f'== {venv}', flush=True)
            results[venv] = in_environment(venv, paths, args.timeout)
        results = {venv: r for venv, r in results.items() if r}
    else:
        results = {sys.prefix: measure_all(paths, args.timeout)}
    if args.json:
        args.json.write_text(json.dumps(next(iter(results.values()))))
    if not results:
        return 2
    print('\n| notebook | ' + ' | '.join(f'{Path(v).name}: MB | s' for v in results) + ' |')
    print('|---|' + '---:|---:|' * len(results))
    for name in next(iter(results.values())):
        print(f'| {name} | ' + ' | '.join(
            'failed | failed' if r[name][2] else f'{r[name][0]:.0f} | {r[name][1]:.1f}'
            for r in results.values()) + ' |')
    print('| **all notebooks** | ' + ' | '.join(
        f'{max(v[0] for v in r.values()):.0f} (peak) | {sum(v[1] for v in r.values()):.0f}'
        for r in results.values()) + ' |')
    rows = [v for r in results.values() for v in r.values()]
    if any(peak > args.limit_mb for peak, _, _ in rows):
        print(f'\nA notebook exceeds {args.limit_mb:g} MB')
        return 1
    return 2 if any(error for _, _, error in rows) else 0


if __name__ == '__main__':
    sys.exit(main())
