"""What several test modules share: where the repository is, what to do when this machine lacks
something a test needs, and a copy of the work tree as a fresh clone would have it."""
import http.server
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The project's CI (.ci/run) sets D2L_CI=1: it installs Chromium and a CJK font and has the
# house-price files beside the repository, so a test that would skip for their absence fails.
IN_CI = os.environ.get('D2L_CI') == '1'
# Debian's Chromium, which the browser tests drive (tests/test_browser.py).
CHROMIUM = Path(os.environ.get('D2L_CHROMIUM', '/usr/bin/chromium'))
# Lesson 13's house-price files, for tests and CI only (never committed).
HOUSE_DATA = Path(os.environ.get('D2L_KAGGLE_HOUSE_SOURCE',
                                 ROOT.parent / 'shared' / 'data' / 'kaggle-house'))


def unavailable(why):
    """Skip, saying why and how to get what is missing; in the project's CI, fail."""
    if IN_CI:
        pytest.fail(f'{why} (D2L_CI=1: .ci/run provides it, so its absence is a failure)',
                    pytrace=False)
    pytest.skip(why)


def browser_missing():
    """Why the browser tests cannot run on this machine, or None if they can."""
    if not CHROMIUM.exists():
        return f'{CHROMIUM} not found'
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return 'the playwright package is not installed'
    return None


def work_tree_copy(target, without=()):
    """The tracked files of the work tree and its new, unignored ones (as they are now, committed
    or not), copied to target as a fresh clone would have them; top-level folders in `without`
    left out."""
    listing = subprocess.run(['git', 'ls-files', '--cached', '--others', '--exclude-standard',
                              '-z'], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in filter(None, listing.stdout.split('\0')):
        if (ROOT / name).is_file() and name.split('/')[0] not in without:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


class Server:
    """http.server in a thread on 127.0.0.1, serving a folder; it records the paths requested.
    `truncate_body` makes it announce the full length but send only half of each file, then
    hang up; `on_request` runs before each answer."""

    def __init__(self, folder, truncate_body=False, on_request=None):
        self.requests, self.folder = [], Path(folder)
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.folder), **kwargs)

            def do_GET(self):
                server.requests.append(self.path)
                if on_request:
                    on_request(self.path)
                if not truncate_body:
                    return super().do_GET()
                body = (server.folder / self.path.lstrip('/')).read_bytes()
                self.send_response(200)
                self.send_header('Content-Length', str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.close_connection = True

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.url = f'http://127.0.0.1:{self.httpd.server_address[1]}/'
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)
