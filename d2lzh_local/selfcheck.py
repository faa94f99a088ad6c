"""The self-check at the end of each lesson: its results against the ranges of ranges.toml, one
line each with the book's number beside it, in the lesson's language (English, or Chinese for the
lessons in notebooks/zh/)."""
import os
import tomllib
from pathlib import Path

from . import editions

RANGES = tomllib.loads(Path(__file__).with_name('ranges.toml').read_text(encoding='utf-8'))

# Everything the self-check prints besides the descriptions of ranges.toml. tools/outputs.py reads
# committed outputs with these words.
WORDS = {
    'en': {'header': 'Self-check ({notebook}{seed}):', 'seed': ', seed {}',
           'line': '  {what}: expected {range}, yours: {value} {mark}{book}',
           'book': '   (book: {book}{note})',
           'first_release': "; the book's data: the first release of Fashion-MNIST, notebook 03",
           'below': 'below {}', 'above': 'above {}', 'between': 'between {} and {}',
           'exactly': 'exactly {}', 'passed': 'All results are in range ✓',
           'failed': '{names} out of the expected range: re-run the notebook from the top '
                     '(Kernel > Restart and Run All); if it still fails, compare your code with '
                     'the cells above.'},
    'zh': {'header': '自测（{notebook}{seed}）：', 'seed': '，种子{}',
           'line': '  {what}：{range}，你的结果：{value} {mark}{book}',
           'book': '   （书中：{book}{note}）',
           'first_release': '；所用数据为Fashion-MNIST的第一版，见第03节',
           'below': '应不超过{}', 'above': '应不低于{}', 'between': '应在{}到{}之间',
           'exactly': '应恰为{}', 'passed': '全部结果都在范围内 ✓',
           'failed': '{names}超出了应有的范围：请从头重新运行本节（Kernel > Restart and Run '
                     'All）；如果仍然不在范围内，请把你的代码与上面的单元格对照。'},
}


class SelfCheckFailed(AssertionError):
    """A notebook's result fell outside its expected range."""


def language():
    """The lesson's language: that of the edition whose folder the kernel runs in (a kernel starts
    in its notebook's folder). D2L_LANG=en|zh overrides."""
    chosen = os.environ.get('D2L_LANG')
    if chosen:
        if chosen not in WORDS:
            raise ValueError(f'D2L_LANG={chosen!r}: the self-check speaks {" or ".join(WORDS)}; '
                             'unset D2L_LANG or set it to one of those')
        return chosen
    return editions.of(Path.cwd())


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


def check(notebook, **results):
    """Compare results with the notebook's expected ranges, print a line for each, and raise
    SelfCheckFailed (which fails the notebook's run) if any falls outside its range."""
    report(notebook, results, language())


def report(notebook, results, lang):
    """check() in the given language ('en' or 'zh')."""
    expected = RANGES[notebook]
    missing, unknown = set(expected) - set(results), set(results) - set(expected)
    if missing or unknown:
        raise KeyError(f'self-check {notebook!r} expects {sorted(expected)}; '
                       f'missing {sorted(missing)}, unknown {sorted(unknown)}')
    words = WORDS[lang]
    seed = os.environ.get('D2L_SEED')
    print(words['header'].format(notebook=notebook,
                                 seed=words['seed'].format(seed) if seed else ''))
    failed = []
    for name, spec in expected.items():
        value = float(results[name])
        lo, hi = spec.get('lo'), spec.get('hi')
        ok = (lo is None or value >= lo) and (hi is None or value <= hi)
        book = '' if spec.get('book') is None else words['book'].format(
            book=_fmt(spec['book']), note=words['first_release'] if spec.get('first_release')
            else '')
        print(words['line'].format(what=spec[lang], range=describe(lo, hi, lang),
                                   value=_fmt(value), mark='✓' if ok else '✗', book=book))
        if not ok:
            failed.append(name)
    if failed:  # named as the lines above name them
        raise SelfCheckFailed(words['failed'].format(
            names=('、' if lang == 'zh' else ', ').join(expected[name][lang] for name in failed)))
    print(words['passed'])
