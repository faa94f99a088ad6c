"""One pin set for every platform and Python the course claims, made by a resolver and checked by
resolving it for each of them with wheels only (uv; needs the package index, as CI has)."""
import shutil
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tools'))
sys.path.insert(0, str(ROOT))
import course  # noqa: E402
import lock  # noqa: E402


def test_every_line_is_an_exact_pin():
    for name in ('requirements.txt', 'requirements-test.txt'):
        for line in (ROOT / name).read_text(encoding='utf-8').splitlines():
            line = line.split(' #')[0].strip()
            if line and not line.startswith('#') and line != '-r requirements.txt':
                assert lock.PIN.match(line), f'{name}: {line!r} is not an exact pin (==)'


def test_the_pins_choose_mxnet_by_platform_and_numpy_by_python():
    pins = lock.pins(ROOT / 'requirements.txt')
    assert sorted(pins['mxnet']) == [('1.7.0.post2', "sys_platform == 'win32'"),
                                     ('1.9.1', "sys_platform != 'win32'")]
    assert [v for v, _ in sorted(pins['numpy'])] == ['1.23.5', '2.2.6']


def test_the_readme_promises_what_is_checked():
    """The README's platform table has a row for each platform the pins are checked on, and it
    names the Pythons course.py accepts (which the pins and CI take from it)."""
    readme = (ROOT / 'README.md').read_text(encoding='utf-8')
    for platform in lock.PLATFORMS:
        assert f'| {platform} |' in readme, f'README: no row for {platform} in the platform table'
    *first, last = course.python_versions()
    assert f'Python {", ".join(first)} or {last}' in readme


def test_requirements_are_what_make_lock_makes(tmp_path):
    """Re-resolving the .in files changes nothing: the pins are repeatable from their sources."""
    for name in ('requirements.in', 'requirements-test.in', 'requirements-overrides.txt',
                 'requirements.txt', 'requirements-test.txt'):
        shutil.copy2(ROOT / name, tmp_path / name)
    run = subprocess.run([sys.executable, str(ROOT / 'tools' / 'lock.py'), '--root', str(tmp_path)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr + run.stdout
    for name in ('requirements.txt', 'requirements-test.txt'):
        assert (tmp_path / name).read_text() == (ROOT / name).read_text(), (
            f'{name} is not what `make lock` makes from the .in files: run `make lock`')


def test_wheels_for_every_platform_and_python(capsys):
    ok = lock.check()
    report = capsys.readouterr().out
    assert ok, report
    assert report.count(': ok, ') == len(lock.SUPPORTED), report


def test_the_check_fails_without_a_wheel_or_with_a_package_left_out(tmp_path):
    """The check can fail: a pinned version without a wheel for the platform, and a dependency
    that the pins do not name."""
    no_wheel = tmp_path / 'no-wheel.txt'
    no_wheel.write_text('argon2-cffi-bindings==26.2.0\ncffi==2.1.1\npycparser==3.12\n')
    ok, error = lock.resolve_for('macOS x86-64', '3.11', str(no_wheel))
    assert not ok and 'argon2-cffi-bindings' in error, error
    left_out = tmp_path / 'left-out.txt'
    left_out.write_text('argon2-cffi-bindings==25.1.0\n')
    ok, resolved = lock.resolve_for('Linux x86-64', '3.11', str(left_out))
    assert ok, resolved
    assert [p.split('==')[0] for p in lock.unpinned(resolved, lock.pins(left_out))] == ['cffi', 'pycparser']
