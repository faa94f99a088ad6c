#!/usr/bin/env python3
"""Execute notebooks in place, so that their outputs are committed, then clean their metadata.

    python tools/run_notebooks.py             # every notebook, both editions (make outputs)
    python tools/run_notebooks.py notebooks/04-softmax-scratch.ipynb ...

Each notebook runs top to bottom in a fresh `python3` kernel of this environment, in an empty
temporary folder (named zh/ for the Chinese edition, whose self-check speaks Chinese) and with
seed 0 (D2L_SEED is unset for the run). Afterwards the notebook keeps only the metadata a
learner's JupyterLab needs (kernelspec python3 "Python 3 (ipykernel)", language_info name python): no timings, no versions, no paths. A notebook that fails is still
written (open it to see the traceback) and the script exits 1; so it does if an output shows a
path or user name, which the author should remove from the notebook rather than commit.
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

import nbformat

from notebook_checks import NOTEBOOKS, clean_metadata, execute, personal_info


def run(path, timeout):
    nb = nbformat.read(path, as_version=4)
    error = execute(nb, timeout, folder=path.parent)  # seed 0, whatever D2L_SEED says
    clean_metadata(nb)
    nbformat.validate(nb)
    text = nbformat.writes(nb)
    path.write_bytes((text if text.endswith('\n') else text + '\n').encode('utf-8'))
    return error, personal_info(json.loads(text))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('notebooks', nargs='*', type=Path,
                        help='notebooks to run (default: every notebook in notebooks/ and '
                             'notebooks/zh/)')
    parser.add_argument('--timeout', type=int, default=900, help='seconds per cell')
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(NOTEBOOKS.glob('*.ipynb')) + sorted(NOTEBOOKS.glob('zh/*.ipynb'))
    if os.environ.get('D2L_SEED') is not None:
        print('run_notebooks: D2L_SEED ignored: committed outputs are those of seed 0')
    failed = []
    for path in paths:
        path = path.resolve()
        start = time.time()
        error, personal = run(path, args.timeout)
        status = 'ok' if error is None else 'FAILED'
        name = path.relative_to(NOTEBOOKS) if path.is_relative_to(NOTEBOOKS) else path.name
        print(f'{name}: {status} ({time.time() - start:.0f} s)', flush=True)
        if error is not None:
            print(str(error)[-3000:], file=sys.stderr)
            failed.append(str(name))
        for where, found in personal:
            print(f'{name}: {where} shows a path or user name: ...{found}...', file=sys.stderr)
        if personal:
            failed.append(str(name))
    if failed:
        print(f'run_notebooks: fix and re-run: {" ".join(sorted(set(failed)))}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
