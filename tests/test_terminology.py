"""The Chinese edition speaks the book's language: its terms (CONTRIBUTING.md, "Terminology"), not
the variants that crept in and read wrong to a reader of 《动手学深度学习》, and the book's spacing:
no space between a Chinese character and a Latin word, a number, code or maths beside it, and no
line break inside a Chinese paragraph (a browser shows it as a space). Held in every Chinese text
a learner reads: the markdown of notebooks/zh/, and the Chinese of the self-check, the exercises
and the navigation."""
import ast
import importlib
import re
from pathlib import Path

import exercises as exercise_cells
import nav
import notebooks as nbs
import pytest

from d2lzh_local import selfcheck

package = importlib.import_module('d2lzh_local.exercises')

# A variant the book does not use, what to write instead, and why.
NOT_THE_BOOKS = [
    ('前向计算', '正向传播', 'the book says 正向传播 for forward propagation'),
    ('前向传播', '正向传播', 'the book says 正向传播 for forward propagation'),
    ('训练房子', '训练集中的房子、训练样本', 'a coinage'),
    ('测试房子', '测试集中的房子', 'a coinage'),
    ('合在一起计算的损失函数', 'softmax与交叉熵合并计算的损失函数、合并后的损失函数', 'a coinage'),
    ('稀疏网络', '子网络', '稀疏 means sparse; the thinned networks of dropout are 子网络'),
    ('对数刻度', '对数尺度', 'the book says 对数尺度'),
    ('K折', '$k$折', 'the book writes $k$折交叉验证'),
    ('在那里', '（rephrase）', 'a calque of "where"'),
    ('期望在', '应在……到……之间', '期望 reads as a mathematical expectation'),
    ('请教', '（rephrase）', 'a calque'),
]
CJK = r'[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]'
LATIN = r'[A-Za-z0-9`$%{}]'
SPACED = re.compile(rf'{CJK} +{LATIN}|{LATIN} +{CJK}')
# A line break inside a paragraph next to a Chinese character (not before a list item, a heading,
# a table, a block of code or maths, nor after a heading).
SOFT_BREAK = re.compile(rf'^(?!\s*(#|\||```|\$\$)).*\S.*(?:{CJK}\n|\n(?=[ \t]*{CJK}))'
                        rf'(?=[ \t]*(?![-*+]\s|\d+[.)]\s|#|\||```|\$\$|>)\S)', re.MULTILINE)
CODE_OR_MATHS = re.compile(r'```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$', re.DOTALL)


def prose(text):
    """The text with its code and maths kept as markers (their insides are not prose), links'
    targets and HTML tags dropped."""
    text = re.sub(r'\]\([^)]*\)|<[^>]*>', ']', text)
    return CODE_OR_MATHS.sub(lambda m: m.group(0)[0] + 'x' + m.group(0)[-1], text)


def chinese_texts():
    """(where, text) for every Chinese text a learner reads."""
    for path in nbs.pages():
        if nbs.edition_of(path) == 'zh':
            for cell in nbs.read(path).cells:
                if cell.cell_type == 'markdown' and not nbs.is_nav(cell):
                    yield f'{nbs.name(path)} cell {cell.get("id")}', nbs.source(cell)
    for lesson, entry in selfcheck.RANGES.items():
        for name, spec in entry.items():
            yield f'ranges.toml {lesson} {name}', spec['zh']
    for key, text in selfcheck.WORDS['zh'].items():
        yield f'selfcheck.WORDS zh {key}', text
    for key, text in package.WORDS['zh'].items():
        yield f'exercises WORDS zh {key}', text
    yield 'tools/exercises.py HEADING zh', exercise_cells.HEADING['zh']
    for ref, text in package.BOOK.items():
        yield f'exercises/book.toml {ref}', text['zh']
    for module in sorted(Path(package.__file__).parent.glob('lesson*.py')):
        yield from exercise_texts(module)
    for key, text in nav.EDITIONS['zh'].items():
        yield f'tools/nav.py zh {key}', text


def exercise_texts(module):
    """Every text with Chinese in it in a lesson's exercises: the strings of its source (an
    f-string's fixed parts joined), which hold its T(en, zh), Wrong(en, zh) and the like."""
    for node in ast.walk(ast.parse(module.read_text(encoding='utf-8'))):
        if isinstance(node, ast.JoinedStr):
            text = ''.join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if re.search(r'[\u3400-\u9fff]', text):
            yield f'exercises/{module.name} line {node.lineno}', text


TEXTS = list(chinese_texts())


@pytest.mark.parametrize('variant,instead,why', NOT_THE_BOOKS, ids=[v for v, _, _ in NOT_THE_BOOKS])
def test_the_books_terms(variant, instead, why):
    found = [where for where, text in TEXTS if variant in prose(text)]
    assert not found, f'{variant} ({why}): write {instead} in ' + ', '.join(found)


def test_no_line_break_inside_a_chinese_paragraph():
    found = [f'{where}: ...{m.group(0)[-30:]}' for where, text in TEXTS
             for m in SOFT_BREAK.finditer(text)]
    assert not found, ('a line break inside a Chinese paragraph shows as a space; join the lines:\n'
                       + '\n'.join(found[:40]))


def test_no_space_between_chinese_and_latin():
    found = [f'{where}: ...{m.group(0)}...' for where, text in TEXTS
             for m in SPACED.finditer(prose(text))]
    assert not found, ('the book writes a Chinese character and a Latin word, number, code or '
                       'maths side by side, without a space:\n' + '\n'.join(found[:40]))
