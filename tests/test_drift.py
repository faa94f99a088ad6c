"""One source of truth: every function or class a notebook teaches and marks `#@save` is,
word for word, the one d2lzh_local provides (with the notebook's `d2l.` prefixes removed)."""
import ast
import inspect
import re
import textwrap

import notebooks as nbs
import pytest

import d2lzh_local as d2l


def saved_definitions():
    for path in nbs.lessons():
        for cell in nbs.code_cells(nbs.read(path)):
            source = nbs.source(cell)
            if not source.startswith('#@save'):
                continue
            for node in ast.parse(source).body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    yield path.name, node.name, ast.get_source_segment(source, node)


def normalise(source):
    source = re.sub(r'\bd2l\.', '', textwrap.dedent(source))
    return '\n'.join(line.rstrip() for line in source.strip().splitlines())


SAVED = list(saved_definitions())


def test_notebooks_save_something():
    assert SAVED, 'no #@save definitions found in notebooks/'


@pytest.mark.parametrize('notebook,name,source', SAVED, ids=[f'{n}:{f}' for n, f, _ in SAVED])
def test_saved_definition_matches_package(notebook, name, source):
    assert hasattr(d2l, name), f'{notebook} saves {name}, which d2lzh_local does not export'
    package_source = inspect.getsource(getattr(d2l, name))
    assert normalise(source) == normalise(package_source), (
        f'{notebook} teaches a {name} that differs from d2lzh_local.{name}: '
        'change both together')
