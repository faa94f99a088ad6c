"""The navigation is what tools/nav.py generates, in both editions (notebooks/ and the Chinese
notebooks/zh/): 00-contents lists every lesson, and each lesson starts and ends with a nav cell
whose links lead to existing notebooks, the same lesson of the other edition among them."""
import re
import subprocess
import sys

import nav
import notebooks as nbs
import pytest
from notebooks import CONTENTS, ROOT

EDITIONS = list(nbs.editions.FOLDERS)
LESSONS = [p for edition in EDITIONS for p in nbs.lessons(edition)]
LINK = re.compile(r'\]\(([^)\s]+)\)')


def cells(path):
    return nbs.read(path)['cells']


def test_navigation_is_up_to_date():
    """The tool in check mode: it would change nothing (and it writes nothing in this mode)."""
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'nav.py'), '--check'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr + run.stdout


def test_both_editions_have_the_same_lessons():
    english, chinese = ([p.name for p in nbs.lessons(edition)] for edition in EDITIONS)
    assert chinese == english


@pytest.mark.parametrize('edition', EDITIONS)
def test_contents_lists_every_lesson_in_order(edition):
    folder = nbs.folder(edition)
    toc = folder / CONTENTS
    assert toc.exists(), f'{nbs.name(toc)} is missing: run `make nav`'
    text = ''.join(nbs.source(c) for c in cells(toc))
    links = LINK.findall(text)
    lessons = nbs.lessons(edition)
    listed = [link for link in links if '/' not in link]
    assert listed[:len(lessons)] == [p.name for p in lessons]
    # then the book's exercises, each linking to the lesson that answers it
    assert set(listed[len(lessons):]) <= {p.name for p in lessons}
    for path in lessons:
        assert nav.link_text(nav.title(nbs.read(path))) in text
    other = [link for link in links if '/' in link]  # the other edition's contents
    assert len(other) == 1 and (folder / other[0]).resolve().name == CONTENTS
    assert (folder / other[0]).resolve() != toc.resolve() and (folder / other[0]).is_file()


@pytest.mark.parametrize('path', LESSONS, ids=[nbs.name(p) for p in LESSONS])
def test_lesson_starts_and_ends_with_nav_links_that_resolve(path):
    cs = cells(path)
    assert nbs.is_nav(cs[0]) and nbs.is_nav(cs[-1]), f'{nbs.name(path)}: run `make nav`'
    assert sum(nbs.is_nav(c) for c in cs) == 2
    for cell in (cs[0], cs[-1]):
        assert cell['cell_type'] == 'markdown'
        links = LINK.findall(nbs.source(cell))
        assert CONTENTS in links
        for link in links:  # relative links: JupyterLab and GitHub resolve them from the folder
            assert not link.startswith(('/', 'http')) and (path.parent / link).is_file(), link
    lessons = nbs.lessons(nbs.edition_of(path))
    i = lessons.index(path)
    links = LINK.findall(nbs.source(cs[0]))
    assert (lessons[i - 1].name in links) == (i > 0)
    assert (lessons[i + 1].name in links if i + 1 < len(lessons) else True)
    other = [link for link in links if '/' in link]  # the same lesson in the other edition
    assert len(other) == 1 and (path.parent / other[0]).resolve().name == path.name
    assert (path.parent / other[0]).resolve().parent != path.parent.resolve()
