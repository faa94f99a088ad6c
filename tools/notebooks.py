"""The notebook library of the tools, the tests and the benchmarks: where the lessons of each
edition are, reading and writing a notebook as JupyterLab does, its cells, and running it."""
import contextlib
import os
import sys
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from d2lzh_local import editions  # noqa: E402

NOTEBOOKS = ROOT / 'notebooks'
CONTENTS = '00-contents.ipynb'
NAV = 'nav'  # the tag of the generated navigation cells (tools/nav.py)
EXERCISE = 'exercise'  # and of the generated exercise cells (tools/exercises.py)
KERNELSPEC = {'display_name': 'Python 3 (ipykernel)', 'language': 'python', 'name': 'python3'}
METADATA = {'kernelspec': KERNELSPEC, 'language_info': {'name': 'python'}}


def folder(edition, root=NOTEBOOKS):
    return Path(root) / editions.FOLDERS[edition]


def edition_of(path):
    """The edition of a notebook: 'zh' for one in notebooks/zh/, else 'en'."""
    return editions.of(Path(path).parent)


def lessons(edition='en', root=NOTEBOOKS):
    """The lessons of an edition (or of the folder `root`, edition ''), in order: NN-slug.ipynb,
    the contents page excluded."""
    where = folder(edition, root) if edition else Path(root)
    return sorted(p for p in where.glob('[0-9][0-9]-*.ipynb') if p.name != CONTENTS)


def pages(root=NOTEBOOKS):
    """Every notebook of both editions: each edition's contents page and lessons."""
    return [p for edition in editions.FOLDERS for p in
            ([folder(edition, root) / CONTENTS] + lessons(edition, root))
            if p.is_file()]


def name(path):
    """A notebook as the messages name it: 'zh/04-softmax-regression-scratch.ipynb'."""
    path = Path(path)
    return f'{editions.FOLDERS["zh"]}/{path.name}' if edition_of(path) == 'zh' else path.name


def read(path):
    """A notebook as nbformat reads it (a cell's source is one string)."""
    return nbformat.read(path, as_version=4)


def dumps(nb):
    """The text of a notebook as nbformat (and JupyterLab) write it, checked against the format:
    a notebook read and written again is the same, byte for byte."""
    return nbformat.writes(nbformat.from_dict(nb)) + '\n'


def write(path, nb):
    Path(path).write_bytes(dumps(nb).encode('utf-8'))


def source(cell):
    src = cell.get('source', '')
    return ''.join(src) if isinstance(src, list) else src  # a list in the file, or a string


def is_nav(cell):
    return NAV in cell.get('metadata', {}).get('tags', [])


def is_exercise(cell):
    return EXERCISE in cell.get('metadata', {}).get('tags', [])


def code_cells(nb):
    return [c for c in nb['cells'] if c['cell_type'] == 'code' and source(c).strip()]


def text(output):
    """The text of a stream output, or the text/plain of a result; '' for others."""
    if output.get('output_type') == 'stream':
        t = output.get('text', '')
    else:
        t = output.get('data', {}).get('text/plain', '')
    return ''.join(t) if isinstance(t, list) else t


def self_check_cell(nb):
    """The lesson's self-check, `d2l.check(...)`: its last code cell but for the exercises."""
    return next((c for c in reversed(code_cells(nb)) if 'd2l.check(' in source(c)), None)


def output_text(cell):
    """All the text a code cell printed or returned ('' for none)."""
    return ''.join(text(o) for o in cell.get('outputs', [])) if cell else ''


@contextlib.contextmanager
def seed(value):
    """D2L_SEED set to value for the block (None: unset, so seed 0), then restored as it was."""
    saved = os.environ.pop('D2L_SEED', None)
    if value is not None:
        os.environ['D2L_SEED'] = str(value)
    try:
        yield
    finally:
        os.environ.pop('D2L_SEED', None)
        if saved is not None:
            os.environ['D2L_SEED'] = saved


def client(nb, cwd, timeout=900):
    """An nbclient client that runs nb in a fresh python3 kernel working in the folder cwd."""
    from nbclient import NotebookClient
    return NotebookClient(nb, timeout=timeout, kernel_name='python3', record_timing=False,
                          resources={'metadata': {'path': str(cwd)}})


def execute(nb, edition='en', seed_value=None, timeout=900):
    """Run nb in place, top to bottom, in a fresh python3 kernel with D2L_SEED = seed_value (None:
    seed 0); return the CellExecutionError, or None if every cell ran. The kernel works in an empty
    temporary folder named as the edition's (zh/ for the Chinese edition): what a lesson writes
    (13's submission.csv) never lands among the learner's notebooks, and every run starts as a
    learner's first one does."""
    from nbclient.exceptions import CellExecutionError
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp) / (editions.FOLDERS[edition] or 'notebooks')
        cwd.mkdir()
        with seed(seed_value):
            try:
                client(nb, cwd, timeout).execute()
            except CellExecutionError as error:
                return error
    return None
