import os
import sys

import matplotlib
import pytest

import learner_files
import support

sys.path.insert(0, str(support.ROOT / 'tools'))
import notebooks  # noqa: E402

matplotlib.use('Agg')  # unit tests draw without a screen
os.environ.pop('D2L_SEED', None)  # tests choose their own seeds


def is_xdist_worker(config):
    return hasattr(config, 'workerinput')


@pytest.hookimpl(trylast=True)  # after -m has left out what it leaves out
def pytest_collection_modifyitems(config, items):
    """Each lesson runs once: in JupyterLab, by the browser test, where the browser can run
    here; otherwise under nbval (cells run in a kernel, the self-check included). The longest
    tests (@pytest.mark.minutes(N)) go first, so that the others run beside them."""
    items.sort(key=lambda item: -max([m.args[0] for m in item.iter_markers('minutes')],
                                     default=0))
    in_browser = {item.callspec.params['lesson'] for item in items
                  if getattr(item, 'originalname', '') == 'test_lesson_runs_all_cells_in_jupyterlab'}
    if not in_browser or support.browser_missing():
        return
    again = [item for item in items
             if item.path.suffix == '.ipynb' and notebooks.name(item.path) in in_browser]
    if again:
        config.hook.pytest_deselected(items=again)
        items[:] = [item for item in items if item not in again]


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
