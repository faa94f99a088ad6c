"""Binder builds the course from environment.yml, and the build would work.

repo2docker (the tool Binder runs) prints the Dockerfile it would build, without Docker. From it:
the conda buildpack is picked, for Python 3.11, and the environment is installed only after the
whole repository is in the image (environment.yml's pip section refers to local files:
`-r requirements.txt` and `-e .`). repo2docker's mamba runs pip in environment.yml's folder, from
a requirements file it writes there; that step is then replayed here, offline, with pip's
resolver against this environment (which holds exactly the pins): every path resolves, the pins
are consistent with each other and with the helper package, and pip would install it.

The README's Binder badge opens JupyterLab at the contents notebook.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
REPO = 'd2l-basics/d2l-basics'
BADGE = re.compile(r'\[!\[Binder\]\(https://mybinder\.org/badge_logo\.svg\)\]\((?P<url>[^)\s]+)\)')


def repo2docker():
    for candidate in (Path(sys.executable).parent / 'jupyter-repo2docker',
                      ROOT / '.venv' / 'bin' / 'jupyter-repo2docker'):
        if candidate.exists():
            return str(candidate)
    pytest.fail('jupyter-repo2docker not found: `make test` installs it (requirements-test.txt)')


@pytest.fixture(scope='module')
def dockerfile():
    # Binder builds as uid 1000 (jovyan); the default, the current user, would be root here.
    run = subprocess.run([repo2docker(), '--no-build', '--debug', '--user-id', '1000',
                          '--user-name', 'jovyan', str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr + run.stdout
    return run.stdout + run.stderr


@pytest.fixture(scope='module')
def environment():
    return yaml.safe_load((ROOT / 'environment.yml').read_text(encoding='utf-8'))


def pip_section(environment):
    sections = [d['pip'] for d in environment['dependencies'] if isinstance(d, dict) and 'pip' in d]
    assert len(sections) == 1, 'environment.yml should have one pip: section'
    return sections[0]


def test_binder_uses_conda_with_python_311(dockerfile, environment):
    assert 'Building conda environment for python=3.11' in dockerfile
    assert '/envs/kernel' not in dockerfile  # one environment: the kernel is the server's
    assert 'python=3.11' in environment['dependencies']
    assert 'pip' in environment['dependencies']
    assert not (ROOT / 'runtime.txt').exists(), (
        'runtime.txt is ignored by Binder when environment.yml exists: pin Python there')
    for folder in ('binder', '.binder'):
        assert not (ROOT / folder).exists(), f'{folder}/ would replace environment.yml for Binder'


def test_environment_is_installed_after_the_repository_is_copied(dockerfile):
    lines = dockerfile.splitlines()
    copy = next(i for i, l in enumerate(lines) if re.match(r'COPY --chown=1000:1000 src/ \$\{REPO_DIR\}/', l))
    update = [i for i, l in enumerate(lines) if 'env update -p ${NB_PYTHON_PREFIX} --file "environment.yml"' in l]
    assert update, 'the Dockerfile does not install environment.yml'
    assert all(i > copy for i in update), (
        'environment.yml is installed before the repository is copied into the image: '
        '-r requirements.txt and -e . would not be there')
    workdir = [l for l in lines[:update[0]] if l.startswith('WORKDIR ')]
    assert workdir and workdir[-1] == 'WORKDIR ${REPO_DIR}'
    assert 'USER ${NB_USER}' in lines[copy:update[0]]


def test_pip_section_installs_the_pins_and_the_helper_package(environment):
    pip = pip_section(environment)
    assert pip == ['-r requirements.txt', '-e .']
    pins = [line.split('#')[0].strip() for line in
            (ROOT / 'requirements.txt').read_text(encoding='utf-8').splitlines()]
    pins = [p for p in pins if p]
    assert pins and all(re.fullmatch(r'[A-Za-z0-9_.\-\[\]]+==[\w.]+', p) for p in pins), (
        'requirements.txt should pin every package exactly')
    assert (ROOT / 'pyproject.toml').is_file()


def test_binder_pip_step_resolves_offline(environment, tmp_path):
    """What mamba does in the image: write the pip lines to a file next to environment.yml and run
    `python -m pip install -U -r <that file>` there. Replayed on a copy of the repository, with
    --dry-run --no-index against this environment."""
    repo = tmp_path / 'repo'
    files = subprocess.run(['git', 'ls-files', '--cached', '--others', '--exclude-standard', '-z'],
                           cwd=ROOT, capture_output=True, text=True)
    names = [n for n in files.stdout.split('\0') if n] if files.returncode == 0 else None
    if names:
        for name in names:
            if (ROOT / name).is_file() and not name.startswith(('data/', 'notebooks/')):
                (repo / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, repo / name)
    else:  # not a git checkout: take the tree as it is
        shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(
            '.git', '.venv', 'data', 'notebooks', '__pycache__', '*.egg-info'))
    spec = repo / 'mambafbinder'
    spec.write_text('\n'.join(pip_section(environment)) + '\n')
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK='1')
    run = subprocess.run([sys.executable, '-m', 'pip', 'install', '--dry-run', '--no-index',
                          '--no-build-isolation', '-U', '-r', spec.name],
                         cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert 'Would install d2lzh-local-1.0.0' in run.stdout, run.stdout[-2000:]


def test_readme_badge_opens_the_contents_in_jupyterlab():
    readme = (ROOT / 'README.md').read_text(encoding='utf-8').splitlines()
    lines = [l for l in readme if l.strip()]
    assert lines[0].startswith('# '), 'README.md starts with its title'
    match = BADGE.search(lines[1])
    assert match, 'the Binder badge belongs right below the title'
    url = urlparse(match.group('url'))
    assert (url.scheme, url.netloc) == ('https', 'mybinder.org')
    parts = url.path.split('/')
    assert parts[:3] == ['', 'v2', 'gh'] and '/'.join(parts[3:5]) == REPO and parts[5] == 'main', url.path
    query = parse_qs(url.query)
    assert list(query) == ['urlpath'], url.query
    urlpath = query['urlpath'][0]
    assert urlpath == 'lab/tree/notebooks/00-contents.ipynb'
    assert (ROOT / urlpath.split('/', 2)[2]).is_file(), f'{urlpath} does not exist'
