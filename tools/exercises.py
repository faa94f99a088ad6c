#!/usr/bin/env python3
"""Write each lesson's exercises into both editions, from d2lzh_local/exercises/ (the one place an
exercise is written, in English and Chinese: question, work cell, check, hints, solution).

    python tools/exercises.py            # write what changed (make exercises)
    python tools/exercises.py 04 09      # only these lessons
    python tools/exercises.py --check    # change nothing; exit 1 and say what is out of date

The exercises section closes each lesson, before its last navigation cell: a heading with how the
checks work, a cell that lists the lesson's exercises (`ex = d2l.exercises('NN')`), then for each
exercise its question (markdown) and the cell the learner works in, which ends with
`ex[N].check(...)` and the hint and solution calls, commented out. These cells are tagged
`exercise`: only they are ever written, and a code cell whose source is unchanged keeps its
outputs (run `make outputs` for the others). tools/translations.py leaves them alone: both
editions are written here from the same source.
"""
import argparse
import importlib
import sys

import nbformat
import notebooks as nbs

# the package (d2lzh_local.exercises, the attribute, is its function exercises())
ex_package = importlib.import_module('d2lzh_local.exercises')

HEADING = {
    'en': '## Exercises\n\n'
          'Each exercise has a cell to work in, ending with a check: run it, and it says whether '
          'your answer holds up, or what is wrong with it, without giving the answer away. '
          '`ex[N].hint()` gives a hint (call it again for the next one), and `ex[N].solution()` '
          'shows a worked solution, runs it and says what it shows. The checks are help for '
          'working alone, on the honour system: nothing is graded. An exercise from the book '
          'gives its number there.',
    'zh': '## 练习\n\n'
          '每道练习都有一个供你作答的单元格，最后一行是检查：运行它，它会告诉你答案是否成立，或者错在哪里，'
          '但不会泄露答案。`ex[N].hint()`给出提示（再调用一次给出下一条），`ex[N].solution()`展示并运行'
          '一份完整的解答，并说明它的输出说明了什么。这些检查是为自学提供的帮助，全凭自觉：不评分。'
          '来自书中的练习注明了它在书中的编号。',
}
BOOK = {'en': '(Book {}.)', 'zh': '（书中{}）'}
BOOK_ITEM = {'en': 'section {0}, exercise {1}', 'zh': '{0}节练习{1}'}


def book_reference(exercise, lang):
    items = [BOOK_ITEM[lang].format(*ref.rsplit('.', 1)) for ref in exercise.book]
    return '\n\n' + BOOK[lang].format(('; ' if lang == 'en' else '；').join(items)) if items else ''


def cells(lesson, lang):
    """The generated cells of a lesson in one edition."""
    key = lesson.stem[:2]
    exercises = ex_package.exercises(key)
    words = ex_package.WORDS[lang]

    def cell(kind, cell_id, source):
        made = (nbformat.v4.new_markdown_cell if kind == 'markdown' else
                nbformat.v4.new_code_cell)(source, id=cell_id)
        made.metadata['tags'] = [nbs.EXERCISE]
        if kind == 'markdown':
            made.metadata.update(deletable=False, editable=False)
        return made

    made = [cell('markdown', 'exercises', HEADING[lang]),
            cell('code', 'exercises-list', f"ex = d2l.exercises('{key}')\nex")]
    for e in exercises:
        title = words['exercise'].format(e.number) + ' · ' + e.title[lang]
        made.append(cell('markdown', f'exercise-{e.number}',
                         f'### {title}\n\n{e.question[lang]}{book_reference(e, lang)}'))
        calls = f'\n# ex[{e.number}].hint()\n# ex[{e.number}].solution()'
        made.append(cell('code', f'exercise-{e.number}-work', e.work.rstrip() + calls))
    return made


def with_exercises(nb, new):
    """nb with its exercise cells replaced by new, before the last navigation cell; a code cell
    whose source is unchanged keeps its outputs and execution count."""
    old = {c.get('id'): c for c in nb['cells'] if nbs.is_exercise(c)}
    for c in new:
        kept = old.get(c.id)
        if c.cell_type == 'code' and kept is not None and nbs.source(kept) == c.source:
            c.outputs, c.execution_count = kept.get('outputs', []), kept.get('execution_count')
    rest = [c for c in nb['cells'] if c.get('id') not in old]
    at = len(rest) - 1 if rest and nbs.is_nav(rest[-1]) else len(rest)
    result = nbformat.from_dict(dict(nb))
    result.cells = rest[:at] + new + rest[at:]
    return result


def check_work(lesson, exercise):
    """The work cell must end the way the check needs: a call of its own ex[N].check."""
    if f'ex[{exercise.number}].check(' not in exercise.work:
        raise ValueError(f'{lesson.name}, exercise {exercise.number}: its work cell has no '
                         f'ex[{exercise.number}].check(...)')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='change nothing; exit 1 if a lesson\'s exercises are out of date')
    parser.add_argument('lessons', nargs='*', metavar='NN', help='only these lessons (default: all)')
    args = parser.parse_args(argv)
    stale = []
    for lang in nbs.editions.FOLDERS:
        for lesson in nbs.lessons(lang):
            if lesson.stem[:2] not in ex_package.LESSONS or \
                    (args.lessons and lesson.stem[:2] not in args.lessons):
                continue
            for exercise in ex_package.exercises(lesson.stem[:2]):
                check_work(lesson, exercise)
            nb = nbs.read(lesson)
            new = with_exercises(nb, cells(lesson, lang))
            if nbs.dumps(new) != nbs.dumps(nb):
                stale.append(lesson)
                if not args.check:
                    nbs.write(lesson, new)
                    print(f'exercises: wrote {nbs.name(lesson)}')
    if args.check:
        for lesson in stale:
            print(f'exercises: out of date in {nbs.name(lesson)}: run `make exercises`, then '
                  '`make outputs` for it', file=sys.stderr)
        return 1 if stale else 0
    if not stale:
        print('exercises: up to date')
    return 0


if __name__ == '__main__':
    sys.exit(main())
