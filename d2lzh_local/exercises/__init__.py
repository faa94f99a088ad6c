"""Exercises that answer back: each lesson's exercises, with a check of the learner's own answer,
a ladder of hints and a worked solution that runs, in the lesson's language.

In a lesson:

    ex = d2l.exercises('04')     # the lesson's exercises, listed
    ex[1].check(my_answer)       # correct, or what is wrong, without giving the answer away
    ex[1].hint()                 # a nudge; call again for the next hint
    ex[1].solution()             # the worked solution: its code, run, and what its output shows

Each lesson's exercises are a module of this package (lesson04.py, ...), built with `Exercise`:
its solution is a function, whose source is what `solution()` shows and whose result is the
oracle the tests hold the check to; its check raises `Wrong` with a sentence in both languages.
The checks are help for working alone, on the honour system: nothing is graded.
"""
import contextlib
import importlib
import inspect
import pkgutil
import textwrap
import time
import tomllib
from pathlib import Path

from .. import selfcheck

LESSONS = {name[-2:]: name for _, name, _ in pkgutil.iter_modules(__path__)  # '04': 'lesson04'
           if name.startswith('lesson')}
# The book's chapter-3 exercises, '3.6.1': {'en': ..., 'zh': ...} (section 3.6, exercise 1).
BOOK = tomllib.loads(Path(__file__).with_name('book.toml').read_text(encoding='utf-8'))


def T(en, zh):
    """A text in both languages; the lesson's language picks one (text())."""
    return {'en': en, 'zh': zh}


def text(t):
    return t[selfcheck.language()] if isinstance(t, dict) else t


WORDS = {
    'en': {'exercise': 'Exercise {}', 'correct': '✓ {name}: correct.',
           'wrong': '✗ {name}: not yet. {message}', 'more': ' (`ex[{n}].hint()` for a hint)',
           'unusable': '✗ {name}: this answer cannot be checked. {message}',
           'untried': '{name}: not attempted yet. {what}',
           'raised': 'Your code raised {error} when {when}.',
           'hint': '**Hint {i} of {n}.** {hint}', 'no more': ' (That was the last hint.)',
           'solution': '**Solution to {name}** (the code below is what runs):',
           'running': 'Running it{time} ...', 'about': ' (about {} s)',
           'took': 'Checking{time} ...', 'book': ' (book {})', 'title': '{}: {}'},
    'zh': {'exercise': '练习{}', 'correct': '✓ {name}：正确。',
           'wrong': '✗ {name}：还不对。{message}', 'more': '（`ex[{n}].hint()`给出提示）',
           'unusable': '✗ {name}：无法检查这个答案。{message}',
           'untried': '{name}：尚未作答。{what}',
           'raised': '你的代码在{when}时抛出了{error}。',
           'hint': '**提示{i}/{n}。**{hint}', 'no more': '（这是最后一条提示。）',
           'solution': '**{name}的解答**（下面的代码就是运行的代码）：',
           'running': '运行中{time}……', 'about': '（约{}秒）',
           'took': '检查中{time}……', 'book': '（书中{}）', 'title': '{}：{}'},
}


def words():
    return WORDS[selfcheck.language()]


class Wrong(Exception):
    """An answer that does not hold: what is wrong with it, in both languages (never the
    expected answer)."""

    def __init__(self, en, zh):
        super().__init__(en)
        self.text = T(en, zh)


class Unusable(Wrong):
    """An answer of the wrong kind (a type, shape or dtype the exercise cannot check)."""


def _empty():
    ...


def attempted(answer):
    """False for the placeholder a lesson leaves: `...`, a function whose body is only `...`,
    `pass` or a docstring, or a tuple, list or dict of nothing but those (one cell, two
    functions)."""
    if answer is Ellipsis:
        return False
    if isinstance(answer, (tuple, list, dict)) and answer:
        return any(attempted(a) for a in (answer.values() if isinstance(answer, dict) else answer))
    code = getattr(answer, '__code__', None)
    return code is None or code.co_code != _empty.__code__.co_code


def call(function, *args, when, **kwargs):
    """Call the learner's function; an exception it raises becomes a sentence (when: what the
    check was doing, T(en, zh))."""
    try:
        return function(*args, **kwargs)
    except Wrong:
        raise
    except Exception as e:
        lines = [line for line in str(e).splitlines() if line.strip()] or ['']
        last = lines[-1] if lines[0].startswith('Traceback') else lines[0]  # MXNet's: the last
        if 'Check failed' in last:  # MXNet's own words: what failed, from there
            last = last[last.index('Check failed'):]
        last = last.strip() if len(last) < 300 else last.strip()[:297] + '...'
        error = last if last.startswith(type(e).__name__) else f'{type(e).__name__}: {last}'
        raise Wrong(WORDS['en']['raised'].format(error=error, when=when['en']),
                    WORDS['zh']['raised'].format(error=error, when=when['zh'])) from None


def _show(markdown):
    """Markdown in a notebook, as it is elsewhere."""
    from .. import plotting
    if plotting.in_notebook():
        from IPython.display import Markdown, display
        display(Markdown(markdown))
    else:
        print(markdown)


class Exercise:
    """One exercise: its number in the lesson, a title, the question, the cell the learner works
    in, the book's exercises it answers, hints, the solution (a function) and the explanation of
    what it shows, the check, and the wrong answers the tests hold the check to reject.
    tools/exercises.py writes the question and the work cell into both editions of the lesson.

    kind 'function': the answer is a function the learner writes; the solution is that function.
    kind 'value': the answer is what the solution returns (a number, a choice, a result).
    check_seconds, solution_seconds: how long the check, or the solution, takes where it trains.
    """

    def __init__(self, number, title, question, work=None, *, kind='value', book=(), hints=(),
                 explanation=None, what=None, check_seconds=None, solution_seconds=None):
        self.number, self.title, self.question, self.work = number, title, question, work
        self.kind, self.book, self.hints, self.explanation = kind, tuple(book), list(hints), \
            explanation
        self.check_seconds, self.solution_seconds = check_seconds, solution_seconds
        self.what = what  # what to write, for the "not attempted yet" line
        self.solution_function = self.checker = None
        self.wrong_answers = {}  # what the mistake is: a function giving the wrong answer
        self._next_hint = 0

    # --- building (in a lesson's module) -------------------------------------------------------

    def solves(self, function):
        """Decorator: the worked solution."""
        self.solution_function = function
        return function

    def checks(self, function):
        """Decorator: the check, function(answer), which raises Wrong or Unusable."""
        self.checker = function
        return function

    def wrong(self, mistake):
        """Decorator: a wrong answer learners give (the function returns it), which the check
        must reject; mistake: what is wrong with it, in English, for the tests' list."""
        def register(function):
            self.wrong_answers[mistake] = function
            return function
        return register

    def choice(self, why_not, right=None, letters='abcd'):
        """Make this a choice among stated options: the check takes a letter, and a wrong one gets
        its own explanation (why_not: letter -> T(en, zh)); each wrong letter is a prepared wrong
        answer. right: the letter, where the solution that finds it takes a while (the tests
        hold the solution to it); else the solution's own answer, worked out at the first check.
        The work cell and the "not attempted yet" line follow from the letters, unless given."""
        from .answers import expect_choice

        quoted = [f"'{letter}'" for letter in letters]
        listed = f"{', '.join(quoted[:-1])} or {quoted[-1]}"
        if self.work is None:
            self.work = f'answer = ...  # {listed}\n\nex[{self.number}].check(answer)'
        if self.what is None:
            self.what = T(f'Set answer to {listed}, then run the cell again.',
                          f"把answer设为{'、'.join(quoted[:-1])}或{quoted[-1]}，然后再运行这个单元格。")

        @self.checks
        def check(answer):
            chosen = expect_choice(answer, letters)
            if chosen != (right or self.oracle()):
                why = why_not.get(chosen, T(
                    f"Not what the solution's run shows: see ex[{self.number}].solution().",
                    f'这与解答的运行结果不符：请看ex[{self.number}].solution()。'))
                raise Wrong(why['en'], why['zh'])
        for letter in sorted(why_not):
            self.wrong(f'choice {letter}')(lambda letter=letter: letter)
        return self

    def solve(self):
        """The answer the solution gives: the function itself, or what it returns."""
        return self.solution_function if self.kind == 'function' else self.solution_function()

    def oracle(self):
        """solve(), silently and once: what a check holds an answer to."""
        if not hasattr(self, '_oracle'):
            with quiet():
                self._oracle = self.solve()
        return self._oracle

    # --- what the learner calls ----------------------------------------------------------------

    @property
    def name(self):
        return words()['exercise'].format(self.number)

    def verdict(self, answer):
        """('correct' | 'wrong' | 'unusable' | 'untried', the sentence to show)."""
        w = words()
        if not attempted(answer):
            return 'untried', w['untried'].format(name=self.name, what=text(self.what or T(
                'Write your answer in the cell above, then run it again.',
                '在上面的单元格中写下你的答案，然后再运行它。')))
        try:
            self.checker(answer)
        except Unusable as e:
            return 'unusable', w['unusable'].format(name=self.name, message=text(e.text))
        except Wrong as e:
            more = w['more'].format(n=self.number) if self.hints else ''
            return 'wrong', w['wrong'].format(name=self.name, message=text(e.text)) + more
        except Exception as e:  # an answer no check foresaw: a sentence, still no traceback
            return 'unusable', w['unusable'].format(name=self.name, message=text(T(
                f'The check could not use it ({type(e).__name__}: {e}).',
                f'检查无法使用它（{type(e).__name__}：{e}）。')) + ' ' + text(self.what or T('', '')))
        return 'correct', w['correct'].format(name=self.name)

    def check(self, answer):
        """Say whether the answer holds up, or what is wrong with it. Never raises."""
        if self.check_seconds and attempted(answer):
            print(words()['took'].format(time=words()['about'].format(self.check_seconds)),
                  flush=True)
        print(self.verdict(answer)[1])

    def hint(self):
        """The next hint of the ladder: first a nudge, then the method."""
        if not self.hints:
            return
        i = min(self._next_hint, len(self.hints) - 1)
        self._next_hint += 1
        last = words()['no more'] if i == len(self.hints) - 1 else ''
        _show(words()['hint'].format(i=i + 1, n=len(self.hints), hint=text(self.hints[i])) + last)

    def source(self):
        """The solution's code, as solution() shows it."""
        return textwrap.dedent(inspect.getsource(self.solution_function)).replace(
            f'@ex{self.number}.solves\n', '').strip()

    def solution(self):
        """Show the worked solution's code, run it (its output shows here), then say what the
        output shows."""
        w = words()
        _show(w['solution'].format(name=self.name) + '\n\n```python\n' + self.source() + '\n```')
        if self.kind == 'value':
            about = w['about'].format(self.solution_seconds) if self.solution_seconds else ''
            print(w['running'].format(time=about), flush=True)
            start = time.time()
            result = self.solution_function()
            if result is not None:
                print(repr(result) if not isinstance(result, str) else result)
            if self.solution_seconds:
                print(f'({time.time() - start:.0f} s)')
        else:  # a function: it passes its own check
            print(self.verdict(self.solution_function)[1])
        if self.explanation:
            _show(text(self.explanation))

    def __repr__(self):
        book = words()['book'].format(', '.join(self.book)) if self.book else ''
        return words()['title'].format(self.name, text(self.title)) + book


def lesson():
    """A lesson module's exercises, numbered as they are made: EXERCISES, exercise = lesson()."""
    made = []

    def exercise(*args, **kwargs):
        made.append(Exercise(len(made) + 1, *args, **kwargs))
        return made[-1]
    return made, exercise


class Lesson(list):
    """A lesson's exercises, numbered from 1 as the lesson numbers them."""

    def __init__(self, key, exercises):
        super().__init__(exercises)
        self.key = key

    def __getitem__(self, number):
        if not isinstance(number, int) or not 1 <= number <= len(self):
            raise IndexError(f'lesson {self.key} has exercises 1 to {len(self)}; got {number!r}')
        return super().__getitem__(number - 1)

    def __repr__(self):
        return '\n'.join(repr(e) for e in list.__iter__(self))

    def _repr_markdown_(self):
        return '\n'.join(f'{e.number}. {text(e.title)}' + (words()['book'].format(
            ', '.join(e.book)) if e.book else '') for e in list.__iter__(self))


def answers_to_the_book():
    """{'3.6.1': [(lesson key, exercise number), ...]} for every exercise of the book."""
    answered = {ref: [] for ref in BOOK}
    for key in sorted(LESSONS):
        for e in exercises(key):
            for ref in e.book:
                answered[ref].append((key, e.number))
    return answered


def exercises(lesson):
    """The exercises of a lesson: exercises('04') or exercises('04-softmax-regression-scratch')."""
    key = str(lesson)[:2]
    if key not in LESSONS:
        raise ValueError(f'no exercises for lesson {lesson!r}: the lessons with exercises are '
                         f'{", ".join(sorted(LESSONS))} (the number at the start of the '
                         "notebook's name)")
    module = importlib.import_module(f'.{LESSONS[key]}', __name__)
    return Lesson(key, module.EXERCISES)


@contextlib.contextmanager
def quiet():
    """Silence what a check's own training prints (train_ch3's lines and figures)."""
    import io
    with contextlib.redirect_stdout(io.StringIO()):
        yield
