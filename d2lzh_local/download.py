"""Data sets the course does not ship, fetched the way the book's helpers fetch them (d2l's
DATA_HUB and download): once, from the book's data host, checked, and cached in data/ of the
repository.

    python -m d2lzh_local                 # download every data set of DATA_HUB
    python -m d2lzh_local --from DIR      # no network: copy them from a folder, checked

A file is kept only if both its SHA-1 (the checksum the book's helpers use) and its SHA-256 match.
A download is written to a temporary file next to its destination and published under its name
only once checked, so an interrupted or corrupt download leaves nothing behind. A file already in
the cache that fails its check is never overwritten or deleted: the error says so.

The environment variable D2L_DATA_URL replaces the book's data host (tests point it at a local
server; a mirror works too).
"""
import argparse
import hashlib
import http.client
import os
import secrets
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

DATA_URL = 'http://d2l-data.s3-accelerate.amazonaws.com/'
URL_ENV = 'D2L_DATA_URL'
REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / 'data'  # the repository's data/, found from any working directory

# name: (folder under data/, file name, SHA-1 as the book's helpers check it, SHA-256)
DATA_HUB = {
    'kaggle_house_train': ('kaggle-house', 'kaggle_house_pred_train.csv',
                           '585e9cc93e70b39160e7921475f9bcd7d31219ce',
                           '1e18addf81e5e4d347cc17ee6075bbe4a42b7fa26b9e5b063e8f692a5f929d41'),
    'kaggle_house_test': ('kaggle-house', 'kaggle_house_pred_test.csv',
                          'fa19780a7b011d9b009e8bff8e99922a8ee2eb90',
                          '8fdd3d829d4d986b58f845c9553b225e67dd8383624d90fb6ca1d4bed5798c1e'),
}

# Where else a learner can get the files by hand (the same bytes: the book's own repository).
MIRRORS = {'kaggle-house': 'https://github.com/d2l-ai/d2l-zh/tree/v1/data'}

TIMEOUT = 60  # seconds without an answer from the server before giving up


class DownloadError(OSError):
    """A data file could not be obtained, or the file in the cache is not the expected one."""


def base_url():
    """The data host: D2L_DATA_URL if set, else the book's; always ending in '/'."""
    url = os.environ.get(URL_ENV) or DATA_URL
    return url if url.endswith('/') else url + '/'


def _entry(name):
    if name not in DATA_HUB:
        raise KeyError(f'{name!r} is not a data set of DATA_HUB: {", ".join(sorted(DATA_HUB))}')
    return DATA_HUB[name]


def _shown(path):
    """A path as a message shows it: relative to the repository if inside it."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def _digests(path):
    with open(path, 'rb') as f:
        sha1, sha256 = hashlib.sha1(), hashlib.sha256()
        for block in iter(lambda: f.read(1 << 20), b''):
            sha1.update(block)
            sha256.update(block)
    return sha1.hexdigest(), sha256.hexdigest()


def check_file(path, name):
    """None if the file at path is the data set's file, else why not (in words)."""
    _, file_name, sha1, sha256 = _entry(name)
    path = Path(path)
    if not path.is_file():
        return f'{path} is not a file'
    got1, got256 = _digests(path)
    if got1 != sha1:
        return f'its SHA-1 is {got1}, expected {sha1} ({path.stat().st_size:,} bytes)'
    if got256 != sha256:
        return f'its SHA-1 matches but its SHA-256 is {got256}, expected {sha256}'
    return None


def by_hand(name, cache_dir):
    """How to put a data set's files in place without this download."""
    folder = _entry(name)[0]
    files = [(f, s1) for d, f, s1, _ in DATA_HUB.values() if d == folder]
    listing = '\n'.join(f'    {f}   (SHA-1 {s1})' for f, s1 in files)
    sources = [f'the book\'s data host, {DATA_URL}<file name> (in a browser, or on another '
               'machine)']
    if folder in MIRRORS:
        sources.append(f'the book\'s repository, {MIRRORS[folder]}')
    return (f'To put the files there by hand, copy\n{listing}\ninto the folder\n'
            f'    {Path(cache_dir).resolve()}\n'
            'Get them from ' + ', or from '.join(sources) + '. With the files in a folder DIR, '
            f'`python -m d2lzh_local --from DIR` checks them and copies them there.')


def _publish(tmp, dest, name):
    """Give the checked temporary file its name, unless a file of that name appeared meanwhile:
    a learner's file is never replaced."""
    try:
        os.link(tmp, dest)  # fails if dest exists: no window in which it could be overwritten
    except FileExistsError:
        problem = check_file(dest, name)
        if problem:
            raise DownloadError(_not_overwritten(dest, name, problem)) from None
    except OSError:  # a file system without hard links
        if dest.exists():
            problem = check_file(dest, name)
            if problem:
                raise DownloadError(_not_overwritten(dest, name, problem)) from None
        else:
            os.replace(tmp, dest)


def _not_overwritten(dest, name, problem):
    return (f'{dest} is there, but it is not the expected {_entry(name)[1]}: {problem}; an '
            'interrupted copy, another version, or a file edited or re-saved (by a spreadsheet, '
            'say). It was left untouched (neither overwritten nor deleted). If you put it there, '
            'replace it with the book\'s file; to download it again, move it away or delete it, '
            'then run again.\n' + by_hand(name, dest.parent))


def _temp_file(folder, file_name):
    """A new, hidden temporary file next to the destination, with the permissions an ordinary
    file gets (mkstemp's are owner-only): (file descriptor, path)."""
    while True:
        tmp = Path(folder) / f'.{file_name}.{secrets.token_hex(4)}.part'
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, 'O_BINARY', 0),
                           0o666), tmp
        except FileExistsError:
            continue


def _cache_dir(name, cache_dir):
    return Path(cache_dir) if cache_dir is not None else DATA_DIR / _entry(name)[0]


def _cached(name, dest):
    """True if dest holds the data set's file; raise if it holds another file; False if absent."""
    if not (dest.exists() or dest.is_symlink()):
        return False
    problem = check_file(dest, name)
    if problem:
        raise DownloadError(_not_overwritten(dest, name, problem))
    return True


def download(name, cache_dir=None):
    """Download a file of DATA_HUB into the cache (data/<folder>/ of the repository, or
    cache_dir) unless it is there already, check it, and return its path."""
    file_name = _entry(name)[1]
    cache_dir = _cache_dir(name, cache_dir)
    dest = cache_dir / file_name
    if _cached(name, dest):
        return dest  # hit the cache: no network
    url = base_url() + file_name
    cache_dir.mkdir(parents=True, exist_ok=True)
    print(f'Downloading {file_name} from {url} into {_shown(cache_dir)}/ ...', flush=True)
    fd, tmp = _temp_file(cache_dir, file_name)
    try:
        try:
            with os.fdopen(fd, 'wb') as f, urllib.request.urlopen(url, timeout=TIMEOUT) as r:
                shutil.copyfileobj(r, f)
                f.flush()
                os.fsync(f.fileno())
                announced, received = r.headers.get('Content-Length', ''), f.tell()
        except urllib.error.HTTPError as e:
            raise DownloadError(f'Could not download {file_name}: {url} answered HTTP {e.code} '
                                f'({e.reason}).\n' + by_hand(name, cache_dir)) from None
        except urllib.error.URLError as e:
            raise DownloadError(f'Could not download {file_name} from {url}: {e.reason} (no '
                                'network, or the host is unreachable).\n'
                                + by_hand(name, cache_dir)) from None
        except (http.client.HTTPException, OSError) as e:  # a connection reset, a time-out
            raise DownloadError(f'The download of {file_name} from {url} broke off '
                                f'({type(e).__name__}: {e}). Nothing was saved.\n'
                                + by_hand(name, cache_dir)) from None
        if announced.isdigit() and int(announced) != received:  # the server hung up early
            raise DownloadError(f'The download of {file_name} from {url} broke off after '
                                f'{received:,} of {int(announced):,} bytes. Nothing was '
                                'saved.\n' + by_hand(name, cache_dir))
        problem = check_file(tmp, name)
        if problem:
            raise DownloadError(f'The file downloaded from {url} is not the expected '
                                f'{file_name}: {problem} (truncated, damaged, or another '
                                'file). Nothing was saved.\n' + by_hand(name, cache_dir))
        _publish(tmp, dest, name)
    finally:
        tmp.unlink(missing_ok=True)
    print(f'  saved {_shown(dest)} ({dest.stat().st_size:,} bytes, SHA-1 and SHA-256 checked)',
          flush=True)
    return dest


def fill_from(folder, names=None, cache_dir=None):
    """Copy the files of the given data sets (default: all of DATA_HUB) from a folder into the
    cache, each checked first; return {name: 'copied' or 'already there'}. Raises DownloadError,
    having copied nothing more, at the first file that is missing or fails its check."""
    folder = Path(folder)
    names = list(DATA_HUB) if names is None else list(names)
    if not folder.is_dir():
        raise DownloadError(f'--from {folder}: no such folder')
    for name in names:  # check every source before copying anything
        src = folder / _entry(name)[1]
        if not src.is_file():
            raise DownloadError(f'{_entry(name)[1]} is not in {folder.resolve()}')
        problem = check_file(src, name)
        if problem:
            raise DownloadError(f'{src.resolve()} is not the expected {_entry(name)[1]}: '
                                f'{problem}. Nothing was copied.')
    done = {}
    for name in names:
        file_name = _entry(name)[1]
        target_dir = _cache_dir(name, cache_dir)
        dest = target_dir / file_name
        if _cached(name, dest):
            done[name] = 'already there'
            continue
        target_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temp_file(target_dir, file_name)
        try:
            with os.fdopen(fd, 'wb') as f, open(folder / file_name, 'rb') as src:
                shutil.copyfileobj(src, f)
                f.flush()
                os.fsync(f.fileno())
            problem = check_file(tmp, name)  # the copy, not only the source
            if problem:
                raise DownloadError(f'copying {file_name} into {target_dir} failed: {problem}')
            _publish(tmp, dest, name)
        finally:
            tmp.unlink(missing_ok=True)
        done[name] = 'copied'
    return done


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog='python -m d2lzh_local',
        description='Fill the data cache (data/ of the repository): download the data sets of '
                    'DATA_HUB from the book\'s data host, or copy them from a folder; every file '
                    'is checked against its SHA-1 and SHA-256.')
    parser.add_argument('names', nargs='*', help=f'data sets (default: all: {", ".join(DATA_HUB)})')
    parser.add_argument('--from', dest='source', type=Path, metavar='DIR',
                        help='copy the files from this folder instead of downloading them')
    parser.add_argument('--cache', type=Path, metavar='DIR',
                        help='cache folder (default: data/<folder>/ of the repository)')
    args = parser.parse_args(argv)
    names = args.names or list(DATA_HUB)
    try:
        for name in names:
            _entry(name)
        if args.source is not None:
            done = fill_from(args.source, names, args.cache)
            for name, how in done.items():
                dest = _cache_dir(name, args.cache) / _entry(name)[1]
                print(f'{_shown(dest)}: {how} (SHA-1 and SHA-256 checked)')
        else:
            for name in names:
                dest = download(name, args.cache)
                print(f'{_shown(dest)}: ok (SHA-1 and SHA-256 checked)')
    except (DownloadError, KeyError) as e:
        print(f'error: {e.args[0] if isinstance(e, KeyError) else e}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
