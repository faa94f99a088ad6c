import os

import matplotlib
import pytest

import learner_files

matplotlib.use('Agg')  # unit tests draw without a screen
os.environ.pop('D2L_SEED', None)  # tests choose their own seeds


def is_xdist_worker(config):
    return hasattr(config, 'workerinput')


def pytest_sessionstart(session):
    if not is_xdist_worker(session.config):
        session.config.stash[BEFORE] = learner_files.snapshot()


def pytest_sessionfinish(session, exitstatus):
    """After every test, on every worker, has run: the learner's files are as they were."""
    if is_xdist_worker(session.config) or BEFORE not in session.config.stash:
        return
    found = learner_files.changes(session.config.stash[BEFORE], learner_files.snapshot())
    if found:
        reporter = session.config.pluginmanager.get_plugin('terminalreporter')
        message = ('the test run changed files under notebooks/ or data/ (if you were editing '
                   'them meanwhile, run the tests again):\n  ' + '\n  '.join(found))
        if reporter:
            reporter.ensure_newline()
            reporter.write_sep('=', 'learner files changed', red=True)
            reporter.write_line(message)
        else:
            print(message)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


BEFORE = pytest.StashKey()
