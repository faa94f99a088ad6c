"""Self-checks: each notebook's results against the ranges set in expected.py, in the lesson's
language (English, or Chinese for the lessons in notebooks/zh/)."""
import os
from pathlib import Path

from .expected import EXPECTED
from .expected_zh import ZH


class SelfCheckFailed(AssertionError):
    """A notebook's result fell outside its expected range."""


# Everything the self-check prints besides the descriptions of expected.py (expected_zh.py has
# their Chinese). tools/notebook_checks.py reads committed outputs with these words.
WORDS = {
    'en': {'header': 'Self-check ({notebook}{seed}):', 'seed': ', seed {}',
           'line': '  {what}: expected {range}, yours: {value} {mark}{book}',
           'book': '   (book: {book}{note})', 'note': '; {}',
           'below': 'below {}', 'above': 'above {}', 'between': 'between {} and {}',
           'exactly': 'exactly {}', 'passed': 'All results are in range ✓',
           'failed': '{names} out of the expected range: re-run the notebook from the top '
                     '(Kernel > Restart and Run All); if it still fails, compare your code with '
                     'the cells above.'},
    'zh': {'header': '自测（{notebook}{seed}）：', 'seed': '，种子 {}',
           'line': '  {what}：期望{range}，你的结果：{value} {mark}{book}',
           'book': '   （书中：{book}{note}）', 'note': '；{}',
           'below': '不超过 {}', 'above': '不低于 {}', 'between': '在 {} 与 {} 之间',
           'exactly': '恰为 {}', 'passed': '全部结果都在范围内 ✓',
           'failed': '{names} 超出了期望范围：请从头重新运行本 notebook（Kernel > Restart and Run '
                     'All）；如果仍然失败，请把你的代码与上面的单元格对照。'},
}
CHINESE_FOLDER = 'zh'  # notebooks/zh/: a kernel starts in its notebook's folder


def language():
    """'zh' for a lesson of the Chinese edition, else 'en'. D2L_LANG=en|zh overrides."""
    chosen = os.environ.get('D2L_LANG')
    if chosen:
        if chosen not in WORDS:
            raise ValueError(f'D2L_LANG={chosen!r}: the self-check speaks {" or ".join(WORDS)}; '
                             'unset D2L_LANG or set it to one of those')
        return chosen
    return 'zh' if Path.cwd().name == CHINESE_FOLDER else 'en'


def _fmt(x):
    """4 significant digits, but whole numbers (a count of images) in full."""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else f'{x:.4g}'


def describe(lo, hi, lang='en'):
    """The range in words: 'below 0.0001', 'above 0.8', 'between 0.8 and 0.9', 'exactly 10'."""
    words = WORDS[lang]
    if lo is not None and lo == hi:
        return words['exactly'].format(_fmt(lo))
    if lo is None:
        return words['below'].format(_fmt(hi))
    if hi is None:
        return words['above'].format(_fmt(lo))
    return words['between'].format(_fmt(lo), _fmt(hi))


def in_language(english, lang):
    """A description of expected.py in the lesson's language (English where none is written)."""
    return ZH.get(english, english) if lang == 'zh' else english


def check(notebook, **results):
    """Compare results with the notebook's expected ranges, print a line for each, and raise
    SelfCheckFailed (which fails the notebook's run) if any falls outside its range."""
    report(notebook, results, language())


def report(notebook, results, lang):
    """check() in the given language ('en' or 'zh')."""
    expected = EXPECTED[notebook]
    missing = set(expected) - set(results)
    unknown = set(results) - set(expected)
    if missing or unknown:
        raise KeyError(f'self-check {notebook!r} expects {sorted(expected)}; '
                       f'missing {sorted(missing)}, unknown {sorted(unknown)}')
    words = WORDS[lang]
    failed = []
    seed = os.environ.get('D2L_SEED')
    print(words['header'].format(notebook=notebook,
                                 seed=words['seed'].format(seed) if seed else ''))
    for name, spec in expected.items():
        value = float(results[name])
        ok = (spec.get('lo') is None or value >= spec['lo']) and \
             (spec.get('hi') is None or value <= spec['hi'])
        book = ''
        if spec.get('book') is not None:
            note = words['note'].format(in_language(spec['note'], lang)) if spec.get('note') else ''
            book = words['book'].format(book=_fmt(spec['book']), note=note)
        print(words['line'].format(what=in_language(spec['what'], lang),
                                   range=describe(spec.get('lo'), spec.get('hi'), lang),
                                   value=_fmt(value), mark='✓' if ok else '✗', book=book))
        if not ok:
            failed.append(name)
    if failed:
        raise SelfCheckFailed(words['failed'].format(names=', '.join(failed)))
    print(words['passed'])
