"""Every exercise answers back, and is held to it: its solution passes its own check (the solution
is the oracle), the placeholder is "not attempted yet", each wrong answer prepared from the
mistakes learners make is rejected without the check giving the answer away, and an answer of the
wrong kind gets a sentence, not a traceback; in both languages. The test ids list, for every
exercise, the wrong answers its check rejects. Exercises whose solution or wrong answer trains a
model are slow (make test-slow)."""
import importlib
import re
import subprocess
import sys

import notebooks as nbs
import pytest
from d2lzh_local import set_seed
from mxnet import nd
from notebooks import ROOT

package = importlib.import_module('d2lzh_local.exercises')
EXERCISES = [(key, e) for key in sorted(package.LESSONS) for e in package.exercises(key)]
CJK = re.compile(r'[\u3400-\u9fff]')


def ident(key, e, extra=''):
    return f'{key}-{e.number}' + (f': {extra}' if extra else '')


def slow_if(training):
    return [pytest.mark.slow] if training else []


SOLUTIONS = [pytest.param(key, e, id=ident(key, e), marks=slow_if(e.solution_seconds))
             for key, e in EXERCISES]
WRONG = [pytest.param(key, e, mistake, id=ident(key, e, mistake),
                      marks=slow_if(e.solution_seconds or e.check_seconds))
         for key, e in EXERCISES for mistake in e.wrong_answers]


@pytest.fixture(autouse=True)
def seeded():
    """Each test starts from the random state a lesson starts from (D2L_SEED, else 0), whatever
    ran before it on its worker, so that a failure repeats; `make seeds-exercises` tries others."""
    set_seed()


@pytest.fixture(params=['en', 'zh'])
def lang(request, monkeypatch):
    monkeypatch.setenv('D2L_LANG', request.param)
    return request.param


@pytest.mark.parametrize('key,e', SOLUTIONS)
def test_the_solution_passes_its_own_check(key, e, monkeypatch, capsys):
    """In both languages; the solution runs once (some train)."""
    answer = e.solve()
    for lang in ('en', 'zh'):
        monkeypatch.setenv('D2L_LANG', lang)
        status, message = e.verdict(answer)
        assert status == 'correct', message
        assert (CJK.search(message) is not None) == (lang == 'zh'), message


@pytest.mark.parametrize('key,e', [pytest.param(k, e, id=ident(k, e)) for k, e in EXERCISES])
def test_the_placeholder_is_not_attempted_yet(key, e, lang, capsys):
    def placeholder(*args):
        ...
    for untouched in (..., placeholder) if e.kind == 'function' else (...,):
        status, message = e.verdict(untouched)
        assert status == 'untried', message
    e.check(...)  # says so, and raises nothing
    assert 'not attempted yet' in capsys.readouterr().out or lang == 'zh'


@pytest.mark.parametrize('key,e,mistake', WRONG)
def test_a_wrong_answer_is_rejected_without_the_answer(key, e, mistake, capsys):
    status, message = e.verdict(e.wrong_answers[mistake]())
    assert status in ('wrong', 'unusable'), f'{mistake}: accepted'
    if e.kind == 'value':
        oracle = e.oracle()
        for shown in revealing(oracle):
            assert shown not in message, f'the message gives the answer away ({shown!r}): {message}'


def revealing(oracle):
    """How an answer would show in a message: a choice (or several) quoted or in parentheses, a
    number."""
    if isinstance(oracle, str) and len(oracle) <= 4:
        return [f"'{oracle}'", f'({oracle})']
    if isinstance(oracle, (int, float)) and not isinstance(oracle, bool):
        return [f'{oracle:g}', str(oracle)]
    return []


@pytest.mark.parametrize('key,e', [pytest.param(k, e, id=ident(k, e)) for k, e in EXERCISES])
@pytest.mark.parametrize('bad', ['nonsense', 42, None, [1, 2], nd.zeros((2, 2))],
                         ids=['str', 'int', 'None', 'list', 'NDArray'])
def test_an_answer_of_the_wrong_kind_gets_a_sentence(key, e, bad, lang, capsys):
    status, message = e.verdict(bad)
    assert status in ('wrong', 'unusable') and 'Traceback' not in message, message
    e.check(bad)  # prints, never raises


@pytest.mark.parametrize('key,e', [pytest.param(k, e, id=ident(k, e)) for k, e in EXERCISES])
def test_every_exercise_speaks_both_languages(key, e):
    texts = {'title': e.title, 'question': e.question, 'explanation': e.explanation,
             **{f'hint {i}': h for i, h in enumerate(e.hints, 1)}}
    assert e.hints, 'at least one hint: first a nudge, then the method'
    assert e.explanation and e.solution_function and e.checker
    for what, text in texts.items():
        assert set(text) == {'en', 'zh'} and text['en'].strip() and text['zh'].strip(), what
        assert CJK.search(text['zh']), f'{what}: no Chinese in its zh text'
    assert f'ex[{e.number}].check(' in e.work
    assert e.wrong_answers, 'at least one prepared wrong answer'


def test_the_hints_come_as_a_ladder(capsys, monkeypatch):
    monkeypatch.setenv('D2L_LANG', 'en')
    key, e = EXERCISES[0]
    e._next_hint = 0
    for i in range(1, len(e.hints) + 2):
        e.hint()
        shown = capsys.readouterr().out
        assert f'Hint {min(i, len(e.hints))} of {len(e.hints)}' in shown


def test_the_solution_shown_is_the_code_that_runs(capsys, monkeypatch):
    monkeypatch.setenv('D2L_LANG', 'en')
    for key, e in EXERCISES:
        if e.solution_seconds:
            continue
        source = e.source()
        assert source.startswith('def '), source[:80]
        e.solution()
        shown = capsys.readouterr().out
        assert source in shown and e.explanation['en'] in shown


def test_the_lessons_exercise_cells_are_written_from_the_package():
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'exercises.py'), '--check'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr + run.stdout
    for key in package.LESSONS:
        for edition in nbs.editions.FOLDERS:
            lesson = next(p for p in nbs.lessons(edition) if p.stem.startswith(key))
            cells = nbs.read(lesson).cells
            check = cells.index(nbs.self_check_cell(nbs.read(lesson)))
            assert all(nbs.is_exercise(c) or c.cell_type == 'markdown' for c in cells[check + 1:]), \
                f'{nbs.name(lesson)}: only the exercises follow the self-check'


def test_every_exercise_of_the_book_is_answered():
    """The book's 38 chapter-3 exercises each name a lesson exercise that answers them (the
    contents page shows the table), and no exercise names one the book does not have."""
    answered = package.answers_to_the_book()
    assert len(answered) == 38
    assert not [ref for ref, answers in answered.items() if not answers], answered
    named = {ref for _, e in EXERCISES for ref in e.book}
    assert named <= set(package.BOOK), named - set(package.BOOK)
