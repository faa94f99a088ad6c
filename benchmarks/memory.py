"""Peak memory of each notebook's kernel, against Binder's 1 GB.

    .venv/bin/python benchmarks/memory.py [NOTEBOOK ...] [--limit-mb 1000] [--timeout 900]

Runs every notebooks/[0-9]*.ipynb (or the notebooks named) top to bottom in a fresh kernel
(nbclient, kernel 'python3', the notebook's own folder as working directory), one at a time. The
notebooks are read, never written.

Peak resident memory: the kernel's VmHWM from /proc/<pid>/status (the kernel's own high-water
mark of resident memory, kept by Linux, so no peak is missed between samples), read after every
cell and so after the last one, before the kernel is shut down. The kernel's child processes
(e.g. a DataLoader's workers) are not in it: the whole tree's resident memory (kernel plus
children, summed, which counts pages a forked child shares with the kernel twice) is also sampled
every 50 ms, and the larger of the two is the figure checked.

Prints a table (notebook, peak RSS in MB = 10^6 bytes, seconds from kernel start to the end of the
last cell, within the limit?) and the same table as markdown for the README, and exits 1 if any
notebook's peak exceeds the limit (1 GB = 1000 MB: Binder guarantees 1 GB; its limit covers the
whole container, where the Jupyter server takes some 100 MB beside the kernel), 2 if a notebook
failed to run (its peak up to the failure is still shown).
"""
import argparse
import json
import re
import sys
import threading
import time
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / 'notebooks'
MB = 1e6


def vm_hwm(pid):
    """Peak resident set size (VmHWM) of a process, in bytes, or 0 if it is gone."""
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakWatcher:
    """Follows the kernel of an nbclient client: its VmHWM and its tree's sampled RSS."""

    def __init__(self, client, interval=0.05):
        self.client, self.interval = client, interval
        self.pid = None
        self.hwm = self.tree_peak = 0
        self.children_seen = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _kernel_pid(self):
        km = self.client.km
        provisioner = getattr(km, 'provisioner', None) if km is not None else None
        return getattr(provisioner, 'pid', None) if provisioner is not None else None

    def read_hwm(self, **_hook_kwargs):  # also nbclient's on_cell_executed hook
        if self.pid is None:
            self.pid = self._kernel_pid()
        if self.pid is not None:
            self.hwm = max(self.hwm, vm_hwm(self.pid))

    def _poll(self):
        while not self._stop.is_set():
            if self.pid is None:
                self.pid = self._kernel_pid()
            if self.pid is not None:
                try:
                    kernel = psutil.Process(self.pid)
                    procs = [kernel] + kernel.children(recursive=True)
                    self.children_seen = max(self.children_seen, len(procs) - 1)
                    total = 0
                    for p in procs:
                        try:
                            total += p.memory_info().rss
                        except psutil.Error:
                            pass
                    self.tree_peak = max(self.tree_peak, total)
                except psutil.Error:
                    pass
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def peak(self):
        return max(self.hwm, self.tree_peak)


def measure(path, timeout):
    """Run one notebook; return (peak bytes, kernel VmHWM, tree peak, children, seconds, error)."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name='python3',
                            resources={'metadata': {'path': str(path.parent)}})
    watcher = PeakWatcher(client)
    client.on_cell_executed = watcher.read_hwm
    error = None
    start = time.perf_counter()
    with watcher:
        try:
            client.execute(cwd=str(path.parent))
        except CellExecutionError as e:
            error = re.sub(r'\x1b\[[0-9;]*m', '', str(e)).strip().splitlines()[-1][:120]
        except (CellTimeoutError, DeadKernelError, RuntimeError) as e:
            error = f'{type(e).__name__}: {str(e)[:120]}'
    seconds = time.perf_counter() - start
    return watcher.peak, watcher.hwm, watcher.tree_peak, watcher.children_seen, seconds, error


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('notebooks', nargs='*', type=Path,
                        help='notebooks to run (default: notebooks/[0-9]*.ipynb)')
    parser.add_argument('--limit-mb', type=float, default=1000.0,
                        help='limit in MB of 10^6 bytes (1000: Binder\'s 1 GB)')
    parser.add_argument('--timeout', type=int, default=900, help='seconds per cell (900)')
    parser.add_argument('--json', type=Path, help='also write {notebook: [peak MB, seconds, '
                        'error]} there (benchmarks/environments.py reads it)')
    args = parser.parse_args()
    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob('[0-9]*.ipynb'))
    if not paths:
        print(f'no notebooks found in {NOTEBOOKS}')
        return 2

    rows = []
    width = max(len(p.name) for p in paths)
    print(f'{"notebook":{width}}  {"peak RSS MB":>11}  {"seconds":>7}  within {args.limit_mb:g} MB')
    for path in paths:
        peak, hwm, tree, children, seconds, error = measure(path, args.timeout)
        ok = peak <= args.limit_mb * MB
        verdict = ('yes' if ok else 'NO') + (f' (failed: {error})' if error else '')
        detail = f'   [kernel VmHWM {hwm / MB:.0f} MB, tree sampled {tree / MB:.0f} MB with ' \
                 f'{children} child process(es)]' if children else ''
        print(f'{path.name:{width}}  {peak / MB:11.0f}  {seconds:7.1f}  {verdict}{detail}',
              flush=True)
        rows.append((path.name, peak, seconds, ok, error))

    print(f'\n| notebook | peak RSS (MB) | seconds | within {args.limit_mb / 1000:g} GB |')
    print('|---|---:|---:|:---:|')
    for name, peak, seconds, ok, error in rows:
        print(f'| {name} | {peak / MB:.0f} | {seconds:.1f} | '
              f'{"yes" if ok else "**no**"}{" (failed to run)" if error else ""} |')

    if args.json:
        args.json.write_text(json.dumps({name: [peak / MB, seconds, error]
                                         for name, peak, seconds, _, error in rows}))
    if any(not ok for _, _, _, ok, _ in rows):
        print(f'\nOver the limit: {", ".join(n for n, _, _, ok, _ in rows if not ok)}')
        return 1
    if any(error for *_, error in rows):
        print(f'\nFailed to run: {", ".join(n for n, *_, e in rows if e)}')
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main())
