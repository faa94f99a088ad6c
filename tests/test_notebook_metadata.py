"""Every committed notebook is as `make outputs` leaves it: run once from the top in the python3
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

ALL = sorted((ROOT / 'notebooks').glob('*.ipynb'))
LESSONS = nbnav.lessons(ROOT / 'notebooks')
REMEDY = 'run `make outputs NOTEBOOKS=notebooks/{}` and commit the result'


def load(path):
    return json.loads(path.read_text(encoding='utf-8'))


@pytest.mark.parametrize('path', ALL, ids=[p.name for p in ALL])
def test_kernelspec_and_metadata(path):
    nb = load(path)
    meta = nb['metadata']
    assert meta.get('kernelspec') == nc.KERNELSPEC, (
        f'{path.name}: kernelspec {meta.get("kernelspec")}, expected {nc.KERNELSPEC} (a learner '
        f'would get a "Select Kernel" dialog or a stale kernel); ' + REMEDY.format(path.name))
    assert meta.get('language_info') == {'name': 'python'}, (
        f'{path.name}: language_info should be {{"name": "python"}} only (versions and paths of '
        'the machine that ran it do not belong in the course); ' + REMEDY.format(path.name))
    extra = sorted(set(meta) - set(nc.NOTEBOOK_METADATA))
    assert not extra, f'{path.name}: unexpected notebook metadata {extra}; ' + REMEDY.format(path.name)
    timed = [i for i, c in enumerate(nb['cells'])
             if any(k in c.get('metadata', {}) for k in nc.TIMING_KEYS)]
    assert not timed, (f'{path.name}: execution timing metadata in cells {timed}; '
                       + REMEDY.format(path.name))


@pytest.mark.parametrize('path', ALL, ids=[p.name for p in ALL])
def test_no_personal_paths_or_names(path):
    found = nc.personal_info(load(path))
    if found:
        pytest.fail(f'{path.name} shows paths or user names of the machine that ran it:\n'
                    + '\n'.join(f'  {where}: ...{text}...' for where, text in found), pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=[p.name for p in LESSONS])
def test_outputs_of_one_clean_run(path):
    nb = load(path)
    assert nc.code_cells(nb), f'{path.name} has no code'
    problems = nc.execution_problems(nb)
    if problems:
        pytest.fail(f'{path.name}: ' + '; '.join(problems) + '; ' + REMEDY.format(path.name),
                    pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=[p.name for p in LESSONS])
def test_self_check_output_is_current(path):
    nb = load(path)
    last = nc.code_cells(nb)[-1]
    assert 'd2l.check(' in nc.source(last), (
        f'{path.name}: the last code cell should be the self-check, d2l.check({path.stem!r}, ...)')
    problems = nc.self_check_problems(path.stem, nc.last_code_output(nb))
    if problems:
        pytest.fail(f'{path.name}: committed self-check output is not current:\n'
                    + '\n'.join(problems) + '\n' + REMEDY.format(path.name), pytrace=False)
