"""The course's own code (course.py, d2lzh_local/, tools/, tests/, benchmarks/) passes ruff, with
the rules pyproject.toml sets: a module, not a program kept in a string, is what a linter reads."""
import subprocess
import sys
from pathlib import Path

from notebooks import ROOT


def test_the_code_passes_ruff():
    run = subprocess.run([str(Path(sys.executable).parent / 'ruff'), 'check', '--no-cache', '.'],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
