"""The navigation is what tools/nbnav.py generates: 00-contents lists every lesson, and each lesson
starts and ends with a nav cell whose links lead to existing notebooks."""
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

LESSONS = nbnav.lessons(NOTEBOOKS)
LINK = re.compile(r'\]\(([^)\s]+)\)')


def cells(path):
    return json.loads(path.read_text(encoding='utf-8'))['cells']


def test_navigation_is_up_to_date():
    """The tool in check mode: it would change nothing (and it writes nothing in this mode)."""
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'nbnav.py'), '--check'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr + run.stdout


def test_contents_lists_every_lesson_in_order():
    toc = NOTEBOOKS / nbnav.CONTENTS
    assert toc.exists(), 'notebooks/00-contents.ipynb is missing: run `make nav`'
    text = ''.join(nbnav.source(c) for c in cells(toc))
    links = [link for link in LINK.findall(text) if link.endswith('.ipynb')]
    assert links == [p.name for p in LESSONS]
    for path in LESSONS:
        assert nbnav.link_text(nbnav.title(json.loads(path.read_text(encoding='utf-8')))) in text


@pytest.mark.parametrize('path', LESSONS, ids=[p.name for p in LESSONS])
def test_lesson_starts_and_ends_with_nav_links_that_resolve(path):
    cs = cells(path)
    assert nbnav.is_nav(cs[0]) and nbnav.is_nav(cs[-1]), f'{path.name}: run `make nav`'
    assert sum(nbnav.is_nav(c) for c in cs) == 2
    for cell in (cs[0], cs[-1]):
        assert cell['cell_type'] == 'markdown'
        links = LINK.findall(nbnav.source(cell))
        assert nbnav.CONTENTS in links
        for link in links:  # relative links: JupyterLab and GitHub resolve them from the folder
            assert not link.startswith(('/', 'http')) and (NOTEBOOKS / link).is_file(), link
    i = LESSONS.index(path)
    links = LINK.findall(nbnav.source(cs[0]))
    assert (LESSONS[i - 1].name in links) == (i > 0)
    assert (LESSONS[i + 1].name in links if i + 1 < len(LESSONS) else True)
