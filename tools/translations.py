#!/usr/bin/env python3
"""Keep the Chinese edition (notebooks/zh/) in step with the English lessons it translates.

    python tools/translations.py            # copy code, align cells, record translations (make translations)
    python tools/translations.py --check    # change nothing; exit 1 naming every cell out of step
    python tools/translations.py --new 14-some-lesson.ipynb    # start translating a new lesson
    python tools/translations.py --accept zh/04-softmax-regression-scratch.ipynb#cell-id
                                             # the English change needs no change in Chinese

A Chinese lesson is the English lesson of the same file name, cell for cell (paired by cell id),
with its markdown in Chinese. Two notebooks rather than one source plus translation files: the
Chinese notebook is itself the translation, written and reviewed in JupyterLab as a learner sees
it, and there is no build step between the files in git and what a learner opens.
- Code cells are the English ones: a fix is made once, in English, and this tool copies it.
  Run `make outputs` afterwards for the outputs.
- Every Chinese markdown cell records in its metadata (`translation`) the SHA-256 of the English
  text it translates and of its own text. When the English text changes, the Chinese cell is out
  of step until it is translated again: edit the Chinese text, then run this tool, which sees that
  the Chinese changed too and records both. A cell added in English appears in Chinese, in
  English, out of step; a cell removed in English is removed.
- The navigation cells (tag `nav`) are not paired: tools/nav.py makes them for each folder.
"""
import argparse
import copy
import hashlib
import re
import sys
from pathlib import Path

import notebooks as nbs
from notebooks import NOTEBOOKS, source

KEY = 'translation'
CJK = re.compile(r'[\u3400-\u9fff]')
# What is not prose: maths, code, links' targets, HTML tags; what is left must be translated.
NOT_PROSE = re.compile(r'\$\$.*?\$\$|\$[^$]*\$|```.*?```|`[^`]*`|\]\([^)]*\)|<[^>]*>', re.DOTALL)


def sha(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def fixed_parts(text):
    """What a translation keeps as it is: maths, code and link targets (as a sorted list)."""
    parts = re.findall(r'\$\$.*?\$\$|\$[^$]*\$|```.*?```|`[^`]*`|\]\([^)]*\)', text, re.DOTALL)
    return sorted(' '.join(p.split()) for p in parts)


def changed_parts(english, chinese):
    """The maths, code and link targets of the English text the Chinese lacks, and extra ones."""
    en, zh = fixed_parts(english), fixed_parts(chinese)
    missing = [p for p in en if en.count(p) > zh.count(p)]
    extra = [p for p in zh if zh.count(p) > en.count(p)]
    return sorted(set(missing)), sorted(set(extra))


def needs_chinese(english):
    """Whether an English markdown text has prose to translate (not only maths, code or links)."""
    return len(re.findall(r'[A-Za-z]', NOT_PROSE.sub(' ', english))) >= 4


def paired(nb):
    """The cells a translation pairs: not the generated ones (navigation, exercises), which the
    tools write into each edition."""
    return [c for c in nb['cells'] if not nbs.is_nav(c) and not nbs.is_exercise(c)]


def first_line(text, width=70):
    line = next((s for s in text.splitlines() if s.strip()), '')
    return line if len(line) <= width else line[:width - 1] + '…'


def start(english_nb):
    """A new Chinese lesson: the English one, every markdown cell still to translate."""
    nb = copy.deepcopy(english_nb)
    for cell in paired(nb):
        if cell['cell_type'] == 'markdown':
            text = source(cell)  # maths alone reads the same in Chinese
            cell.setdefault('metadata', {})[KEY] = {'en': None if needs_chinese(text) else sha(text),
                                                    'zh': sha(text)}
    return nb


def synced(english_nb, chinese_nb, accept=()):
    """(the Chinese notebook brought in step with the English one, [(cell id, why) out of step]).

    accept: ids of cells whose English change needs no change in Chinese."""
    old = {c.get('id'): c for c in paired(chinese_nb)}
    cells, stale = [], []
    for en in paired(english_nb):
        text = source(en)
        zh = old.get(en.get('id'))
        if zh is None or zh['cell_type'] != en['cell_type']:
            zh = copy.deepcopy(en)
            if en['cell_type'] == 'markdown':
                zh.setdefault('metadata', {})[KEY] = {'en': None, 'zh': sha(text)}
        else:
            zh = copy.deepcopy(zh)
        if en['cell_type'] == 'markdown':
            record = zh.setdefault('metadata', {}).setdefault(KEY, {'en': None, 'zh': None})
            mine = sha(source(zh))
            if record.get('en') != sha(text) and (record.get('zh') not in (None, mine)
                                                    or zh.get('id') in accept):
                record['en'] = sha(text)  # translated again since the English changed
            record['zh'] = mine
            if record['en'] != sha(text):
                stale.append((zh.get('id'), 'translates an older English text' if record['en']
                              else 'not translated yet'))
            elif needs_chinese(text) and not CJK.search(source(zh)):
                stale.append((zh.get('id'), 'has no Chinese in it'))
            else:
                missing, extra = changed_parts(text, source(zh))
                if missing or extra:
                    stale.append((zh.get('id'), 'changes the maths, code or links of the English '
                                  f'(keep them as they are): lacks {missing}, adds {extra}'))
        elif en['cell_type'] == 'code' and zh['source'] != en['source']:
            zh['source'] = copy.deepcopy(en['source'])
        cells.append(zh)
    new = dict(chinese_nb)
    nav = [c for c in chinese_nb['cells'] if nbs.is_nav(c)]
    generated = [c for c in chinese_nb['cells'] if nbs.is_exercise(c)]
    new['cells'] = nav[:1] + cells + generated + nav[1:]
    return new, stale


def shape(nb):
    """What must equal the English lesson's: the cells, their kinds and the code."""
    return [(c.get('id'), c['cell_type'], source(c) if c['cell_type'] == 'code' else None)
            for c in paired(nb)]


def report(path, english_nb, stale):
    texts = {c.get('id'): source(c) for c in paired(english_nb)}
    order = [c.get('id') for c in paired(english_nb)]
    return [f'notebooks/{nbs.name(path)}: markdown cell {order.index(cid) + 1} '
            f'(id {cid}) {why}; the English reads "{first_line(texts[cid])}"'
            for cid, why in stale]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='change nothing; exit 1 if any Chinese cell is out of step')
    parser.add_argument('--new', metavar='LESSON', action='append', default=[],
                        help='start the Chinese lesson of this English one (a copy to translate)')
    parser.add_argument('--accept', metavar='zh/LESSON#ID', action='append', default=[],
                        help='the English change of this cell needs no change in Chinese')
    parser.add_argument('--dir', type=Path, default=NOTEBOOKS, help='the notebooks folder')
    parser.add_argument('lessons', nargs='*', metavar='LESSON',
                        help='only these lessons (file names; default: every lesson)')
    args = parser.parse_args(argv)
    folder, zh_folder = args.dir, nbs.folder('zh', args.dir)
    accept = {}
    for item in args.accept:
        name, _, cell_id = item.partition('#')
        if not cell_id or not (folder / name).is_file():
            parser.error(f'--accept {item}: expected zh/LESSON.ipynb#CELL-ID, as the report names it')
        accept.setdefault(Path(name).name, set()).add(cell_id)
    for name in args.new:
        english, chinese = folder / Path(name).name, zh_folder / Path(name).name
        if not english.is_file():
            parser.error(f'--new {name}: there is no English lesson {english}')
        if chinese.exists():
            parser.error(f'--new {name}: {chinese} exists already (translations are never '
                         'overwritten); run without --new to bring it in step')
        if not args.check:
            zh_folder.mkdir(exist_ok=True)
            chinese.write_bytes(nbs.dumps(start(nbs.read(english))).encode('utf-8'))
            print(f'translations: started {chinese.relative_to(folder.parent)}')

    problems, unsynced = [], []
    english_lessons = {p.name: p for p in nbs.lessons('en', folder)}
    only = {Path(name).name for name in args.lessons}
    for chinese in nbs.lessons('zh', folder):
        if only and chinese.name not in only:
            continue
        if chinese.name not in english_lessons:
            problems.append(f'{chinese.relative_to(folder.parent)} has no English lesson '
                            f'{chinese.name} to translate (renamed? rename it too)')
            continue
        english_nb, chinese_nb = nbs.read(english_lessons[chinese.name]), nbs.read(chinese)
        new, stale = synced(english_nb, chinese_nb, accept.get(chinese.name, ()))
        problems += report(chinese, english_nb, stale)
        if shape(new) != shape(chinese_nb):
            unsynced.append((chinese, 'code or cells differ from the English lesson'))
        elif new != chinese_nb:  # the record decides what a later English change makes stale
            unsynced.append((chinese, 'Chinese text changed since its record'))
        if new != chinese_nb:
            if not args.check:
                chinese.write_bytes(nbs.dumps(new).encode('utf-8'))
                print(f'translations: updated {chinese.relative_to(folder.parent)}')
    missing = sorted(set(only or english_lessons) - {p.name for p in nbs.lessons('zh', folder)})
    problems += [f'{nbs.name(zh_folder / name)}: no Chinese lesson yet (python tools/translations.py --new {name})'
                 for name in missing]
    if args.check:
        problems = [f'{p.relative_to(folder.parent)}: {why} (run `make translations`)'
                    for p, why in unsynced] + problems
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f'translations: {len(problems)} to do (translate, then `make translations`)',
              file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
