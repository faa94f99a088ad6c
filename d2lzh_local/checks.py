"""Self-checks: each notebook's results against the ranges set in expected.py."""
import os

from .expected import EXPECTED


class SelfCheckFailed(AssertionError):
    """A notebook's result fell outside its expected range."""


def _fmt(x):
    """4 significant digits, but whole numbers (a count of images) in full."""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else f'{x:.4g}'


def describe(lo, hi):
    """The range in words: 'below 0.0001', 'above 0.8', 'between 0.8 and 0.9', 'exactly 10'."""
    if lo is not None and lo == hi:
        return f'exactly {_fmt(lo)}'
    if lo is None:
        return f'below {_fmt(hi)}'
    if hi is None:
        return f'above {_fmt(lo)}'
    return f'between {_fmt(lo)} and {_fmt(hi)}'


def check(notebook, **results):
    """Compare results with the notebook's expected ranges, print a line for each, and raise
    SelfCheckFailed (which fails the notebook's run) if any falls outside its range."""
    expected = EXPECTED[notebook]
    missing = set(expected) - set(results)
    unknown = set(results) - set(expected)
    if missing or unknown:
        raise KeyError(f'self-check {notebook!r} expects {sorted(expected)}; '
                       f'missing {sorted(missing)}, unknown {sorted(unknown)}')
    failed = []
    seed = os.environ.get('D2L_SEED')
    print(f'Self-check ({notebook}{", seed " + seed if seed else ""}):')
    for name, spec in expected.items():
        value = float(results[name])
        ok = (spec.get('lo') is None or value >= spec['lo']) and \
             (spec.get('hi') is None or value <= spec['hi'])
        book = f'   (book: {_fmt(spec["book"])}{"; " + spec["note"] if spec.get("note") else ""})' \
            if spec.get('book') is not None else ''
        print(f'  {spec["what"]}: expected {describe(spec.get("lo"), spec.get("hi"))}, '
              f'yours: {_fmt(value)} {"✓" if ok else "✗"}{book}')
        if not ok:
            failed.append(name)
    if failed:
        raise SelfCheckFailed(f'{", ".join(failed)} out of the expected range: re-run the notebook '
                              'from the top (Kernel > Restart and Run All); if it still fails, '
                              'compare your code with the cells above.')
    print('All results are in range ✓')
