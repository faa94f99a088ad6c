"""course.py, the set-up logic behind make, Windows, conda and Binder: it refuses what cannot
work with a message that says how to fix it, installs only when the pins change, and its doctor
finds what is wrong."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import course  # noqa: E402


@pytest.mark.parametrize('version', [(3, 10, 0), (3, 14, 0)])
def test_an_unsupported_python_is_refused_with_the_way_to_get_one(version):
    for system in ('Linux', 'Darwin', 'Windows'):
        with pytest.raises(course.Problem) as problem:
            course.check_python(version, system=system, machine='x86_64')
        message = str(problem.value)
        assert f'this is Python {version[0]}.{version[1]}' in message
        assert '3.11, 3.12, 3.13' in message
        assert {'Linux': 'apt install', 'Darwin': 'python.org', 'Windows': 'py -3.13'}[system] in message


@pytest.mark.parametrize('system,machine,advice', [
    ('Darwin', 'arm64', 'python3.13-intel64 course.py lab'),
    ('Windows', 'ARM64', 'x64 (AMD64) Python'),
    ('Linux', 'riscv64', 'Binder'),
    ('FreeBSD', 'amd64', 'Binder'),
])
def test_a_platform_without_mxnet_is_refused_with_the_route_that_works(system, machine, advice):
    with pytest.raises(course.Problem, match='MXNet') as problem:
        course.check_python((3, 11, 0), system=system, machine=machine)
    assert advice in str(problem.value)


@pytest.mark.parametrize('system,machine', [('Linux', 'x86_64'), ('Linux', 'aarch64'),
                                            ('Darwin', 'x86_64'), ('Windows', 'AMD64')])
def test_every_row_of_the_platform_table_is_accepted(system, machine):
    for version in course.PYTHONS:
        course.check_python(version + (0,), system=system, machine=machine)


def test_the_stamp_says_when_to_install_again(tmp_path, monkeypatch):
    stamp = tmp_path / 'stamp'
    assert not course.up_to_date(stamp, False, False)
    stamp.write_text(json.dumps(course.wanted(True, False)))
    assert course.up_to_date(stamp, False, False), 'test tools installed: lab needs nothing more'
    assert course.up_to_date(stamp, True, False)
    assert not course.up_to_date(stamp, False, True), "Windows' MXNet asked for: install again"
    stamp.write_text(json.dumps(course.wanted(False, False)))
    assert not course.up_to_date(stamp, True, False), 'test tools asked for: install them'
    monkeypatch.setattr(course, 'INSTALL_INPUTS', course.INSTALL_INPUTS + ['README.md'])
    assert not course.up_to_date(stamp, False, False), 'a changed input: install again'


def test_a_venv_of_another_python_is_not_reused(tmp_path):
    venv = tmp_path / '.venv'
    python = course.env_python(venv)
    python.parent.mkdir(parents=True)
    python.write_text('#!/bin/sh\necho 3.9\n')
    python.chmod(0o755)
    with pytest.raises(course.Problem) as problem:
        course.setup(venv)
    assert 'made with Python 3.9' in str(problem.value)
    assert 'make clean-venv' in str(problem.value) and '--venv .venv-3.' in str(problem.value)
    assert python.read_text() == '#!/bin/sh\necho 3.9\n', 'nothing of the old one is touched'


def doctor(*args):
    return subprocess.run([sys.executable, str(ROOT / 'course.py'), 'doctor', *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_doctor_passes_on_this_environment():
    """Every check ok; the Chinese font ok, or, on a machine without one, a warning with its fix
    (the lessons run; only Chinese text in figures shows as boxes), which does not fail doctor."""
    if not (Path(sys.prefix) / course.STAMP).is_file():
        pytest.skip('the tests run outside an environment made by course.py')
    run = doctor('--venv', sys.prefix)
    assert run.returncode == 0, run.stdout + run.stderr
    for what in ('Python', 'install', 'pins', 'MXNet', 'Fashion-MNIST', 'Jupyter kernel'):
        assert f'ok       {what}: ' in run.stdout, run.stdout
    assert 'ok       Chinese font: ' in run.stdout or \
        'warning  Chinese font: no font with Chinese characters' in run.stdout, run.stdout
    assert 'All checks passed' in run.stdout and 'PROBLEM' not in run.stdout


GOOD_REPORT = {'pins': [], 'mxnet': {'text': 'MXNet 1.9.1 on numpy 1.23.5: 1 + 2 = 3', 'hook': True},
               'data': [], 'cjk_font': 'Noto Sans CJK SC', 'kernel': sys.executable}


def judged(**changes):
    results = course.judge({**GOOD_REPORT, **changes}, Path(sys.executable), 'python course.py setup')
    return {what: (status, detail) for status, what, detail in results}


def test_doctor_tells_a_missing_font_from_a_broken_install(monkeypatch):
    assert {status for status, _ in judged().values()} == {'ok'}
    monkeypatch.setattr(course.platform, 'system', lambda: 'Linux')
    status, detail = judged(cjk_font=None)['Chinese font']
    assert status == 'warning' and 'sudo apt install fonts-noto-cjk' in detail
    assert 'PROBLEM' not in {status for status, _ in judged(cjk_font=None).values()}
    broken = {'pins': ['numpy: pinned ==1.23.5, installed 2.0.0'],
              'mxnet': "error: OSError('libmxnet.so: cannot open shared object file')",
              'data': ['train-images-idx3-ubyte.gz: missing'],
              'kernel': "error: RuntimeError('No such kernel named python3')"}
    for what, value in broken.items():
        found = [(w, status, detail) for w, (status, detail) in judged(**{what: value}).items()
                 if status != 'ok']
        assert len(found) == 1 and found[0][1] == 'PROBLEM' and 'Fix' in found[0][2], found


def test_doctor_says_how_to_make_a_missing_environment(tmp_path):
    run = doctor('--venv', str(tmp_path / 'nothing-here'))
    assert run.returncode == 1
    assert 'PROBLEM  environment: nothing-here does not exist yet. Fix: `python course.py setup ' \
           '--venv nothing-here`' in run.stdout, run.stdout


def test_doctor_names_a_package_at_another_version_than_its_pin(tmp_path):
    requirements = tmp_path / 'requirements.txt'
    requirements.write_text("six==0.0.1\nnumpy==9.9 ; sys_platform == 'nonesuch'\n")
    report = course.environment_report(requirements)
    assert [p.split(',')[0] for p in report['pins']] == ['six: pinned ==0.0.1'], report['pins']
    assert report['data'] == [] and report['mxnet']['hook'] is True, report
    assert Path(report['kernel']).parent == Path(sys.executable).parent, report
    assert 'cjk_font' in report, report


def test_windows_mxnet_pin_is_read_from_the_pins():
    assert course.pinned_mxnet_for_windows() == 'mxnet==1.7.0.post2'


def test_lab_settings_turn_off_the_news_prompt_and_keep_other_settings(tmp_path):
    """JupyterLab asks "Would you like to get notified about official Jupyter news?" on a first
    start unless told; the set-up tells it in the environment's overrides.json, and keeps what
    else is there (the browser test fails if any notification shows)."""
    prefix = tmp_path / 'env'
    path = prefix / 'share' / 'jupyter' / 'lab' / 'settings' / 'overrides.json'
    path.parent.mkdir(parents=True)
    theirs = {'@jupyterlab/apputils-extension:themes': {'theme': 'JupyterLab Dark'},
              '@jupyterlab/apputils-extension:notification': {'doNotDisturbMode': True}}
    path.write_text(json.dumps(theirs))
    python = tmp_path / 'python'
    python.write_text(f'#!/bin/sh\necho {prefix}\n')
    python.chmod(0o755)
    assert course.lab_settings(python) == path
    settings = json.loads(path.read_text())
    assert settings['@jupyterlab/apputils-extension:themes'] == {'theme': 'JupyterLab Dark'}
    assert settings['@jupyterlab/apputils-extension:notification'] == {
        'doNotDisturbMode': True, 'fetchNews': 'false', 'checkForUpdates': False}
    before = path.stat().st_mtime_ns
    course.lab_settings(python)
    assert path.stat().st_mtime_ns == before, 'nothing to change: the file is not rewritten'
    path.write_text('{not json')
    with pytest.raises(course.Problem, match='not valid JSON'):
        course.lab_settings(python)
    assert path.read_text() == '{not json', "a learner's broken file is left as it is"
