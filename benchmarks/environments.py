"""Each notebook's peak kernel memory and run time under each tested environment, side by side.

    python benchmarks/environments.py [LABEL=VENV ...]      (make environments)

Default: the environments CI tests, where they exist: `.venv` (reference: Python 3.11, numpy
1.23.5, MXNet 1.9.1), `.venv-3.13` (Python 3.13, numpy 2.2.6, MXNet 1.9.1 with the numpy hook) and
`.venv-mxnet-1.7` (Python 3.11, numpy 1.23.5, MXNet 1.7.0.post2, the version Windows gets). Each
runs benchmarks/memory.py with its own Python, one after the other (so the figures are taken on
the same machine under the same load: run it on a quiet one). Prints a markdown table.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = {'3.11, numpy 1.23.5, MXNet 1.9.1 (reference)': '.venv',
           '3.13, numpy 2.2.6, MXNet 1.9.1': '.venv-3.13',
           '3.11, numpy 1.23.5, MXNet 1.7.0.post2': '.venv-mxnet-1.7'}


def python_of(venv):
    for sub in ('bin/python', 'Scripts/python.exe'):
        if (REPO / venv / sub).exists():
            return REPO / venv / sub
    return None


def main(argv):
    pairs = dict(a.split('=', 1) for a in argv) if argv else DEFAULT
    results = {}
    for label, venv in pairs.items():
        python = python_of(venv)
        if python is None:
            print(f'skipped {label}: no environment {venv} (make notebooks VENV={venv} ... makes it)')
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / 'memory.json'
            print(f'== {label} ({venv})', flush=True)
            subprocess.run([str(python), str(REPO / 'benchmarks' / 'memory.py'), '--json', str(out)],
                           cwd=REPO)
            results[label] = json.loads(out.read_text()) if out.exists() else {}
    if not results:
        return 1
    labels = list(results)
    notebooks = sorted({n for r in results.values() for n in r})
    print('\n| notebook | ' + ' | '.join(f'{l}: MB | s' for l in labels) + ' |')
    print('|---|' + '---:|---:|' * len(labels))
    for name in notebooks:
        cells = []
        for label in labels:
            peak, seconds, error = results[label].get(name, [None, None, 'not run'])
            cells.append('failed | failed' if error else f'{peak:.0f} | {seconds:.1f}')
        print(f'| {name} | ' + ' | '.join(cells) + ' |')
    totals = []
    for label in labels:
        runs = results[label].values()
        totals.append(f'{max(r[0] for r in runs):.0f} (peak) | {sum(r[1] for r in runs):.0f}')
    print('| **all notebooks** | ' + ' | '.join(totals) + ' |')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
