"""What the notebook tools and tests share: the metadata a committed notebook carries, what counts
as personal information in it, and how to read its self-check from its output.

The self-check is read in the format d2lzh_local/checks.py prints, and the reading is tied to that
code: the printed block is re-printed by checks.check() itself from the values it shows, and the
two must agree to the character. A change to checks.py or to a range in expected.py therefore
shows up as a stale output (re-run `make outputs`), never as a silently wrong reading.
"""
import contextlib
import difflib
import getpass
import io
import math
import os
import re
import sys
import tempfile
from pathlib import Path

from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / 'notebooks'

KERNELSPEC = {'display_name': 'Python 3 (ipykernel)', 'language': 'python', 'name': 'python3'}
NOTEBOOK_METADATA = {'kernelspec': KERNELSPEC, 'language_info': {'name': 'python'}}
TIMING_KEYS = ('execution', 'ExecuteTime')  # added by nbclient / extensions: noise in diffs

PASSED = 'All results are in range ✓'
HEADER = 'Self-check ('
VALUE = re.compile(r', yours: (?P<value>\S+) (?P<mark>[✓✗])')
# The same in the Chinese edition's words (d2lzh_local/checks.py WORDS['zh']).
SELF_CHECK = {'en': (HEADER, PASSED, VALUE),
              'zh': ('自测（', '全部结果都在范围内 ✓', re.compile(r'，你的结果：(?P<value>\S+) (?P<mark>[✓✗])'))}


def language_of(path):
    """'zh' for a notebook of the Chinese edition (notebooks/zh/), else 'en'."""
    return 'zh' if Path(path).parent.name == 'zh' else 'en'


# --- metadata ---------------------------------------------------------------------------------

def clean_metadata(nb):
    """Keep only what a learner's JupyterLab needs; drop timing and editor state. In place."""
    nb['metadata'] = {k: v for k, v in NOTEBOOK_METADATA.items()}
    nb['metadata']['kernelspec'] = dict(KERNELSPEC)
    nb['metadata']['language_info'] = {'name': 'python'}
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
    literal = {str(ROOT), sys.prefix, sys.base_prefix, tempfile.gettempdir(),
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


# --- outputs ----------------------------------------------------------------------------------

def source(cell):
    src = cell.get('source', '')
    return ''.join(src) if isinstance(src, list) else src


def text(output):
    """The text of a stream output, or the text/plain of a result; '' for others."""
    if output.get('output_type') == 'stream':
        t = output.get('text', '')
    else:
        t = output.get('data', {}).get('text/plain', '')
    return ''.join(t) if isinstance(t, list) else t


def code_cells(nb):
    return [c for c in nb['cells'] if c['cell_type'] == 'code' and source(c).strip()]


def execution_problems(nb):
    """Why the outputs are not those of one clean run from the top, or [] if they are."""
    problems = []
    cells = code_cells(nb)
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
               for c in code_cells(nb) for out in c.get('outputs', [])
               for mime in ('image/png', 'image/svg+xml'))


# --- the self-check ---------------------------------------------------------------------------

def self_check_block(output_text, lang='en'):
    """The lines the self-check printed (from 'Self-check (' on), or None."""
    header, passed, _ = SELF_CHECK[lang]
    start = output_text.find(header)
    if start < 0:
        return None
    block = output_text[start:]
    end = block.find(passed)
    return block[:end + len(passed) + 1] if end >= 0 else block


def read_values(notebook, block, lang='en'):
    """{name: printed value (str)} in the order of EXPECTED[notebook]."""
    from d2lzh_local.expected import EXPECTED
    expected = EXPECTED[notebook]
    printed = [m.group('value') for m in SELF_CHECK[lang][2].finditer(block)]
    if len(printed) != len(expected):
        raise ValueError(f'the self-check printed {len(printed)} values, expected.py lists '
                         f'{len(expected)} for {notebook} ({", ".join(expected)})')
    return dict(zip(expected, printed))


def _tolerance(printed):
    """Half a unit in the last printed digit ('0.8123' -> 5e-05, '1.2e-05' -> 5e-07, '60000' ->
    0.5): checks.py rounds to 4 significant digits, and prints whole numbers in full."""
    mantissa, _, exponent = printed.lower().partition('e')
    decimals = len(mantissa.partition('.')[2])
    return 0.5 * 10.0 ** (int(exponent or 0) - decimals)


def out_of_range(notebook, values):
    """[(name, value, lo, hi)] for printed values outside the ranges now in expected.py."""
    from d2lzh_local.expected import EXPECTED
    bad = []
    for name, printed in values.items():
        spec, value, tol = EXPECTED[notebook][name], float(printed), _tolerance(printed)
        lo, hi = spec.get('lo'), spec.get('hi')
        if (lo is not None and value < lo - tol) or (hi is not None and value > hi + tol) \
                or not math.isfinite(value):
            bad.append((name, value, lo, hi))
    return bad


@contextlib.contextmanager
def seed_env(seed):
    """D2L_SEED set to seed for the block (None: unset, so seed 0), then restored as it was."""
    saved = os.environ.pop('D2L_SEED', None)
    if seed is not None:
        os.environ['D2L_SEED'] = str(seed)
    try:
        yield
    finally:
        os.environ.pop('D2L_SEED', None)
        if saved is not None:
            os.environ['D2L_SEED'] = saved


def execute(nb, timeout, seed=None, folder=NOTEBOOKS):
    """Run nb in place in a fresh python3 kernel and D2L_SEED = seed (None: seed 0); return the
    CellExecutionError, or None if every cell ran. The kernel works in an empty temporary folder
    named as the notebook's own (zh/ for the Chinese edition, whose self-check speaks Chinese):
    what a lesson writes (13's submission.csv) never lands among the learner's notebooks, and
    every run starts as a learner's first one does."""
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp) / Path(folder).name
        cwd.mkdir()
        client = NotebookClient(nb, timeout=timeout, kernel_name='python3', record_timing=False,
                                resources={'metadata': {'path': str(cwd)}})
        with seed_env(seed):
            try:
                client.execute()
            except CellExecutionError as error:
                return error
    return None


def reprint(notebook, values, seed=None, lang='en'):
    """What checks.check() prints today for these values (and whether it passes)."""
    from d2lzh_local import checks
    out = io.StringIO()
    try:
        with seed_env(seed), contextlib.redirect_stdout(out):
            checks.report(notebook, {k: float(v) for k, v in values.items()}, lang)
        passed = True
    except checks.SelfCheckFailed:
        passed = False
    return out.getvalue(), passed


def self_check_problems(notebook, output_text, seed=None, lang='en'):
    """Why a committed self-check output is not current, or [] if it is."""
    from d2lzh_local.expected import EXPECTED
    if notebook not in EXPECTED:
        return [f'd2lzh_local/expected.py has no ranges for {notebook!r}']
    header, passed, _ = SELF_CHECK[lang]
    block = self_check_block(output_text, lang)
    if block is None:
        return [f'the last code cell shows no self-check output ("{header}...")']
    problems = []
    if passed not in block:
        problems.append(f'the self-check output lacks "{passed}"')
    try:
        values = read_values(notebook, block, lang)
    except ValueError as e:
        return problems + [str(e)]
    for name, value, lo, hi in out_of_range(notebook, values):
        problems.append(f'{name} = {value:g} is outside the range now in expected.py '
                        f'(lo={lo}, hi={hi})')
    today, _ = reprint(notebook, values, seed, lang)
    if today.rstrip('\n') != block.rstrip('\n'):
        diff = '\n'.join(difflib.unified_diff(block.rstrip('\n').splitlines(),
                                              today.rstrip('\n').splitlines(),
                                              'committed output', 'checks.py/expected.py today',
                                              lineterm=''))
        problems.append('the self-check output differs from what d2lzh_local prints today for '
                        'the same values (ranges or wording changed since the notebook was run):\n'
                        + diff)
    return problems


def last_code_output(nb):
    """All the text the last code cell printed or returned."""
    cells = code_cells(nb)
    if not cells:
        return ''
    return ''.join(text(o) for o in cells[-1].get('outputs', []))
