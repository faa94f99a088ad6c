"""Everything is in pyproject.toml but one thing it cannot say: the wheel, editable or not, also
carries d2lzh_numpy_compat.pth, which Python runs at every start in the environment (see
d2lzh_numpy_compat.py). setuptools is pinned (pyproject.toml), so its editable-wheel internals
used here do not move under us; tests/test_numpy_compat.py installs both ways and checks."""
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.editable_wheel import editable_wheel

PTH = 'd2lzh_numpy_compat.pth'


class BuildPyWithPth(build_py):
    """A regular wheel: the .pth beside the packages, in site-packages."""

    def run(self):
        super().run()
        self.copy_file(PTH, os.path.join(self.build_lib, PTH))

    def get_outputs(self, include_bytecode=1):
        return super().get_outputs(include_bytecode) + [os.path.join(self.build_lib, PTH)]


class EditableWheelWithPth(editable_wheel):
    """An editable wheel (pip install -e .) holds only setuptools' own path hook: add ours."""

    def _select_strategy(self, name, tag, build_lib):
        return _AlsoWritePth(super()._select_strategy(name, tag, build_lib))


class _AlsoWritePth:
    def __init__(self, strategy):
        self.strategy = strategy

    def __enter__(self):
        self.strategy.__enter__()
        return self

    def __exit__(self, *exc):
        return self.strategy.__exit__(*exc)

    def __call__(self, wheel, files, mapping):
        self.strategy(wheel, files, mapping)
        wheel.writestr(PTH, Path(PTH).read_bytes())


setup(cmdclass={'build_py': BuildPyWithPth, 'editable_wheel': EditableWheelWithPth})
