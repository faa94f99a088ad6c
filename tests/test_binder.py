"""Binder builds the course from binder/ (environment.yml, apt.txt, postBuild), and the build would
work.

repo2docker (the tool Binder runs) prints the Dockerfile it would build, without Docker. From it:
the conda buildpack is picked, for Python 3.11 (environment.yml pins Python and nothing else), and
postBuild runs once the whole repository is in the image. postBuild is `python course.py setup
--here`, the set-up of every other route, installing the exact pins and the helper package into
the kernel's environment; it is replayed here, offline, in an environment like Binder's.

The README's Binder badge opens JupyterLab at the contents notebook.
"""
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import yaml
from support import work_tree_copy

ROOT = Path(__file__).resolve().parent.parent
REPO = 'd2l-basics/d2l-basics'
BADGE = re.compile(r'\[!\[Binder[^\]]*\]\(https://mybinder\.org/badge_logo\.svg\)\]\((?P<url>[^)\s]+)\)')


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
    return yaml.safe_load((ROOT / 'binder' / 'environment.yml').read_text(encoding='utf-8'))


def test_binder_uses_conda_with_python_311(dockerfile, environment):
    assert 'Building conda environment for python=3.11' in dockerfile
    assert '/envs/kernel' not in dockerfile  # one environment: the kernel is the server's
    assert 'python=3.11' in environment['dependencies']
    assert 'pip' in environment['dependencies']
    for name in ('runtime.txt', 'environment.yml', 'postBuild', 'apt.txt', '.binder'):
        assert not (ROOT / name).exists(), f'{name}: Binder reads binder/ alone when it exists'


def test_environment_yml_pins_python_only(environment):
    """Everything else comes from the exact pins, through course.py: no pip section that would
    install them a second way (nor could: MXNet's stale caps need --no-deps)."""
    assert environment['dependencies'] == ['python=3.11', 'pip']


def test_postbuild_sets_up_with_course_py_after_the_repository_is_copied(dockerfile):
    assert (ROOT / 'binder' / 'postBuild').read_text(encoding='utf-8').strip().splitlines()[-1] \
        == 'python course.py setup --here'
    lines = dockerfile.splitlines()
    copy = next(i for i, l in enumerate(lines) if re.match(r'COPY --chown=1000:1000 src/ \$\{REPO_DIR\}/', l))
    post = [i for i, l in enumerate(lines) if l.strip() == 'RUN ./binder/postBuild']
    assert post and all(i > copy for i in post), 'postBuild must run once the repository is in'
    workdir = [l for l in lines[:post[0]] if l.startswith('WORKDIR ')]
    assert workdir and workdir[-1] == 'WORKDIR ${REPO_DIR}'
    assert [l for l in lines[copy:post[0]] if l.startswith('USER ')][-1] == 'USER ${NB_USER}'


def test_binder_installs_a_cjk_font_for_the_figures(dockerfile):
    """Figures carry the book's Chinese terms: Debian's fonts-noto-cjk, through apt.txt."""
    assert (ROOT / 'binder' / 'apt.txt').read_text(encoding='utf-8').split() == ['fonts-noto-cjk']
    assert 'apt-get install --yes --no-install-recommends fonts-noto-cjk' in dockerfile


def test_postbuild_installs_the_course_offline(tmp_path):
    """postBuild replayed in an environment like Binder's, offline: a new environment of this
    Python (Binder's is 3.11) that sees this one's packages (the pins) on its path. It finishes,
    and a fresh Python of that environment imports the helper package, from the copy, with the
    numpy hook active (this environment's own .pth files are not run there: the hook is the new
    install's)."""
    # as Binder copies the repository, without the notebooks and data that set-up does not read
    repo = work_tree_copy(tmp_path / 'repo', without=('data', 'notebooks'))
    env_dir = tmp_path / 'env'
    subprocess.run([sys.executable, '-m', 'venv', '--without-pip', str(env_dir)], check=True)
    bin_dir = env_dir / ('Scripts' if os.name == 'nt' else 'bin')
    purelib = subprocess.run([str(bin_dir / 'python'), '-c',
                              'import sysconfig; print(sysconfig.get_paths()["purelib"])'],
                             capture_output=True, text=True, check=True).stdout.strip()
    pins = sysconfig.get_paths()['purelib']
    # Python runs no .pth file of a folder it is only pointed to, so setuptools' distutils shim,
    # which an environment with the pins installed runs from its own site-packages, is run here
    # after the path is added (MXNet imports distutils: Python 3.12+ has none of its own).
    shim = Path(pins, 'distutils-precedence.pth')
    Path(purelib, 'pins-from-the-test-environment.pth').write_text(
        pins + '\n' + (shim.read_text(encoding='utf-8') if shim.is_file() else ''),
        encoding='utf-8')
    env = dict(os.environ, PATH=f'{bin_dir}{os.pathsep}{os.environ["PATH"]}', PIP_NO_INDEX='1',
               PIP_DISABLE_PIP_VERSION_CHECK='1', PYTHONNOUSERSITE='1')
    env.pop('PYTHONPATH', None)
    run = subprocess.run(['bash', 'binder/postBuild'], cwd=repo, capture_output=True, text=True,
                         env=env, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check = subprocess.run(
        [str(bin_dir / 'python'), '-c',
         'import sys, d2lzh_local; print(d2lzh_local.__file__); '
         'print([type(f).__name__ for f in sys.meta_path])'],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0, check.stderr[-2000:]
    assert check.stdout.splitlines()[0].startswith(str(repo)), check.stdout
    assert 'MXNetImportHook' in check.stdout


def test_readme_badges_open_the_contents_of_each_edition_in_jupyterlab():
    readme = (ROOT / 'README.md').read_text(encoding='utf-8').splitlines()
    lines = [l for l in readme if l.strip()]
    assert lines[0].startswith('# '), 'README.md starts with its title'
    badges = list(BADGE.finditer(lines[1]))
    assert len(badges) == 2, 'the Binder badges (English, 中文版) belong right below the title'
    for match, contents in zip(badges, ('notebooks/00-contents.ipynb',
                                        'notebooks/zh/00-contents.ipynb')):
        url = urlparse(match.group('url'))
        assert (url.scheme, url.netloc) == ('https', 'mybinder.org')
        parts = url.path.split('/')
        assert parts[:3] == ['', 'v2', 'gh'] and '/'.join(parts[3:5]) == REPO \
            and parts[5] == 'main', url.path
        query = parse_qs(url.query)
        assert list(query) == ['urlpath'], url.query
        urlpath = query['urlpath'][0]
        assert urlpath == f'lab/tree/{contents}'
        assert (ROOT / contents).is_file(), f'{urlpath} does not exist'
    assert '中文版' in badges[1].group(0) + lines[1][badges[1].end():]
