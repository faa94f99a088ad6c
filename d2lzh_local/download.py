"""Data sets the course does not ship, fetched as the book's helpers fetch them (d2l's DATA_HUB and
download): once, from the book's data host (D2L_DATA_URL replaces it: a mirror, or the tests' local
server), into data/ of the repository, and checked.

    python -m d2lzh_local                 # download every data set of DATA_HUB
    python -m d2lzh_local --from DIR      # no network: copy them from a folder, checked

A file is written under a temporary name beside its destination and takes its name only once its
SHA-256 matches, so an interrupted or damaged download leaves nothing behind. A file already in
the cache that fails the check is never overwritten or deleted: the error says so.
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
DATA_DIR = Path(__file__).resolve().parent.parent / 'data'  # the repository's, from anywhere
# name: (folder under data/, file name, SHA-256)
DATA_HUB = {
    'kaggle_house_train': ('kaggle-house', 'kaggle_house_pred_train.csv',
                           '1e18addf81e5e4d347cc17ee6075bbe4a42b7fa26b9e5b063e8f692a5f929d41'),
    'kaggle_house_test': ('kaggle-house', 'kaggle_house_pred_test.csv',
                          '8fdd3d829d4d986b58f845c9553b225e67dd8383624d90fb6ca1d4bed5798c1e'),
}
MIRRORS = {'kaggle-house': 'https://github.com/d2l-ai/d2l-zh/tree/v1/data'}  # the same bytes
TIMEOUT = 60  # seconds without an answer from the server before giving up


class DownloadError(OSError):
    """A data file could not be obtained, or the file in the cache is not the expected one."""


def base_url():
    url = os.environ.get(URL_ENV) or DATA_URL
    return url if url.endswith('/') else url + '/'


def _entry(name):
    if name not in DATA_HUB:
        raise KeyError(f'{name!r} is not a data set of DATA_HUB: {", ".join(sorted(DATA_HUB))}')
    return DATA_HUB[name]


def check_file(path, name):
    """None if the file at path is the data set's file, else why not (in words)."""
    expected = _entry(name)[2]
    if not Path(path).is_file():
        return f'{path} is not a file'
    with open(path, 'rb') as f:
        got = hashlib.file_digest(f, 'sha256').hexdigest()
    return None if got == expected else \
        f'its SHA-256 is {got}, expected {expected} ({Path(path).stat().st_size:,} bytes)'


def by_hand(name, cache_dir):
    """How to put a data set's files in place without this download."""
    folder = _entry(name)[0]
    listing = '\n'.join(f'    {f}   (SHA-256 {sha})' for d, f, sha in DATA_HUB.values()
                        if d == folder)
    sources = [f"the book's data host, {DATA_URL}<file name> (in a browser, or on another machine)"]
    sources += [f"the book's repository, {MIRRORS[folder]}"] if folder in MIRRORS else []
    return (f'To put the files there by hand, copy\n{listing}\ninto the folder\n'
            f'    {Path(cache_dir).resolve()}\nGet them from ' + ', or from '.join(sources)
            + '. With the files in a folder DIR, `python -m d2lzh_local --from DIR` checks them '
            'and copies them there.')


def _destination(name, cache_dir):
    folder, file_name, _ = _entry(name)
    return Path(cache_dir if cache_dir is not None else DATA_DIR / folder) / file_name


def _cached(dest, name):
    """True if dest holds the data set's file, False if there is none; raises if it holds another."""
    if not (dest.exists() or dest.is_symlink()):
        return False
    problem = check_file(dest, name)
    if problem:
        raise DownloadError(
            f'{dest} is there, but it is not the expected {dest.name}: {problem}; an interrupted '
            'copy, another version, or a file edited or re-saved (by a spreadsheet, say). It was '
            'left untouched (neither overwritten nor deleted). If you put it there, replace it '
            "with the book's file; to download it again, move it away or delete it, then run "
            'again.\n' + by_hand(name, dest.parent))
    return True


def _save(dest, name, fill, what):
    """fill(f) writes the file into a temporary file beside dest; once checked, it takes dest's
    name, unless a file of that name appeared meanwhile (a learner's file is never replaced)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f'.{dest.name}.{secrets.token_hex(4)}.part')
    try:
        with open(tmp, 'xb') as f:
            fill(f)
        problem = check_file(tmp, name)
        if problem:
            raise DownloadError(f'{what} is not the expected {dest.name}: {problem} (truncated, '
                                'damaged, or another file). Nothing was saved.\n'
                                + by_hand(name, dest.parent))
        try:
            os.link(tmp, dest)  # fails if dest exists: no moment in which it could be replaced
        except FileExistsError:
            _cached(dest, name)
        except OSError:  # a file system without hard links
            if not _cached(dest, name):
                os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def download(name, cache_dir=None):
    """Download a file of DATA_HUB into the cache (data/<folder>/ of the repository, or
    cache_dir) unless it is there already, check it, and return its path."""
    dest = _destination(name, cache_dir)
    if _cached(dest, name):
        return dest  # silent, as in the book
    url = base_url() + dest.name
    print(f'Downloading {dest.name} from {url} into {dest.parent} ...', flush=True)

    def fill(f):
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
                shutil.copyfileobj(response, f)
                announced = response.headers.get('Content-Length', '')
        except urllib.error.HTTPError as e:
            raise DownloadError(f'Could not download {dest.name}: {url} answered HTTP {e.code} '
                                f'({e.reason}).\n' + by_hand(name, dest.parent)) from None
        except urllib.error.URLError as e:
            raise DownloadError(f'Could not download {dest.name} from {url}: {e.reason} (no '
                                'network, or the host is unreachable).\n'
                                + by_hand(name, dest.parent)) from None
        except (http.client.HTTPException, OSError) as e:  # a connection reset, a time-out
            raise DownloadError(f'The download of {dest.name} from {url} broke off '
                                f'({type(e).__name__}: {e}). Nothing was saved.\n'
                                + by_hand(name, dest.parent)) from None
        if announced.isdigit() and int(announced) != f.tell():  # the server hung up early
            raise DownloadError(f'The download of {dest.name} from {url} broke off after '
                                f'{f.tell():,} of {int(announced):,} bytes. Nothing was saved.\n'
                                + by_hand(name, dest.parent))

    _save(dest, name, fill, f'The file downloaded from {url}')
    print(f'  saved {dest} ({dest.stat().st_size:,} bytes, SHA-256 checked)', flush=True)
    return dest


def fill_from(folder, names=None, cache_dir=None):
    """Copy the files of the given data sets (default: all of DATA_HUB) from a folder into the
    cache, every source checked before anything is copied; return {name: 'copied' or 'already
    there'}."""
    folder, names = Path(folder), list(DATA_HUB) if names is None else list(names)
    if not folder.is_dir():
        raise DownloadError(f'--from {folder}: no such folder')
    for name in names:
        src = folder / _entry(name)[1]
        if not src.is_file():
            raise DownloadError(f'{src.name} is not in {folder.resolve()}')
        problem = check_file(src, name)
        if problem:
            raise DownloadError(f'{src.resolve()} is not the expected {src.name}: {problem}. '
                                'Nothing was copied.')
    done = {}
    for name in names:
        dest, src = _destination(name, cache_dir), folder / _entry(name)[1]
        if _cached(dest, name):
            done[name] = 'already there'
            continue
        with open(src, 'rb') as source:
            _save(dest, name, lambda f: shutil.copyfileobj(source, f), f'The copy of {src}')
        done[name] = 'copied'
    return done


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog='python -m d2lzh_local',
        description="Fill the data cache (data/ of the repository): download the data sets of "
                    "DATA_HUB from the book's data host, or copy them from a folder; every file is "
                    'checked against its SHA-256.')
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
            for name, how in fill_from(args.source, names, args.cache).items():
                print(f'{_destination(name, args.cache).resolve()}: {how} (SHA-256 checked)')
        else:
            for name in names:
                print(f'{download(name, args.cache).resolve()}: ok (SHA-256 checked)')
    except (DownloadError, KeyError) as e:
        print(f'error: {e.args[0] if isinstance(e, KeyError) else e}', file=sys.stderr)
        return 1
    return 0
