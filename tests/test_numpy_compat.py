"""The numpy compatibility hook: MXNet imports on numpy 1.24+ and 2.x, and nothing changes where
numpy still has the names (numpy 1.23.5, the reference on Python 3.11)."""
import os
import shutil
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import numpy
import pytest

import d2lzh_numpy_compat as compat

ROOT = Path(__file__).resolve().parent.parent
# The names MXNet 1.9.1 and 1.7.0.post2 use that numpy 1.24 or 2.0 removed (issue: platforms).
REMOVED = ('bool int float object complex str alltrue sometrue product cumproduct round_ PZERO '
           'NZERO PINF NINF NAN NaN Inf Infinity infty float_ complex_ unicode_ string_ mirr msort '
           'npv pmt ppmt pv rate').split()


def numpy_without_the_names():
    """A stand-in numpy module that has what the aliases point at, but none of REMOVED."""
    fake = types.ModuleType('numpy')
    for name in ('all', 'any', 'prod', 'cumprod', 'round', 'float64', 'complex128', 'str_',
                 'bytes_', 'sort'):
        setattr(fake, name, getattr(numpy, name))
    return fake


def test_every_removed_name_has_an_alias_and_a_reason():
    table = compat.aliases(numpy)
    assert sorted(table) == sorted(REMOVED)
    for name, (_value, why) in table.items():
        assert len(why) > 40, f'{name}: say why MXNet needs it'


def test_restores_every_name_on_a_numpy_without_them(monkeypatch):
    fake = numpy_without_the_names()
    monkeypatch.setitem(sys.modules, 'numpy', fake)
    assert sorted(compat.restore_removed_names()) == sorted(REMOVED)
    assert fake.bool is bool and fake.float_ is numpy.float64 and fake.NINF == float('-inf')
    assert fake.alltrue([True, True]) and not fake.sometrue([False])
    assert fake.product([2, 3]) == 6 and list(fake.cumproduct([2, 3])) == [2, 6]
    assert fake.msort(numpy.array([[3, 1], [1, 2]])).tolist() == [[1, 1], [3, 2]]
    with pytest.raises(NotImplementedError, match='numpy_financial.pmt'):
        fake.pmt(0.05, 10, 1000)
    assert compat.restore_removed_names() == [], 'a second call changes nothing'


def test_changes_nothing_where_numpy_has_the_names(monkeypatch):
    fake = numpy_without_the_names()
    for name in REMOVED:
        setattr(fake, name, f'numpy own {name}')
    monkeypatch.setitem(sys.modules, 'numpy', fake)
    assert compat.restore_removed_names() == []
    assert all(getattr(fake, name) == f'numpy own {name}' for name in REMOVED)


@pytest.mark.skipif(tuple(int(p) for p in numpy.__version__.split('.')[:2]) >= (1, 24),
                    reason='numpy 1.23 has the names: only there is the hook a no-op')
def test_is_a_no_op_on_the_reference_numpy():
    assert compat.restore_removed_names() == []


def test_hook_restores_the_names_before_the_first_import_of_mxnet(monkeypatch):
    fake = numpy_without_the_names()
    monkeypatch.setitem(sys.modules, 'numpy', fake)
    hook = compat.MXNetImportHook()
    assert hook.find_spec('mxnet.ndarray') is None and not hasattr(fake, 'PINF')
    assert hook.find_spec('mxnet') is None  # it finds nothing: the real finders import MXNet
    assert fake.PINF == float('inf')


def run_fresh(code):
    """A new interpreter of this environment, with what its site-packages runs at start-up."""
    env = {k: v for k, v in os.environ.items() if k != 'PYTHONPATH'}
    return subprocess.run([sys.executable, '-c', code], capture_output=True, text=True,
                          cwd=str(Path.home() if Path.home().is_dir() else '/'), env=env,
                          timeout=120)


def test_a_fresh_interpreter_imports_mxnet_first_thing_and_trains():
    """As a learner's own new notebook would: `import mxnet` before anything else."""
    run = run_fresh(
        'import mxnet as mx, sys\n'
        'from mxnet import autograd, nd\n'
        'w = nd.array([3.0]); w.attach_grad()\n'
        'with autograd.record():\n'
        '    loss = (w * 2 - 1) ** 2\n'
        'loss.backward()\n'
        "print('d2lzh_numpy_compat' in sys.modules, w.grad.asscalar())")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ['True', '20.0'], run.stdout  # d/dw (2w - 1)^2 = 4(2w - 1)


def test_the_hook_is_installed_in_the_environment():
    run = run_fresh('import sys; print([type(f).__name__ for f in sys.meta_path])')
    assert 'MXNetImportHook' in run.stdout, (
        'd2lzh_numpy_compat.pth is not active in this environment: install the helper package '
        '(python course.py setup)')


@pytest.mark.parametrize('hook', ['build_wheel', 'build_editable'])
def test_both_wheels_carry_the_pth(hook, tmp_path):
    """pip install . and pip install -e . both put the .pth into site-packages."""
    build = tmp_path / 'src'
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(
        '.git', '.venv*', 'data', 'notebooks', 'tests', 'benchmarks', 'build', '*.egg-info',
        '__pycache__', 'test-artifacts'))
    code = (f'import setuptools.build_meta as b; print(b.{hook}({str(tmp_path / "dist")!r}))')
    run = subprocess.run([sys.executable, '-c', code], cwd=build, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    wheel = tmp_path / 'dist' / run.stdout.strip().splitlines()[-1]
    names = zipfile.ZipFile(wheel).namelist()
    assert 'd2lzh_numpy_compat.pth' in names, names
    pth = zipfile.ZipFile(wheel).read('d2lzh_numpy_compat.pth').decode()
    assert pth.strip() == 'import d2lzh_numpy_compat; d2lzh_numpy_compat.install()'
