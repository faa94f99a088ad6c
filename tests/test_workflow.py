"""The public CI workflow (.github/workflows/test.yml) is valid (checked against the GitHub workflow
schema that check-jsonschema ships, offline), runs the rows of the platform table this machine
cannot, and its Linux steps pass here: the `learners` job's `run:` lines, as the file has them, in
a fresh copy of the work tree with this machine's Python (which GitHub's setup-python gives)."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from support import HOUSE_DATA, ROOT, Server, unavailable, work_tree_copy

WORKFLOW = ROOT / '.github' / 'workflows' / 'test.yml'
# The runner for each row of the README's platform table (tools/lock.py PLATFORMS).
RUNNERS = {'Windows x86-64': 'windows-latest', 'macOS x86-64': 'macos-15-intel',
           'Linux x86-64': 'ubuntu-24.04', 'Linux aarch64': 'ubuntu-24.04-arm'}


def test_workflow_matches_the_github_schema():
    run = subprocess.run([str(Path(sys.executable).parent / 'check-jsonschema'), '--builtin-schema',
                          'vendor.github-workflows', str(WORKFLOW)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_runs_every_platform_row_and_the_project_ci():
    sys.path.insert(0, str(ROOT / 'tools'))
    import lock
    assert set(RUNNERS) == set(lock.PLATFORMS)
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding='utf-8'))['jobs']
    matrix = jobs['learners']['strategy']['matrix']
    assert sorted(matrix['os']) == sorted(RUNNERS.values())
    # the Pythons are course.py's, printed by the job it needs
    assert matrix['python'] == '${{ fromJSON(needs.pythons.outputs.list) }}'
    assert jobs['learners']['needs'] == 'pythons'
    assert jobs['pythons']['steps'][-1]['run'] == \
        'echo "list=$(python3 course.py pythons)" >> "$GITHUB_OUTPUT"'
    assert any(step.get('run') == 'bash .ci/run' for step in jobs['ci']['steps'])
    rosetta = jobs['apple-silicon-rosetta']
    setup = next(s for s in rosetta['steps'] if s.get('uses', '').startswith('actions/setup-python'))
    assert setup['with']['architecture'] == 'x64' and rosetta['runs-on'].startswith('macos')


@pytest.mark.slow
@pytest.mark.minutes(4)
def test_the_learners_steps_pass_in_a_fresh_clone(tmp_path):
    """What GitHub's Linux rows run, run here: set up from nothing, doctor, then the tests. Lesson
    13's data comes from the house-price files beside the repository, served on 127.0.0.1 in the
    place of the book's data host, from which the runners download it."""
    steps = [step['run'] for step in yaml.safe_load(WORKFLOW.read_text(encoding='utf-8'))
             ['jobs']['learners']['steps'] if 'run' in step]
    assert steps and not any('${{' in run for run in steps), steps
    if not (HOUSE_DATA / 'kaggle_house_pred_train.csv').is_file():
        unavailable(f'the house-price files are not in {HOUSE_DATA}')
    clone = work_tree_copy(tmp_path / 'clone')
    bin_dir = tmp_path / 'bin'  # `python` is this test's Python itself, outside its environment
    bin_dir.mkdir()
    (bin_dir / 'python').symlink_to(getattr(sys, '_base_executable', sys.executable))
    env = {k: v for k, v in os.environ.items()
           if k not in ('VIRTUAL_ENV', 'PYTHONPATH', 'PYTHONHOME') and not k.startswith('D2L_')}
    env['PATH'] = f'{bin_dir}{os.pathsep}{env["PATH"]}'
    server = Server(HOUSE_DATA)
    env['D2L_DATA_URL'] = server.url
    try:
        for run in steps:
            start = time.time()
            done = subprocess.run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', run],
                                  cwd=clone, env=env, capture_output=True, text=True,
                                  timeout=3600)
            print(f'{run.strip()}: exit {done.returncode} after {time.time() - start:.0f} s')
            assert done.returncode == 0, (f'the workflow step\n{run}\nfailed here:\n'
                                          + done.stdout[-6000:] + done.stderr[-3000:])
    finally:
        server.close()
    assert server.requests, 'lesson 13 was never downloaded: the step did not fill the cache'
