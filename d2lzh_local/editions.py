"""The course's two editions, by folder: the English lessons in notebooks/, the Chinese ones in
notebooks/zh/. The one place this rule is written: the self-check reads it (a kernel starts in its
notebook's folder), and so do the tools, the tests and course.py, which loads this file by its
path (it imports nothing, so the set-up can read it before MXNet is installed)."""
from pathlib import Path

FOLDERS = {'en': '', 'zh': 'zh'}  # each edition's folder inside notebooks/


def of(folder):
    """The edition of the notebooks in a folder: 'zh' for notebooks/zh/, else 'en'."""
    return 'zh' if Path(folder).name == FOLDERS['zh'] else 'en'
