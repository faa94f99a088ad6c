#!/usr/bin/env python3
"""Run the lessons under other random seeds and check that every self-check still passes; with
--exercises, the same for the exercises that train.

    python tools/seeds.py                       # every lesson, seeds 1 2 3 (make seeds)
    python tools/seeds.py notebooks/04-softmax-regression-scratch.ipynb --seeds 1 2 3 4 5
    python tools/seeds.py --exercises [LESSON ...] [--seeds ...]   (make seeds-exercises)

Each run executes a copy of the notebook held in memory (the files are never written) in a fresh
python3 kernel with D2L_SEED set, which d2l.set_seed() reads, in an empty temporary folder
(what a lesson writes stays out of notebooks/). Prints a table notebook x seed -> pass/fail with
each self-check value, and exits 1 if any run failed. Too slow for `make test`: run it after
changing a notebook or a range, and record what it gave in docs/RANGES.md.

An exercise's solution that trains, and a check that trains, see whatever random state the
learner's notebook has reached: under each seed, every such solution must still pass its own
check and every prepared wrong answer must still be rejected (make test runs them under one seed).
"""
import argparse
import importlib
import sys
import time
from pathlib import Path

import notebooks as nbs
import outputs
from d2lzh_local import set_seed
from d2lzh_local.selfcheck import WORDS

package = importlib.import_module('d2lzh_local.exercises')


def run(path, seed, timeout):
    """(passed, {name: printed value}, note) of one run of a notebook under a seed."""
    nb = nbs.read(path)
    lang = nbs.edition_of(path)
    error = nbs.execute(nb, lang, seed, timeout)
    block = outputs.self_check_block(nbs.output_text(nbs.self_check_cell(nb)), lang) or ''
    try:
        values = outputs.read_values(path.stem, block, lang) if block else {}
    except (KeyError, ValueError) as e:
        values, error = {}, error or e
    failed_names = [name for name, mark in zip(values, outputs.marks(block, lang)) if mark != '✓']
    passed = error is None and WORDS[lang]['passed'] in block and not failed_names
    if passed:
        note = ''
    elif failed_names:
        note = 'out of range: ' + ', '.join(failed_names)
    elif error is not None:
        lines = [line for line in str(error).splitlines() if line.strip()]
        note = (getattr(error, 'ename', '') + ': ' + getattr(error, 'evalue', '')).strip(': ') \
            or (lines[-1] if lines else repr(error))
    else:
        note = 'no self-check output'
    return passed, values, note


def run_exercises(lessons, seeds):
    """Exercise x seed -> pass/fail, for the exercises whose solution or check trains."""
    failed, runs = [], 0
    for key in lessons or sorted(package.LESSONS):
        for e in package.exercises(key):
            if not (e.solution_seconds or e.check_seconds):
                continue
            for seed in seeds:
                start, problems = time.time(), []
                set_seed(seed)
                with package.quiet():
                    status, message = e.verdict(e.solve())
                if status != 'correct':
                    problems.append(f'the solution fails its check: {message}')
                for mistake, make in e.wrong_answers.items():
                    set_seed(seed)
                    with package.quiet():
                        status, _ = e.verdict(make())
                    if status == 'correct':
                        problems.append(f'wrong answer accepted: {mistake}')
                runs += 1
                failed += [f'{key}-{e.number} seed {seed}'] if problems else []
                print(f'{key}-{e.number:<5} {seed:4}  {"FAIL" if problems else "pass":6}'
                      f'{"  " + "; ".join(problems) if problems else ""}'
                      f'  [{time.time() - start:.0f} s]', flush=True)
    print(f'\n{runs - len(failed)} passed, {len(failed)} failed' +
          (': ' + ', '.join(failed) if failed else ''))
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('notebooks', nargs='*',
                        help='notebooks to run (default: every English lesson); with '
                             '--exercises, lesson numbers (default: all)')
    parser.add_argument('--seeds', nargs='+', type=int, default=[1, 2, 3])
    parser.add_argument('--timeout', type=int, default=900, help='seconds per cell')
    parser.add_argument('--exercises', action='store_true',
                        help='the exercises that train, instead of the lessons')
    args = parser.parse_args(argv)
    if args.exercises:
        return run_exercises(args.notebooks, args.seeds)
    paths = [Path(p).resolve() for p in args.notebooks] or nbs.lessons()
    if not paths:
        print('seeds: no notebooks to run')
        return 1
    width = max(len(p.stem) for p in paths)
    print(f'{"notebook":{width}}  seed  result  self-check values')
    results = {}
    for path in paths:
        for seed in args.seeds:
            start = time.time()
            passed, values, note = run(path, seed, args.timeout)
            results[path.stem, seed] = passed
            shown = '  '.join(f'{k}={v}' for k, v in values.items())
            print(f'{path.stem:{width}}  {seed:4}  {"pass" if passed else "FAIL":6}  {shown}'
                  f'{"  (" + note + ")" if note else ""}  [{time.time() - start:.0f} s]',
                  flush=True)
    failed = [key for key, ok in results.items() if not ok]
    print(f'\n{len(results) - len(failed)} passed, {len(failed)} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
