"""What a learner meets when something is wrong with their copy of the course, and that the tools
leave the learner's files alone (tests/conftest.py checks the same of the whole test run).

The data tests work on temporary copies of data/fashion-mnist passed as root=; data/ itself is
never touched. (Bad arguments to the helpers are covered by tests/test_helpers.py.)
"""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import d2lzh_local as d2l
from learner_files import snapshot

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / 'data' / 'fashion-mnist'
ARCHIVES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
            't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']
RESTORE = 'git checkout -- data/fashion-mnist'


@pytest.fixture
def data_copy(tmp_path):
    copy = tmp_path / 'fashion-mnist'
    shutil.copytree(DATA, copy)
    return copy


def load(root):
    return d2l.load_data_fashion_mnist(256, root=root)


def test_missing_data_folder_names_it_and_says_how_to_restore(tmp_path):
    missing = tmp_path / 'fashion-mnist'
    with pytest.raises(FileNotFoundError) as e:
        load(missing)
    assert str(missing) in str(e.value) and RESTORE in str(e.value)


@pytest.mark.parametrize('name', ARCHIVES)
def test_missing_archive_names_it_and_says_how_to_restore(data_copy, name):
    (data_copy / name).unlink()
    with pytest.raises(FileNotFoundError) as e:
        load(data_copy)
    assert str(data_copy / name) in str(e.value) and RESTORE in str(e.value)


@pytest.mark.parametrize('name', ARCHIVES)
def test_truncated_archive_names_it_and_says_how_to_restore(data_copy, name):
    path = data_copy / name
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # an interrupted download
    with pytest.raises(ValueError) as e:
        load(data_copy)
    message = str(e.value)
    assert str(path) in message and 'corrupt or truncated' in message and RESTORE in message


@pytest.mark.parametrize('damage', ['flipped', 'empty', 'not gzip'])
def test_corrupt_archive_names_it_and_says_how_to_restore(data_copy, damage):
    path = data_copy / 'train-images-idx3-ubyte.gz'
    raw = bytearray(path.read_bytes())
    if damage == 'flipped':  # same size, a few bytes changed: only the checksum can tell
        for i in range(1000, len(raw), len(raw) // 7):
            raw[i] ^= 0xFF
    elif damage == 'empty':
        raw = bytearray()
    else:
        raw = bytearray(b'<html>404 Not Found</html>')  # what a broken download often saves
    path.write_bytes(bytes(raw))
    with pytest.raises(ValueError) as e:
        load(data_copy)
    assert str(path) in str(e.value) and RESTORE in str(e.value)


def test_intact_copy_loads(data_copy):
    """The copies above are faithful: untouched, the same folder loads."""
    train_iter, test_iter = load(data_copy)
    X, y = next(iter(test_iter))
    assert X.shape == (256, 1, 28, 28) and y.shape == (256,)


def test_nav_check_mode_writes_nothing():
    before = snapshot()
    subprocess.run([sys.executable, str(ROOT / 'tools' / 'nav.py'), '--check'],
                   cwd=ROOT, capture_output=True)
    assert snapshot() == before

