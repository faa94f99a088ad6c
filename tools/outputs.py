#!/usr/bin/env python3
"""The committed outputs of the notebooks: make them, and tell whether they are current.

    python tools/outputs.py             # run every notebook of both editions in place (make outputs)
    python tools/outputs.py notebooks/04-softmax-regression-scratch.ipynb ...

Each notebook runs top to bottom in a fresh python3 kernel of this environment, with seed 0
(D2L_SEED is ignored), in an empty folder (notebooks.execute). Afterwards it keeps only the
metadata a learner's JupyterLab needs (the python3 kernelspec, no timings, versions or paths). A
notebook that fails is still written (open it to see the traceback) and the script exits 1; so it
does if an output shows a path or user name, which the author removes from the notebook rather
than commit. Without a font with Chinese characters it runs no notebook of the Chinese edition
(its figures would show boxes for the book's terms).

What is current (tests/test_notebook_metadata.py): one clean run from the top, that metadata, no
path or user name, and a self-check output that d2lzh_local prints today for the values it shows.
The self-check is read with the words d2lzh_local/selfcheck.py prints, and re-printed by that code
from the values read: a changed range or wording shows as a stale output, never as a silently
wrong reading.
"""
import argparse
import contextlib
import difflib
import getpass
import io
import math
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import course
import notebooks as nbs
from d2lzh_local import selfcheck
from d2lzh_local.plotting import cjk_font

TIMING_KEYS = ('execution', 'ExecuteTime')  # added by nbclient / extensions: noise in diffs
MARK = {lang: re.compile(re.escape(words['line'].split('{value}')[0].split('{range}')[1])
                         + r'(?P<value>\S+) (?P<mark>[✓✗])')
        for lang, words in selfcheck.WORDS.items()}


# --- metadata and personal information --------------------------------------------------------

def clean_metadata(nb):
    """Keep only what a learner's JupyterLab needs; drop timing and editor state. In place."""
    nb['metadata'] = {'kernelspec': dict(nbs.KERNELSPEC), 'language_info': {'name': 'python'}}
    for cell in nb['cells']:
        for key in TIMING_KEYS:
            cell.get('metadata', {}).pop(key, None)
    return nb


def _personal_patterns():
    """Regular expressions for paths and names that would tell who ran a notebook, and where."""
    pats = [
        r'(?<![\w.])/(?:home|Users|root|tmp|var/folders|private|mnt|media|srv|opt|work)/',
        r'[A-Za-z]:\\(?:Users|Documents and Settings)\\',
        r'site-packages', r'dist-packages',
    ]
    literal = {str(nbs.ROOT), sys.prefix, sys.base_prefix, tempfile.gettempdir(),
               os.path.expanduser('~')}
    pats += [re.escape(p) for p in literal if p and p not in ('/', '/usr', '/usr/local')]
    try:
        user = getpass.getuser()
    except Exception:  # no user name to look for
        user = ''
    if len(user) >= 3 and user not in ('root', 'user', 'jovyan', 'runner', 'nobody'):
        pats.append(r'\b' + re.escape(user) + r'\b')
    return [re.compile(p) for p in pats]


def _strings(obj, where):
    if isinstance(obj, str):
        yield where, obj
    elif isinstance(obj, list):
        if all(isinstance(x, str) for x in obj):  # multi-line text: search it whole
            yield where, ''.join(obj)
        else:
            for i, x in enumerate(obj):
                yield from _strings(x, f'{where}[{i}]')
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, f'{where}.{k}')


def personal_info(nb):
    """[(where, text found)] for every path or user name in the outputs and metadata of a notebook
    (cell sources are the author's text and not searched)."""
    found = []
    pats = _personal_patterns()
    places = [('metadata', nb.get('metadata', {}))]
    for i, cell in enumerate(nb['cells']):
        places.append((f'cell {i} metadata', cell.get('metadata', {})))
        places.append((f'cell {i} outputs', cell.get('outputs', [])))
    for where, obj in places:
        for sub, text in _strings(obj, where):
            for pat in pats:
                m = pat.search(text)
                if m:
                    start = max(0, m.start() - 40)
                    found.append((sub, text[start:m.end() + 40].replace('\n', ' ')))
                    break
    return found


# --- what a run left ----------------------------------------------------------------------------

def execution_problems(nb):
    """Why the outputs are not those of one clean run from the top, or [] if they are."""
    problems = []
    cells = nbs.code_cells(nb)
    counts = [c.get('execution_count') for c in cells]
    if counts != list(range(1, len(cells) + 1)):
        problems.append(f'code cells not executed once each, in order, from a fresh kernel: '
                        f'execution counts {counts}')
    for i, cell in enumerate(cells):
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'error':
                problems.append(f'code cell {i + 1} has an error output: '
                                f'{out.get("ename")}: {out.get("evalue")}')
    return problems


def has_figure(nb):
    return any(mime in out.get('data', {})
               for c in nbs.code_cells(nb) for out in c.get('outputs', [])
               for mime in ('image/png', 'image/svg+xml'))


# --- the self-check -----------------------------------------------------------------------------

def self_check_block(output_text, lang='en'):
    """The lines the self-check printed (from its header on, to its last line), or None."""
    words = selfcheck.WORDS[lang]
    start = output_text.find(words['header'].split('{')[0])
    if start < 0:
        return None
    block = output_text[start:]
    end = block.find(words['passed'])
    return block[:end + len(words['passed']) + 1] if end >= 0 else block


def read_values(notebook, block, lang='en'):
    """{name: printed value (str)} in the order of the notebook's ranges."""
    expected = selfcheck.RANGES[notebook]
    printed = [m.group('value') for m in MARK[lang].finditer(block)]
    if len(printed) != len(expected):
        raise ValueError(f'the self-check printed {len(printed)} values, ranges.toml lists '
                         f'{len(expected)} for {notebook} ({", ".join(expected)})')
    return dict(zip(expected, printed))


def marks(block, lang='en'):
    """The ✓ or ✗ of each printed line, in order."""
    return [m.group('mark') for m in MARK[lang].finditer(block)]


def _tolerance(printed):
    """Half a unit in the last printed digit ('0.8123' -> 5e-05, '1.2e-05' -> 5e-07, '60000' ->
    0.5): the self-check rounds to 4 significant digits, and prints whole numbers in full."""
    mantissa, _, exponent = printed.lower().partition('e')
    decimals = len(mantissa.partition('.')[2])
    return 0.5 * 10.0 ** (int(exponent or 0) - decimals)


def out_of_range(notebook, values):
    """[(name, value, lo, hi)] for printed values outside the ranges now in ranges.toml."""
    bad = []
    for name, printed in values.items():
        spec, value, tol = selfcheck.RANGES[notebook][name], float(printed), _tolerance(printed)
        lo, hi = spec.get('lo'), spec.get('hi')
        if (lo is not None and value < lo - tol) or (hi is not None and value > hi + tol) \
                or not math.isfinite(value):
            bad.append((name, value, lo, hi))
    return bad


def reprint(notebook, values, seed=None, lang='en'):
    """What the self-check prints today for these values, and whether it passes."""
    out = io.StringIO()
    try:
        with nbs.seed(seed), contextlib.redirect_stdout(out):
            selfcheck.report(notebook, {k: float(v) for k, v in values.items()}, lang)
        passed = True
    except selfcheck.SelfCheckFailed:
        passed = False
    return out.getvalue(), passed


def self_check_problems(notebook, output_text, seed=None, lang='en'):
    """Why a committed self-check output is not current, or [] if it is."""
    if notebook not in selfcheck.RANGES:
        return [f'd2lzh_local/ranges.toml has no ranges for {notebook!r}']
    words = selfcheck.WORDS[lang]
    block = self_check_block(output_text, lang)
    if block is None:
        return [f'the last code cell shows no self-check output ("{words["header"]}...")']
    problems = []
    if words['passed'] not in block:
        problems.append(f'the self-check output lacks "{words["passed"]}"')
    try:
        values = read_values(notebook, block, lang)
    except ValueError as e:
        return problems + [str(e)]
    for name, value, lo, hi in out_of_range(notebook, values):
        problems.append(f'{name} = {value:g} is outside the range now in ranges.toml '
                        f'(lo={lo}, hi={hi})')
    today, _ = reprint(notebook, values, seed, lang)
    if today.rstrip('\n') != block.rstrip('\n'):
        diff = '\n'.join(difflib.unified_diff(block.rstrip('\n').splitlines(),
                                              today.rstrip('\n').splitlines(),
                                              'committed output', 'd2lzh_local today',
                                              lineterm=''))
        problems.append('the self-check output differs from what d2lzh_local prints today for '
                        'the same values (ranges or wording changed since the notebook was run):\n'
                        + diff)
    return problems


# --- make outputs -------------------------------------------------------------------------------

def run(path, timeout):
    """Run a notebook in place (seed 0) and write it with clean metadata: (error or None,
    personal information found)."""
    nb = nbs.read(path)
    error = nbs.execute(nb, nbs.edition_of(path), timeout=timeout)
    clean_metadata(nb)
    nbs.write(path, nb)
    return error, personal_info(nb)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('notebooks', nargs='*', type=Path,
                        help='notebooks to run (default: every notebook of both editions)')
    parser.add_argument('--timeout', type=int, default=900, help='seconds per cell')
    args = parser.parse_args(argv)
    if os.environ.get('D2L_SEED') is not None:
        print('outputs: D2L_SEED ignored: committed outputs are those of seed 0')
    paths = [p.resolve() for p in args.notebooks] or nbs.pages()
    if cjk_font() is None and any(nbs.edition_of(path) == 'zh' for path in paths):
        print('outputs: no font with Chinese characters here, so the Chinese edition\'s figures would be '
              f'committed with boxes for their terms. Fix: {course.font_fix()}; then run again, or '
              'name English notebooks only.', file=sys.stderr)
        return 2
    failed = []
    for path in paths:
        start = time.time()
        error, personal = run(path, args.timeout)
        print(f'{nbs.name(path)}: {"ok" if error is None else "FAILED"} '
              f'({time.time() - start:.0f} s)', flush=True)
        if error is not None:
            print(str(error)[-3000:], file=sys.stderr)
        for where, found in personal:
            print(f'{nbs.name(path)}: {where} shows a path or user name: ...{found}...',
                  file=sys.stderr)
        if error is not None or personal:
            failed.append(nbs.name(path))
    if failed:
        print(f'outputs: fix and re-run: {" ".join(failed)}', file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
