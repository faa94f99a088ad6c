"""How long each exercise's check and worked solution take, all of them together: a check answers
within a second unless it trains (and then says how long it takes: check_seconds), and the
solutions that train must fit in CI, which runs every one (tests/test_exercises.py).

    make benchmark-exercises     (benchmarks/exercises.py [LESSON ...], in the course's environment)

For every exercise: the seconds its solution takes (solve(), silently: what CI runs), the seconds
its check takes on that answer and on its slowest prepared wrong answer (the wrong answer itself
is made beforehand, untimed), and what it declares. Prints a table and the totals, and exits 1 if
a check that declares no check_seconds took a second or more, or one that declares them took
more than twice as long.
"""
import argparse
import importlib
import sys
import time

package = importlib.import_module('d2lzh_local.exercises')


def timed(function, *args):
    start = time.perf_counter()
    with package.quiet():
        result = function(*args)
    return result, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('lessons', nargs='*', help='lesson numbers (default: all)')
    args = parser.parse_args()
    print(f'{"exercise":10} {"solution s":>10} {"check s":>8} {"wrong s":>8}  declared')
    totals, late = [0.0, 0.0], []
    for key in args.lessons or sorted(package.LESSONS):
        for e in package.exercises(key):
            answer, solve = timed(e.solve)
            _, check = timed(e.verdict, answer)
            wrong = 0.0
            for make in e.wrong_answers.values():
                with package.quiet():
                    bad = make()
                wrong = max(wrong, timed(e.verdict, bad)[1])
            slowest = max(check, wrong)
            limit = 2 * e.check_seconds if e.check_seconds else 1.0
            if slowest >= limit:
                late.append(f'{key}-{e.number}')
            totals[0] += solve
            totals[1] += check
            print(f'{key}-{e.number:<7} {solve:10.2f} {check:8.2f} {wrong:8.2f}  '
                  f'check {e.check_seconds or "-"} s, solution {e.solution_seconds or "-"} s'
                  + ('  LATE' if f'{key}-{e.number}' in late else ''), flush=True)
    print(f'\nAll solutions: {totals[0]:.0f} s; all checks of the solutions: {totals[1]:.1f} s')
    if late:
        print(f'Checks slower than they say: {", ".join(late)}')
    return 1 if late else 0


if __name__ == '__main__':
    sys.exit(main())
