"""The notebook tools on small notebooks made here, in temporary folders: the navigation (nav),
the committed outputs (outputs: clean metadata, the reading of self-check outputs) and the seeds'
table (seeds)."""
import json

import nav
import nbformat
import notebooks as nbs
import outputs
import pytest
import seeds
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from notebooks import ROOT

from d2lzh_local.selfcheck import RANGES


def write(path, cells, **metadata):
    nb = new_notebook(cells=cells, metadata=metadata or {'kernelspec': nbs.KERNELSPEC,
                                                          'language_info': {'name': 'python'}})
    nbformat.write(nb, path)
    return path


@pytest.fixture
def course(tmp_path):
    for n, title in ((1, 'One (一)'), (2, 'Two [b]'), (3, 'Three')):
        write(tmp_path / f'0{n}-lesson-{n}.ipynb',
              [new_markdown_cell(f'# {title}\n\nIntro.'), new_code_cell(f'x = {n}'),
               new_markdown_cell('## Exercises\n\n1. Try.')])
    write(tmp_path / 'scratch.ipynb', [new_markdown_cell('# Not a lesson')])
    return tmp_path


def cells(path):
    return nbs.read(path)['cells']


def test_nav_adds_first_and_last_nav_cells_and_the_contents(course):
    assert nav.main(['--dir', str(course)]) == 0
    lessons = nbs.lessons('', course)
    assert [p.name for p in lessons] == ['01-lesson-1.ipynb', '02-lesson-2.ipynb', '03-lesson-3.ipynb']
    first, middle, last = (cells(p) for p in lessons)
    for cs in (first, middle, last):
        assert nbs.is_nav(cs[0]) and nbs.is_nav(cs[-1]) and len(cs) == 5
        assert cs[0]['source'] == cs[-1]['source'] and cs[0]['cell_type'] == 'markdown'
    top = ''.join(middle[0]['source'])
    assert '[← One (一)](01-lesson-1.ipynb)' in top and '[Contents](00-contents.ipynb)' in top
    assert '[Three →](03-lesson-3.ipynb)' in top
    assert '←' not in ''.join(first[0]['source']) and '→' not in ''.join(last[0]['source'])
    toc = ''.join(cells(course / '00-contents.ipynb')[0]['source'])
    assert '[Two \\[b\\]](02-lesson-2.ipynb)' in toc and 'scratch.ipynb' not in toc
    contents = json.loads((course / '00-contents.ipynb').read_text(encoding='utf-8'))
    assert contents['metadata']['kernelspec'] == nbs.KERNELSPEC  # no "Select Kernel" dialog
    nbformat.validate(nbformat.reads(json.dumps(contents), as_version=4))
    for p in lessons:
        nbformat.validate(nbformat.read(p, as_version=4))


def test_nav_is_idempotent_and_check_mode_writes_nothing(course):
    nav.main(['--dir', str(course)])
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in course.iterdir()}
    assert nav.main(['--dir', str(course)]) == 0
    assert nav.main(['--dir', str(course), '--check']) == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in course.iterdir()} == before


def test_nav_touches_only_nav_cells(course):
    nav.main(['--dir', str(course)])
    path = course / '02-lesson-2.ipynb'
    nb = json.loads(path.read_text(encoding='utf-8'))
    # an author adds a cell above the nav cell and renames lesson 3
    nb['cells'].insert(0, new_markdown_cell('Oops, above the nav'))
    path.write_text(nbs.dumps(nb), encoding='utf-8')
    nb3 = course / '03-lesson-3.ipynb'
    nb3.write_text(nb3.read_text(encoding='utf-8').replace('# Three', '# Three, renamed'),
                   encoding='utf-8')
    others = {p: [c for c in cells(p) if not nbs.is_nav(c)] for p in nbs.lessons('', course)}
    one = (course / '01-lesson-1.ipynb').read_bytes()
    assert nav.main(['--dir', str(course), '--check']) == 1
    assert (course / '01-lesson-1.ipynb').read_bytes() == one  # check mode: nothing written
    assert nav.main(['--dir', str(course)]) == 0
    assert (course / '01-lesson-1.ipynb').read_bytes() == one  # its neighbour's title is the same
    for p, kept in others.items():
        cs = cells(p)
        assert [c for c in cs if not nbs.is_nav(c)] == kept
        assert nbs.is_nav(cs[0]) and nbs.is_nav(cs[-1])
    assert 'Three, renamed →' in ''.join(cells(path)[0]['source'])
    assert cells(path)[1]['source'] == 'Oops, above the nav'


def test_nav_refuses_a_lesson_without_title(course):
    write(course / '04-untitled.ipynb', [new_markdown_cell('no heading'), new_code_cell('1')])
    assert nav.main(['--dir', str(course)]) == 2
    assert not (course / '00-contents.ipynb').exists()


# --- reading the self-check -------------------------------------------------------------------

@pytest.fixture
def fake_range(monkeypatch):
    spec = {'acc': {'en': 'test accuracy', 'zh': '测试准确率', 'lo': 0.8, 'hi': 0.9, 'book': 0.85},
            'loss': {'en': 'final loss', 'zh': '最终损失', 'hi': 0.5}}
    monkeypatch.setitem(RANGES, '99-fake', spec)
    return spec


def test_current_self_check_output_has_no_problems(fake_range):
    printed, passed = outputs.reprint('99-fake', {'acc': 0.85, 'loss': 0.25})
    assert passed and outputs.selfcheck.WORDS['en']['passed'] in printed
    output = 'epoch 1, loss 0.3\n' + printed
    assert outputs.self_check_problems('99-fake', output) == []
    assert outputs.read_values('99-fake', outputs.self_check_block(output)) == {'acc': '0.85', 'loss': '0.25'}


def test_self_check_output_made_stale_by_a_new_range(fake_range, monkeypatch):
    printed, _ = outputs.reprint('99-fake', {'acc': 0.85, 'loss': 0.25})
    monkeypatch.setitem(fake_range['acc'], 'lo', 0.86)
    problems = outputs.self_check_problems('99-fake', printed)
    assert any('acc = 0.85 is outside the range now in ranges.toml' in p for p in problems)
    monkeypatch.setitem(fake_range['acc'], 'lo', 0.84)  # in range, but the printed range is old
    problems = outputs.self_check_problems('99-fake', printed)
    assert len(problems) == 1 and 'differs from what d2lzh_local prints today' in problems[0]


def test_self_check_rounding_at_the_edge_of_a_range(fake_range, monkeypatch):
    monkeypatch.setitem(fake_range['acc'], 'hi', 0.89996)  # printed as 0.9 when 0.89996
    printed, passed = outputs.reprint('99-fake', {'acc': 0.89996, 'loss': 0.25})
    assert passed and 'yours: 0.9 ✓' in printed
    assert outputs.out_of_range('99-fake', outputs.read_values('99-fake', printed)) == []
    assert outputs._tolerance('0.9') == pytest.approx(0.05) and outputs._tolerance('1.2e-05') == pytest.approx(5e-7)
    monkeypatch.setitem(fake_range['loss'], 'hi', 59999)  # whole numbers are printed in full
    assert [bad[0] for bad in outputs.out_of_range('99-fake', {'acc': '0.85', 'loss': '60000'})] == ['loss']


def test_failed_or_missing_self_check_is_a_problem(fake_range):
    printed, passed = outputs.reprint('99-fake', {'acc': 0.5, 'loss': 0.25})
    assert not passed
    assert any('lacks' in p for p in outputs.self_check_problems('99-fake', printed))
    assert outputs.self_check_problems('99-fake', 'no check here') != []
    assert outputs.self_check_problems('98-unknown', printed) != []


def test_personal_paths_in_outputs_are_found():
    nb = new_notebook(cells=[new_code_cell('x', outputs=[nbformat.v4.new_output(
        'stream', name='stderr', text=f'warning in {ROOT}/d2lzh_local/data.py\n')])])
    assert outputs.personal_info(nb)
    nb = new_notebook(cells=[new_code_cell('open("/home/alice/data")')])  # sources are not searched
    assert outputs.personal_info(nb) == []


# --- outputs and seeds, on a real kernel ------------------------------------------

def test_outputs_executes_in_place_and_cleans_metadata(tmp_path, monkeypatch):
    monkeypatch.setenv('D2L_SEED', '5')
    path = write(tmp_path / '01-x.ipynb',
                 [new_markdown_cell('# X'), new_code_cell("import os\nprint(os.environ.get('D2L_SEED'))"),
                  new_code_cell('1 + 1', metadata={'ExecuteTime': {'end_time': 'yesterday'}})],
                 kernelspec={'name': 'conda-env-old-py', 'display_name': 'Python [old]',
                             'language': 'python'},
                 language_info={'name': 'python', 'version': '3.11.7'}, toc={'number': True})
    assert outputs.main([str(path)]) == 0
    nb = json.loads(path.read_text(encoding='utf-8'))
    assert nb['metadata'] == nbs.METADATA
    assert outputs.execution_problems(nb) == []
    assert nbs.text(nbs.code_cells(nb)[0]['outputs'][0]) == 'None\n'  # committed outputs: seed 0
    assert all(c['metadata'] == {} for c in nb['cells'])
    assert outputs.personal_info(nb) == []


def test_outputs_writes_nothing_beside_the_notebook_and_speaks_its_language(tmp_path, fake_range,
                                                                                 monkeypatch):
    monkeypatch.setattr(outputs, 'cjk_font', lambda: 'a font')  # this fake draws no figure
    code = ("import d2lzh_local as d2l\nfrom d2lzh_local.selfcheck import RANGES\n"
            f"RANGES['99-fake'] = {fake_range!r}\n"
            "open('submission.csv', 'w').write('written where the kernel runs')\n"
            "d2l.check('99-fake', acc=0.85, loss=0.25)")
    for folder, words in ((tmp_path / 'en', 'yours'), (tmp_path / 'zh', '你的结果')):
        folder.mkdir()
        path = write(folder / '99-fake.ipynb', [new_markdown_cell('# Fake'), new_code_cell(code)])
        assert outputs.main([str(path)]) == 0
        assert sorted(p.name for p in folder.iterdir()) == ['99-fake.ipynb']
        assert words in nbs.output_text(nbs.self_check_cell(nbs.read(path)))


def test_outputs_refuses_outputs_that_show_paths(tmp_path):
    path = write(tmp_path / '01-y.ipynb', [new_code_cell('import os\nprint(os.getcwd())')])
    assert outputs.main([str(path)]) == 1


def test_seeds_tables_each_seed_and_touches_no_file(tmp_path, fake_range, capsys):
    code = ("import os\nimport d2lzh_local as d2l\nfrom d2lzh_local.selfcheck import RANGES\n"
            f"RANGES['99-fake'] = {fake_range!r}\n"
            "seed = int(os.environ.get('D2L_SEED', 0))\n"
            "d2l.check('99-fake', acc=0.8 + 0.02 * seed, loss=0.1)")
    path = write(tmp_path / '99-fake.ipynb', [new_markdown_cell('# Fake'), new_code_cell(code)])
    before = path.read_bytes()
    assert seeds.main([str(path), '--seeds', '1', '2', '6']) == 1
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if line.startswith('99-fake')]
    assert [r[1:3] for r in rows] == [['1', 'pass'], ['2', 'pass'], ['6', 'FAIL']]
    assert 'acc=0.82' in out and 'acc=0.92' in out and 'out of range: acc' in out
    assert '2 passed, 1 failed' in out
    assert path.read_bytes() == before


def test_seeds_finds_an_exercise_that_holds_under_one_seed_only(monkeypatch, capsys):
    """A solution whose run depends on the random state, checked against a threshold, and a
    wrong answer the same check accepts under some seeds: both are found, each with its seed."""
    import random
    from d2lzh_local.exercises import Exercise, T, Wrong
    e = Exercise(1, T('t', '题'), T('q', '问'), solution_seconds=1)
    e.solves(lambda: random.random())

    @e.checks
    def _(answer):
        if answer > 0.5:
            raise Wrong('too large', '太大')
    e.wrong('a large draw')(lambda: random.random() + 0.25)
    monkeypatch.setattr(seeds.package, 'exercises', lambda key: [e])
    draws = {s: (random.seed(s), random.random())[1] for s in range(4)}  # what set_seed(s) gives
    assert seeds.main(['--exercises', '99', '--seeds', '0', '1', '2', '3']) == 1
    rows = {int(line.split()[1]): line for line in capsys.readouterr().out.splitlines()
            if line.startswith('99-1')}
    for s, draw in draws.items():
        assert ('the solution fails its check' in rows[s]) == (draw > 0.5), rows[s]
        assert ('wrong answer accepted' in rows[s]) == (draw + 0.25 <= 0.5), rows[s]


def test_outputs_refuse_the_chinese_edition_without_a_chinese_font(monkeypatch, capsys):
    """Its figures would be committed with boxes for the book's terms: nothing runs or is written."""
    monkeypatch.setattr(outputs, 'cjk_font', lambda: None)
    monkeypatch.setattr(outputs, 'run', lambda *args: pytest.fail('a notebook was run'))
    assert outputs.main([str(nbs.NOTEBOOKS / 'zh' / '09-weight-decay.ipynb')]) == 2
    assert 'fonts-noto-cjk' in capsys.readouterr().err
