"""The learner's files: everything under notebooks/ and data/. No test, notebook run, JupyterLab
autosave nor tool a test runs may change one (tests/conftest.py checks it over the whole run)."""
import hashlib
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WATCHED = ('notebooks', 'data')


def snapshot():
    """Every file under notebooks/ and data/ with its SHA-256, and what git says of them."""
    files = {}
    for top in WATCHED:
        for path in sorted((ROOT / top).rglob('*')):
            if path.is_file() and '__pycache__' not in path.parts:
                files[str(path.relative_to(ROOT))] = hashlib.sha256(path.read_bytes()).hexdigest()
    git = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=all', '--', *WATCHED],
                         cwd=ROOT, capture_output=True, text=True)
    return files, git.stdout if git.returncode == 0 else None


def changes(before, after):
    """What changed between two snapshots, in words ([] if nothing)."""
    (files_before, git_before), (files_now, git_now) = before, after
    changed = sorted(p for p in files_before.keys() | files_now.keys()
                     if files_before.get(p) != files_now.get(p))
    found = [f'changed, added or removed: {p}' for p in changed]
    if git_now != git_before and not changed:
        found.append(f'git status went from {git_before!r} to {git_now!r}')
    return found
