"""Every committed notebook, of both editions (notebooks/ and notebooks/zh/), is as `make outputs`
leaves it: run once from the top in the python3 kernel, outputs present and free of errors,
metadata clean and impersonal, and a self-check output that is current (it passed, and its values
lie inside the ranges now in ranges.toml)."""
import notebooks as nbs
import outputs
import pytest

ALL = nbs.pages()
LESSONS = [p for edition in nbs.editions.FOLDERS for p in nbs.lessons(edition)]
IDS = [nbs.name(p) for p in LESSONS]
REMEDY = 'run `make outputs NOTEBOOKS=notebooks/{}` and commit the result'


@pytest.mark.parametrize('path', ALL, ids=[nbs.name(p) for p in ALL])
def test_kernelspec_and_metadata(path):
    nb = nbs.read(path)
    meta = nb['metadata']
    assert meta.get('kernelspec') == nbs.KERNELSPEC, (
        f'{nbs.name(path)}: kernelspec {meta.get("kernelspec")}, expected {nbs.KERNELSPEC} (a learner '
        f'would get a "Select Kernel" dialog or a stale kernel); ' + REMEDY.format(nbs.name(path)))
    assert meta.get('language_info') == {'name': 'python'}, (
        f'{nbs.name(path)}: language_info should be {{"name": "python"}} only (versions and paths of '
        'the machine that ran it do not belong in the course); ' + REMEDY.format(nbs.name(path)))
    extra = sorted(set(meta) - set(nbs.METADATA))
    assert not extra, (f'{nbs.name(path)}: unexpected notebook metadata {extra}; '
                       + REMEDY.format(nbs.name(path)))
    timed = [i for i, c in enumerate(nb['cells'])
             if any(k in c.get('metadata', {}) for k in outputs.TIMING_KEYS)]
    assert not timed, (f'{nbs.name(path)}: execution timing metadata in cells {timed}; '
                       + REMEDY.format(nbs.name(path)))


@pytest.mark.parametrize('path', ALL, ids=[nbs.name(p) for p in ALL])
def test_no_personal_paths_or_names(path):
    found = outputs.personal_info(nbs.read(path))
    if found:
        pytest.fail(f'{nbs.name(path)} shows paths or user names of the machine that ran it:\n'
                    + '\n'.join(f'  {where}: ...{text}...' for where, text in found), pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=IDS)
def test_outputs_of_one_clean_run(path):
    nb = nbs.read(path)
    assert nbs.code_cells(nb), f'{nbs.name(path)} has no code'
    problems = outputs.execution_problems(nb)
    if problems:
        pytest.fail(f'{nbs.name(path)}: ' + '; '.join(problems) + '; ' + REMEDY.format(nbs.name(path)),
                    pytrace=False)


@pytest.mark.parametrize('path', LESSONS, ids=IDS)
def test_self_check_output_is_current(path):
    nb = nbs.read(path)
    cell = nbs.self_check_cell(nb)
    assert cell, f'{nbs.name(path)}: no self-check cell, d2l.check({path.stem!r}, ...)'
    problems = outputs.self_check_problems(path.stem, nbs.output_text(cell),
                                           lang=nbs.edition_of(path))
    if problems:
        pytest.fail(f'{nbs.name(path)}: committed self-check output is not current:\n'
                    + '\n'.join(problems) + '\n' + REMEDY.format(nbs.name(path)), pytrace=False)
