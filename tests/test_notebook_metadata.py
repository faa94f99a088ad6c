"""Every committed notebook, of both editions (notebooks/ and notebooks/zh/), is as `make outputs`
leaves it: run once from the top in the python3
kernel, outputs present and free of errors, metadata clean and impersonal, and a self-check
output that is current (it passed, and its values lie inside the ranges now in expected.py)."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tools'))

import nbnav  # noqa: E402
import notebook_checks as nc  # noqa: E402

NOTEBOOKS = ROOT / 'notebooks'
ALL = sorted(NOTEBOOKS.glob('*.ipynb')) + sorted(NOTEBOOKS.glob(f'{nbnav.CHINESE}/*.ipynb'))
LESSONS = nbnav.lessons(NOTEBOOKS) + nbnav.lessons(NOTEBOOKS / nbnav.CHINESE)
IDS = [str(p.relative_to(NOTEBOOKS)) for p in LESSONS]
REMEDY = 'run `make outputs NOTEBOOKS=notebooks/{}` and commit the result'


def rel(path):
    return path.relative_to(NOTEBOOKS)


def load(path):
    return json.loads(path.read_text(encoding='utf-8'))


@pytest.mark.parametrize('path', ALL, ids=[str(rel(p)) for p in ALL])
def test_kernelspec_and_metadata(path):
    nb = load(path)
    meta = nb['metadata']
    assert meta.get('kernelspec') == nc.KERNELSPEC, (
        f'{rel(path)}: kernelspec {meta.get("kernelspec")}, expected {nc.KERNELSPEC} (a learner '
        f'would get a "Select Kernel" dialog or a stale kernel); ' + REMEDY.format(rel(path)))
    assert meta.get('language_info') == {'name': 'python'}, (
        f'{rel(path)}: language_info should be {{"name": "python"}} only (versions and paths of '
        'the machine that ran it do not belong in the course); ' + REMEDY.format(rel(path)))
    extra = sorted(set(meta) - set(nc.NOTEBOOK_METADATA))
    assert not extra, (f'{rel(path)}: unexpected notebook metadata {extra}; '
                       + REMEDY.format(rel(path)))
    timed = [i for i, c in enumerate(nb['cells'])
             if any(k in c.get('metadata', {}) for k in nc.TIMING_KEYS)]
    assert not timed, (f'{rel(path)}: execution timing metadata in cells {timed}; '
                       + REMEDY.format(rel(path)))


@pytest.mark.parametrize('path', ALL, ids=[str(rel(p)) for p in ALL])
def test_no_personal_paths_or_names(path):
    found = nc.personal_info(load(path))
    if found:
        pytest.fail(f'{rel(path)} shows paths or user names of the machine that ran it:\n'
                    + '\n'.join(f'  {where}: ...{text}...' for where, text in found), pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=IDS)
def test_outputs_of_one_clean_run(path):
    nb = load(path)
    assert nc.code_cells(nb), f'{rel(path)} has no code'
    problems = nc.execution_problems(nb)
    if problems:
        pytest.fail(f'{rel(path)}: ' + '; '.join(problems) + '; ' + REMEDY.format(rel(path)),
                    pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=IDS)
def test_self_check_output_is_current(path):
    nb = load(path)
    last = nc.code_cells(nb)[-1]
    assert 'd2l.check(' in nc.source(last), (
        f'{rel(path)}: the last code cell should be the self-check, d2l.check({path.stem!r}, ...)')
    problems = nc.self_check_problems(path.stem, nc.last_code_output(nb),
                                      lang=nc.language_of(path))
    if problems:
        pytest.fail(f'{rel(path)}: committed self-check output is not current:\n'
                    + '\n'.join(problems) + '\n' + REMEDY.format(rel(path)), pytrace=False)
