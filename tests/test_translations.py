"""The Chinese edition (notebooks/zh/) is the English course, translated: the same lessons with the
same code, cell for cell, every markdown cell translated from the English text there is now, and
the self-check speaking Chinese. tools/translations.py keeps it so; here it is checked, and the
tool is tried on small courses made in temporary folders."""
import re
import subprocess
import sys

import notebooks as nbs
import pytest
import translations
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from notebooks import ROOT

from d2lzh_local import selfcheck

LESSONS = nbs.lessons('en')


def code(nb):
    return [nbs.source(c) for c in nb['cells'] if c['cell_type'] == 'code']


@pytest.mark.parametrize('english', LESSONS, ids=[p.name for p in LESSONS])
def test_chinese_lesson_has_the_english_code_cell_for_cell(english):
    chinese = nbs.folder('zh') / english.name
    assert chinese.is_file(), (f'notebooks/zh/{english.name} is missing: '
                               f'python tools/translations.py --new {english.name}')
    en, zh = code(nbs.read(english)), code(nbs.read(chinese))
    assert len(zh) == len(en), f'{len(zh)} code cells in Chinese, {len(en)} in English'
    for i, (e, z) in enumerate(zip(en, zh), 1):
        assert z == e, (f'zh/{english.name}, code cell {i} differs from the English lesson\'s: '
                        'fix the English one, then `make translations` copies it')


def test_every_chinese_cell_translates_the_english_text_there_is_now():
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'translations.py'), '--check'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr + run.stdout


def test_every_self_check_description_has_its_chinese():
    """Each range of ranges.toml says what it is in both languages; the Chinese is Chinese (but
    for a description that is only names of the code, such as |b - true_b|)."""
    specs = [(lesson, name, spec) for lesson, entry in selfcheck.RANGES.items()
             for name, spec in entry.items()]
    missing = [f'{lesson} {name}' for lesson, name, spec in specs
               if not spec.get('en') or not spec.get('zh')]
    assert not missing, f'd2lzh_local/ranges.toml: en or zh missing for {missing}'
    untranslated = [spec['en'] for _, _, spec in specs
                    if not translations.CJK.search(spec['zh']) and prose(spec['en'])]
    assert not untranslated, f'"translations" without Chinese: {untranslated}'


def prose(english):
    """The words of a description that are not names of the code (|b - true_b| has none)."""
    return [w for w in re.findall(r'[A-Za-z_][A-Za-z_0-9]*', english) if '_' not in w and len(w) > 2]


def test_the_self_check_speaks_the_lessons_language(tmp_path, monkeypatch, capsys):
    notebook = '07-mlp-gluon'
    values = {name: spec.get('lo', spec.get('hi')) for name, spec in selfcheck.RANGES[notebook].items()}
    monkeypatch.delenv('D2L_LANG', raising=False)
    for folder, lang in ((tmp_path, 'en'), (tmp_path / 'zh', 'zh')):
        folder.mkdir(exist_ok=True)
        monkeypatch.chdir(folder)  # a kernel starts in its notebook's folder
        selfcheck.check(notebook, **values)
        out = capsys.readouterr().out
        assert selfcheck.WORDS[lang]['passed'] in out
        assert ('你的结果' in out) == (lang == 'zh') and ('yours' in out) == (lang == 'en')
        assert all((spec['zh'] in out) == (lang == 'zh')
                   for spec in selfcheck.RANGES[notebook].values())
    monkeypatch.setenv('D2L_LANG', 'en')
    selfcheck.check(notebook, **values)
    assert 'yours' in capsys.readouterr().out
    monkeypatch.setenv('D2L_LANG', 'fr')
    with pytest.raises(ValueError, match='D2L_LANG'):
        selfcheck.check(notebook, **values)


def test_a_failing_self_check_says_so_in_chinese(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv('D2L_LANG', 'zh')
    notebook = '07-mlp-gluon'
    values = {name: spec.get('lo', spec.get('hi')) for name, spec in selfcheck.RANGES[notebook].items()}
    values['test_acc'] = 0.1
    with pytest.raises(selfcheck.SelfCheckFailed, match='测试准确率.*超出了应有的范围'):
        selfcheck.check(notebook, **values)
    assert '✗' in capsys.readouterr().out


# --- the tool, on a small course ----------------------------------------------------------------

def write(path, cells):
    nb = new_notebook(cells=cells)
    path.write_text(nbs.dumps(nb), encoding='utf-8')
    return path


@pytest.fixture
def course(tmp_path):
    write(tmp_path / '01-a.ipynb', [
        new_markdown_cell('# Linear regression (线性回归)\n\nWe fit a line to $y = wx + b$.', id='m1'),
        new_code_cell('w = 2\nprint(w)', id='c1'),
        new_markdown_cell('The loss falls after `sgd` steps.', id='m2'),
        new_markdown_cell('$$\\ell(w) = (wx - y)^2$$', id='m3'),  # maths only: nothing to translate
    ])
    return tmp_path


def tool(course, *args):
    return translations.main(['--dir', str(course), *args])


def translate(course, texts):
    path = course / 'zh' / '01-a.ipynb'
    nb = nbs.read(path)
    for cell in nb['cells']:
        if cell.get('id') in texts:
            cell['source'] = texts[cell['id']]
    path.write_text(nbs.dumps(nb), encoding='utf-8')


def set_english(course, cell_id, text):
    path = course / '01-a.ipynb'
    nb = nbs.read(path)
    next(c for c in nb['cells'] if c['id'] == cell_id)['source'] = text
    path.write_text(nbs.dumps(nb), encoding='utf-8')


CHINESE = {'m1': '# 线性回归（linear regression）\n\n我们用一条直线拟合 $y = wx + b$。',
           'm2': '经过若干步 `sgd` 之后，损失下降。'}


def test_a_new_lesson_is_all_to_translate_until_it_is(course, capsys):
    assert tool(course, '--check') == 1
    assert 'no Chinese lesson yet' in capsys.readouterr().err
    assert tool(course, '--new', '01-a.ipynb') == 1
    err = capsys.readouterr().err
    assert 'id m1' in err and 'id m2' in err and 'id m3' not in err  # maths alone: as it is
    translate(course, CHINESE)
    assert tool(course, '--check') == 1  # translated, not yet recorded
    assert tool(course) == 0 and tool(course, '--check') == 0
    before = (course / 'zh' / '01-a.ipynb').read_bytes()
    with pytest.raises(SystemExit):  # a translation is never overwritten
        tool(course, '--new', '01-a.ipynb')
    assert (course / 'zh' / '01-a.ipynb').read_bytes() == before


@pytest.fixture
def translated(course):
    tool(course, '--new', '01-a.ipynb')
    translate(course, CHINESE)
    assert tool(course) == 0
    return course


def test_a_changed_english_cell_names_the_chinese_cell_that_did_not_follow(translated, capsys):
    set_english(translated, 'm2', 'The loss falls quickly after `sgd` steps.')
    capsys.readouterr()
    assert tool(translated, '--check') == 1
    err = capsys.readouterr().err
    assert 'zh/01-a.ipynb: markdown cell 3 (id m2) translates an older English text' in err
    assert 'The loss falls quickly' in err
    assert tool(translated) == 1  # the Chinese has not changed: still out of step
    translate(translated, {'m2': '经过若干步 `sgd` 之后，损失很快下降。'})
    assert tool(translated) == 0 and tool(translated, '--check') == 0


def test_an_english_change_that_needs_none_in_chinese_is_accepted(translated, capsys):
    set_english(translated, 'm2', 'The loss falls after `sgd` steps!')
    assert tool(translated) == 1
    assert tool(translated, '--accept', 'zh/01-a.ipynb#m2') == 0
    assert tool(translated, '--check') == 0


def test_code_is_copied_from_english_and_a_difference_fails_the_check(translated, capsys):
    path = translated / '01-a.ipynb'
    nb = nbs.read(path)
    nb['cells'][1]['source'] = 'w = 3\nprint(w)'
    nb['cells'].insert(2, new_markdown_cell('A new remark in English.', id='m9'))
    path.write_text(nbs.dumps(nb), encoding='utf-8')
    capsys.readouterr()
    assert tool(translated, '--check') == 1
    err = capsys.readouterr().err
    assert 'code or cells differ' in err and 'id m9' in err and 'not translated yet' in err
    assert tool(translated) == 1  # the code is copied; the new cell waits for its translation
    zh = nbs.read(translated / 'zh' / '01-a.ipynb')
    assert [c.get('id') for c in zh['cells']] == ['m1', 'c1', 'm9', 'm2', 'm3']
    assert nbs.source(zh['cells'][1]) == 'w = 3\nprint(w)'
    assert nbs.source(zh['cells'][3]) == CHINESE['m2']  # translations kept


def test_maths_code_and_links_must_stay_as_in_english(translated, capsys):
    translate(translated, {'m1': '# 线性回归（linear regression）\n\n我们用一条直线拟合 $y = ax + b$。'})
    capsys.readouterr()
    assert tool(translated) == 1
    err = capsys.readouterr().err
    assert 'changes the maths' in err and '$y = wx + b$' in err and '$y = ax + b$' in err


def test_english_left_in_a_chinese_cell_is_found(translated, capsys):
    translate(translated, {'m2': 'The loss falls, after `sgd` steps.'})
    capsys.readouterr()
    assert tool(translated) == 1
    assert 'has no Chinese in it' in capsys.readouterr().err


def test_check_mode_writes_nothing(translated):
    set_english(translated, 'm2', 'Changed.')
    before = {p: p.read_bytes() for p in translated.rglob('*.ipynb')}
    assert tool(translated, '--check') == 1
    assert {p: p.read_bytes() for p in translated.rglob('*.ipynb')} == before
