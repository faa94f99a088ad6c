"""The public CI workflow is valid (checked against the GitHub workflow schema that
check-jsonschema ships, offline) and runs the rows of the platform table this machine cannot."""
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
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
    assert matrix['python'] == lock.PYTHONS
    assert any(step.get('run') == 'bash .ci/run' for step in jobs['ci']['steps'])
    rosetta = jobs['apple-silicon-rosetta']
    setup = next(s for s in rosetta['steps'] if s.get('uses', '').startswith('actions/setup-python'))
    assert setup['with']['architecture'] == 'x64' and rosetta['runs-on'].startswith('macos')
