"""The data download (d2lzh_local/download.py), against a local HTTP server on 127.0.0.1 serving
the two Kaggle house-price files: a download, the cache, broken downloads, no server, a learner's
own file, and the --from route that fills the cache without a network.

The files come from the shared data folder next to the repository (../shared/data/kaggle-house,
or D2L_KAGGLE_HOUSE_SOURCE); without it these tests skip, and in CI (D2L_CI=1) they fail. Every test
works in its own temporary folders: data/ of the repository is never touched. Nothing may connect
anywhere but 127.0.0.1: a guard fails any test that tries.
"""
import hashlib
import importlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from support import HOUSE_DATA, Server, unavailable

# the module (d2lzh_local.download, the attribute, is the function the package exports)
dl = importlib.import_module('d2lzh_local.download')

ROOT = Path(__file__).resolve().parent.parent
SOURCE = HOUSE_DATA
TRAIN, TEST = 'kaggle_house_pred_train.csv', 'kaggle_house_pred_test.csv'
NAMES = {'kaggle_house_train': TRAIN, 'kaggle_house_test': TEST}


@pytest.fixture(scope='module')
def source():
    """The folder holding the two original files."""
    if not all((SOURCE / f).is_file() for f in (TRAIN, TEST)):
        unavailable(f'the Kaggle house-price files are not in {SOURCE} (set '
                    'D2L_KAGGLE_HOUSE_SOURCE to a folder that holds them)')
    return SOURCE


# --- only 127.0.0.1 ---------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def local_network_only(monkeypatch):
    """Fail any connection to an address other than 127.0.0.1, and keep proxies out of the way."""
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] != '127.0.0.1':
            raise AssertionError(f'the test tried to connect to {address}')
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, 'connect', connect)
    for var in ('http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy',
                'ALL_PROXY'):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv('no_proxy', '*')
    monkeypatch.setenv(dl.URL_ENV, f'http://127.0.0.1:{closed_port()}/')  # unless a test serves


def closed_port():
    """A port on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def test_the_guard_stops_other_addresses():
    with pytest.raises(AssertionError, match='tried to connect'):
        socket.create_connection(('192.0.2.1', 80), timeout=1)  # TEST-NET-1: never routed


# --- a local server ---------------------------------------------------------------------------

@pytest.fixture
def serve(monkeypatch):
    """serve(folder, ...) starts a server and points D2L_DATA_URL at it."""
    servers = []

    def start(folder, **kwargs):
        server = Server(folder, **kwargs)
        servers.append(server)
        monkeypatch.setenv(dl.URL_ENV, server.url)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def cache(tmp_path):
    return tmp_path / 'cache' / 'kaggle-house'


def files_in(folder):
    """Every file in a folder, hidden ones too (an abandoned temporary file would show)."""
    return sorted(p.name for p in Path(folder).iterdir()) if Path(folder).exists() else []


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --- the checksums ----------------------------------------------------------------------------

def test_embedded_checksums_are_those_of_the_files(source):
    sums = dict(line.split()[::-1] for line in (source / 'SHA256SUMS').read_text().splitlines())
    for name, (folder, file_name, sha_256) in dl.DATA_HUB.items():
        assert folder == 'kaggle-house' and file_name == NAMES[name]
        assert sha_256 == sums[file_name] == sha256(source / file_name)


def test_the_book_data_host_is_the_default(monkeypatch):
    monkeypatch.delenv(dl.URL_ENV)
    assert dl.base_url() == 'http://d2l-data.s3-accelerate.amazonaws.com/'
    monkeypatch.setenv(dl.URL_ENV, 'http://127.0.0.1:8000/mirror')
    assert dl.base_url() == 'http://127.0.0.1:8000/mirror/'


def test_unknown_name_lists_the_known_ones(cache):
    with pytest.raises(KeyError, match='kaggle_house_test, kaggle_house_train'):
        dl.download('kaggle_house', cache)


# --- downloading ------------------------------------------------------------------------------

def test_download_saves_the_checked_files(source, serve, cache, capsys):
    server = serve(source)
    for name, file_name in NAMES.items():
        path = dl.download(name, cache)
        assert path == cache / file_name
        assert path.read_bytes() == (source / file_name).read_bytes()
    assert server.requests == ['/' + TRAIN, '/' + TEST]
    assert files_in(cache) == sorted([TRAIN, TEST])  # no temporary file left
    out = capsys.readouterr().out
    assert f'Downloading {TRAIN} from {server.url}{TRAIN}' in out
    assert 'SHA-256 checked' in out


def test_cache_hit_makes_no_request(source, serve, cache, capsys):
    server = serve(source)
    first = dl.download('kaggle_house_train', cache)
    assert len(server.requests) == 1
    capsys.readouterr()
    assert dl.download('kaggle_house_train', cache) == first
    assert len(server.requests) == 1
    assert capsys.readouterr().out == ''  # a cache hit is silent, as in the book


def test_cache_hit_needs_no_server(source, cache):
    """The data placed by hand (or by --from) is used as is: D2L_DATA_URL points at a closed
    port here, and the download succeeds without connecting."""
    cache.mkdir(parents=True)
    shutil.copy(source / TRAIN, cache / TRAIN)
    assert dl.download('kaggle_house_train', cache) == cache / TRAIN


@pytest.mark.parametrize('damage', ['truncated', 'flipped', 'html page'])
def test_corrupt_file_served_is_refused_and_nothing_kept(source, serve, cache, tmp_path, damage):
    bad = tmp_path / 'served'
    bad.mkdir()
    raw = bytearray((source / TRAIN).read_bytes())
    if damage == 'truncated':
        raw = raw[: len(raw) // 2]
    elif damage == 'flipped':  # same size, a few bytes changed: only a checksum can tell
        for i in range(1000, len(raw), len(raw) // 5):
            raw[i] ^= 0x01
    else:
        raw = bytearray(b'<html><body>Service Unavailable</body></html>')
    (bad / TRAIN).write_bytes(bytes(raw))
    server = serve(bad)
    with pytest.raises(dl.DownloadError) as e:
        dl.download('kaggle_house_train', cache)
    message = str(e.value)
    assert f'downloaded from {server.url}{TRAIN} is not the expected {TRAIN}' in message
    assert 'its SHA-256 is' in message and dl.DATA_HUB['kaggle_house_train'][2] in message
    assert 'Nothing was saved' in message
    assert files_in(cache) == []
    assert_says_how_to_do_it_by_hand(message, cache)


def test_connection_dropped_mid_file_leaves_nothing(source, serve, cache):
    serve(source, truncate_body=True)
    with pytest.raises(dl.DownloadError) as e:
        dl.download('kaggle_house_train', cache)
    assert 'broke off after 230,338 of 460,676 bytes' in str(e.value)
    assert files_in(cache) == []


def test_not_found(serve, cache, tmp_path):
    empty = tmp_path / 'empty'
    empty.mkdir()
    server = serve(empty)
    with pytest.raises(dl.DownloadError) as e:
        dl.download('kaggle_house_test', cache)
    message = str(e.value)
    assert f'{server.url}{TEST} answered HTTP 404' in message
    assert files_in(cache) == []
    assert_says_how_to_do_it_by_hand(message, cache)


def test_no_server(cache):
    url = os.environ[dl.URL_ENV]  # the closed port the guard fixture chose
    with pytest.raises(dl.DownloadError) as e:
        dl.download('kaggle_house_train', cache)
    message = str(e.value)
    assert f'Could not download {TRAIN} from {url}{TRAIN}' in message
    assert 'refused' in message.lower()
    assert files_in(cache) == []
    assert_says_how_to_do_it_by_hand(message, cache)


def assert_says_how_to_do_it_by_hand(message, cache):
    """The error names both files, the exact folder, where to get them, and the --from route."""
    assert f'    {TRAIN}   (SHA-256 {dl.DATA_HUB["kaggle_house_train"][2]})' in message
    assert f'    {TEST}   (SHA-256 {dl.DATA_HUB["kaggle_house_test"][2]})' in message
    assert f'into the folder\n    {cache.resolve()}\n' in message
    assert 'http://d2l-data.s3-accelerate.amazonaws.com/' in message
    assert 'https://github.com/d2l-ai/d2l-zh/tree/v1/data' in message
    assert 'python -m d2lzh_local --from DIR' in message


# --- a learner's file is never replaced -------------------------------------------------------

@pytest.mark.parametrize('content', ['crlf', 'half', 'empty'])
def test_learner_file_that_fails_the_check_is_left_alone(source, serve, cache, content):
    raw = (source / TRAIN).read_bytes()
    mine = {'crlf': raw.replace(b'\n', b'\r\n'),  # re-saved on Windows, say
            'half': raw[: len(raw) // 2], 'empty': b''}[content]
    cache.mkdir(parents=True)
    (cache / TRAIN).write_bytes(mine)
    server = serve(source)
    with pytest.raises(dl.DownloadError) as e:
        dl.download('kaggle_house_train', cache)
    message = str(e.value)
    assert f'{cache / TRAIN} is there, but it is not the expected {TRAIN}' in message
    assert 'left untouched (neither overwritten nor deleted)' in message
    assert (cache / TRAIN).read_bytes() == mine
    assert server.requests == []  # not even downloaded
    assert files_in(cache) == [TRAIN]


def test_file_appearing_during_the_download_is_not_overwritten(source, serve, cache):
    """A learner copies a file in while the download runs: the download must not replace it."""
    mine = b'Id,SalePrice\n1,100\n'
    serve(source, on_request=lambda path: (cache / TRAIN).write_bytes(mine))
    with pytest.raises(dl.DownloadError, match='left untouched'):
        dl.download('kaggle_house_train', cache)
    assert (cache / TRAIN).read_bytes() == mine
    assert files_in(cache) == [TRAIN]


def test_good_file_appearing_during_the_download_is_fine(source, serve, cache):
    """Two downloads at once (two notebooks, say): the second finds the first's good file."""
    serve(source, on_request=lambda path: shutil.copy(source / TRAIN, cache / TRAIN))
    assert dl.download('kaggle_house_train', cache).read_bytes() == (source / TRAIN).read_bytes()
    assert files_in(cache) == [TRAIN]


# --- --from: filling the cache without a network ----------------------------------------------
# In this process through main(), as `python -m d2lzh_local` calls it; the last two tests
# run the command itself (slower: it imports MXNet with the package).

def cli(capsys, *args):
    """(exit status, stdout, stderr) of `python -m d2lzh_local ARGS`, run in process."""
    status = dl.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_from_folder_fills_the_cache(source, cache, capsys):
    status, out, err = cli(capsys, '--from', source, '--cache', cache)
    assert status == 0, err
    assert files_in(cache) == sorted([TRAIN, TEST])
    for f in (TRAIN, TEST):
        assert sha256(cache / f) == sha256(source / f)
        assert f'{cache.resolve() / f}: copied (SHA-256 checked)' in out
    status, out, err = cli(capsys, '--from', source, '--cache', cache)
    assert status == 0 and out.count('already there') == 2


def test_from_folder_with_a_bad_file_copies_nothing(source, cache, tmp_path, capsys):
    folder = tmp_path / 'from'
    folder.mkdir()
    shutil.copy(source / TRAIN, folder / TRAIN)
    (folder / TEST).write_bytes((source / TEST).read_bytes()[:-10])
    status, out, err = cli(capsys, '--from', folder, '--cache', cache)
    assert status == 1
    assert f'{(folder / TEST).resolve()} is not the expected {TEST}' in err
    assert 'Nothing was copied' in err
    assert files_in(cache) == []


def test_from_folder_missing_file_or_folder(source, cache, tmp_path, capsys):
    folder = tmp_path / 'from'
    folder.mkdir()
    shutil.copy(source / TRAIN, folder / TRAIN)
    status, out, err = cli(capsys, '--from', folder, '--cache', cache)
    assert status == 1 and f'{TEST} is not in {folder.resolve()}' in err
    status, out, err = cli(capsys, '--from', tmp_path / 'nowhere', '--cache', cache)
    assert status == 1 and 'no such folder' in err
    assert files_in(cache) == []


def test_from_folder_leaves_a_learner_file_alone(source, cache, capsys):
    cache.mkdir(parents=True)
    (cache / TEST).write_bytes(b'my own notes')
    status, out, err = cli(capsys, '--from', source, '--cache', cache)
    assert status == 1 and 'left untouched' in err
    assert (cache / TEST).read_bytes() == b'my own notes'


def test_cli_download_from_a_server(source, serve, cache, capsys):
    server = serve(source)
    status, out, err = cli(capsys, '--cache', cache)
    assert status == 0, err
    assert files_in(cache) == sorted([TRAIN, TEST])
    assert server.requests == ['/' + TRAIN, '/' + TEST]


def test_cli_unknown_name(cache, capsys):
    status, out, err = cli(capsys, 'kaggle_house', '--cache', cache)
    assert status == 1 and "'kaggle_house' is not a data set of DATA_HUB" in err


def run_module(*args, cwd):
    """The command itself, in a new process (D2L_DATA_URL: the guard's closed port)."""
    return subprocess.run([sys.executable, '-m', 'd2lzh_local', *map(str, args)],
                          cwd=cwd, env=dict(os.environ), capture_output=True, text=True,
                          timeout=300)


def test_command_from_a_relative_folder(source, cache, tmp_path):
    """As `make test` runs it from the repository: `python -m d2lzh_local --from
    ../shared/data/kaggle-house`."""
    r = run_module('--from', os.path.relpath(source, tmp_path), '--cache', cache, cwd=tmp_path)
    assert r.returncode == 0 and r.stderr == '', r.stderr  # no warning either
    assert files_in(cache) == sorted([TRAIN, TEST])


def test_command_without_a_network_says_what_to_do(cache, tmp_path):
    r = run_module('--cache', cache, cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith(f'error: Could not download {TRAIN}')
    assert 'python -m d2lzh_local --from DIR' in r.stderr
    assert files_in(cache) == []


def test_the_cache_and_submissions_are_never_committed():
    """The Kaggle files may not be redistributed: their folder is git-ignored, as are the
    submission files the capstone writes next to it."""
    ignored = (ROOT / '.gitignore').read_text().splitlines()
    assert '/data/kaggle-house/' in ignored
    assert dl.DATA_DIR / 'kaggle-house' == ROOT / 'data' / 'kaggle-house'
    # in either edition's folder (a lesson writes where it runs): git agrees, and has none
    for folder in ('notebooks', 'notebooks/zh'):
        check = subprocess.run(['git', 'check-ignore', '-q', f'{folder}/submission-x.csv'],
                               cwd=ROOT)
        assert check.returncode == 0, f'{folder}/submission*.csv is not git-ignored'
    tracked = subprocess.run(['git', 'ls-files', 'notebooks'], cwd=ROOT, capture_output=True,
                             text=True).stdout.split()
    assert not [t for t in tracked if t.endswith('.csv')], tracked
