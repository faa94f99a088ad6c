"""The navigation is what tools/nbnav.py generates, in both editions (notebooks/ and the Chinese
notebooks/zh/): 00-contents lists every lesson, and each lesson starts and ends with a nav cell
whose links lead to existing notebooks, the same lesson of the other edition among them."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / 'notebooks'
sys.path.insert(0, str(ROOT / 'tools'))

import nbnav  # noqa: E402

EDITIONS = [NOTEBOOKS, NOTEBOOKS / nbnav.CHINESE]
LESSONS = [p for folder in EDITIONS for p in nbnav.lessons(folder)]
LINK = re.compile(r'\]\(([^)\s]+)\)')


def cells(path):
    return json.loads(path.read_text(encoding='utf-8'))['cells']


def name(path):
    return str(path.relative_to(NOTEBOOKS))


def test_navigation_is_up_to_date():
    """The tool in check mode: it would change nothing (and it writes nothing in this mode)."""
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'nbnav.py'), '--check'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr + run.stdout


def test_both_editions_have_the_same_lessons():
    english, chinese = ([p.name for p in nbnav.lessons(folder)] for folder in EDITIONS)
    assert chinese == english


@pytest.mark.parametrize('folder', EDITIONS, ids=['en', 'zh'])
def test_contents_lists_every_lesson_in_order(folder):
    toc = folder / nbnav.CONTENTS
    assert toc.exists(), f'{name(toc)} is missing: run `make nav`'
    text = ''.join(nbnav.source(c) for c in cells(toc))
    links = LINK.findall(text)
    lessons = nbnav.lessons(folder)
    assert [link for link in links if '/' not in link] == [p.name for p in lessons]
    for path in lessons:
        assert nbnav.link_text(nbnav.title(json.loads(path.read_text(encoding='utf-8')))) in text
    other = [link for link in links if '/' in link]  # the other edition's contents
    assert len(other) == 1 and (folder / other[0]).resolve().name == nbnav.CONTENTS
    assert (folder / other[0]).resolve() != toc.resolve() and (folder / other[0]).is_file()


@pytest.mark.parametrize('path', LESSONS, ids=[name(p) for p in LESSONS])
def test_lesson_starts_and_ends_with_nav_links_that_resolve(path):
    cs = cells(path)
    assert nbnav.is_nav(cs[0]) and nbnav.is_nav(cs[-1]), f'{name(path)}: run `make nav`'
    assert sum(nbnav.is_nav(c) for c in cs) == 2
    for cell in (cs[0], cs[-1]):
        assert cell['cell_type'] == 'markdown'
        links = LINK.findall(nbnav.source(cell))
        assert nbnav.CONTENTS in links
        for link in links:  # relative links: JupyterLab and GitHub resolve them from the folder
            assert not link.startswith(('/', 'http')) and (path.parent / link).is_file(), link
    lessons = nbnav.lessons(path.parent)
    i = lessons.index(path)
    links = LINK.findall(nbnav.source(cs[0]))
    assert (lessons[i - 1].name in links) == (i > 0)
    assert (lessons[i + 1].name in links if i + 1 < len(lessons) else True)
    other = [link for link in links if '/' in link]  # the same lesson in the other edition
    assert len(other) == 1 and (path.parent / other[0]).resolve().name == path.name
    assert (path.parent / other[0]).resolve().parent != path.parent.resolve()
