#!/usr/bin/env python3
"""Two runs of a notebook one after the other, then two at once: is it worth running the test
suite on two workers (pytest-xdist, as course.py test does) on this machine?

    python benchmarks/parallel.py [NOTEBOOK]      (default notebooks/10-dropout.ipynb)

Prints each run's time and the wall time of both ways, side by side. Run it on a quiet machine.
"""
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent


def run(path):
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=900, kernel_name='python3',
                   resources={'metadata': {'path': str(path.parent)}}).execute()
    return time.perf_counter() - start


def both(path, at_once):
    start = time.perf_counter()
    with ThreadPoolExecutor(at_once) as pool:
        times = list(pool.map(run, [path, path]))
    return times, time.perf_counter() - start


def main(argv=None):
    args = (argv if argv is not None else sys.argv[1:]) or ['notebooks/10-dropout.ipynb']
    path = (REPO / args[0]).resolve() if not Path(args[0]).is_absolute() else Path(args[0])
    print(f'{path.name}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}')
    (a, b), serial = both(path, 1)
    (c, d), parallel = both(path, 2)
    print(f'  one after the other: {a:5.0f} s + {b:5.0f} s, wall {serial:5.0f} s')
    print(f'  two at once:         {c:5.0f} s | {d:5.0f} s, wall {parallel:5.0f} s '
          f'({parallel / serial:.2f} of the time)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
