#!/usr/bin/env python3
"""Set up, open, test and diagnose the course: the one set-up logic behind every route.

    python course.py lab       set up on first use, then open JupyterLab on the notebooks
                               (--zh: at the Chinese edition's contents, notebooks/zh/)
    python course.py test      set up (with the test tools) on first use, then run the test suite
                               (--notebooks: the notebooks and the tests that depend on the
                               Python, numpy and MXNet installed)
    python course.py doctor    check Python, platform, the install, MXNet, the data and the kernel
    python course.py setup     only set up; --here installs into this Python's own environment
                               (Binder's postBuild does that) instead of a virtual environment
    python course.py run -- ARGS     set up, then run the environment's Python with ARGS

`make lab`, `make test`, `make doctor`, ... call this file; on Windows, without make, call it as
`py course.py lab` (README). It needs nothing but a supported Python: it makes the virtual
environment (.venv, or --venv DIR), installs the exact pins of requirements.txt with
`pip install --no-deps` (the pins are complete and carry markers for each platform and Python),
then the helper package, and does it again only when the pins or the package change.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PYTHONS = ((3, 11), (3, 12), (3, 13))  # the one list: the pins, CI's matrix and the README follow
STAMP = '.d2l-installed'  # in the environment: a hash of what was installed
# What an install depends on: a change to any of these installs again.
INSTALL_INPUTS = ['requirements.txt', 'pyproject.toml', 'setup.py', 'd2lzh_numpy_compat.py',
                  'd2lzh_numpy_compat.pth']
TEST_INPUTS = ['requirements-test.txt']
# `test --notebooks`: every notebook, and the tests whose outcome depends on the Python, numpy and
# MXNet installed. What CI runs under each further environment, and the public workflow on each
# platform.
ENVIRONMENT_TESTS = ['notebooks', 'tests/test_numpy_compat.py', 'tests/test_helpers.py',
                     'tests/test_train_ch3.py', 'tests/test_regularization.py',
                     'tests/test_drift.py', 'tests/test_failure_modes.py']


def _editions():
    """d2lzh_local/editions.py, the rule of which folder holds which edition, read by its path:
    importing the package would import MXNet, which may not be installed yet."""
    spec = importlib.util.spec_from_file_location('editions', ROOT / 'd2lzh_local' / 'editions.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EDITIONS = _editions().FOLDERS  # {'en': '', 'zh': 'zh'}: each edition's folder in notebooks/


class Problem(Exception):
    """Something the learner can fix: the message says what is wrong and how to fix it."""


# --- the interpreter and the platform ----------------------------------------------------------

def python_versions():
    return ['%d.%d' % v for v in PYTHONS]


def how_to_get_python(system):
    if system == 'Windows':
        return ('Install Python 3.13 (or 3.12, 3.11), 64-bit, from python.org or with '
                '`winget install Python.Python.3.13`, then run `py -3.13 course.py lab`.')
    if system == 'Darwin':
        return ('Install Python 3.13 from python.org (its installer also puts python3.13-intel64 '
                'there, which Apple Silicon needs: see README, "Apple Silicon"), or with Homebrew '
                '(`brew install python@3.13`), then run `make lab PYTHON=python3.13`.')
    return ('Install one with your package manager (Debian/Ubuntu: `sudo apt install python3.11` '
            'or python3.12/python3.13 where your release has it; Fedora: `sudo dnf install '
            'python3.13`), or with uv (`uv python install 3.13`, then `make lab PYTHON=$(uv python '
            'find 3.13)`), or conda (`conda create -n py313 python=3.13`).')


def rosetta():
    """True for an x86-64 Python running under Rosetta 2 on Apple Silicon."""
    if sys.platform != 'darwin':
        return False
    run = subprocess.run(['sysctl', '-n', 'sysctl.proc_translated'], capture_output=True, text=True)
    return run.stdout.strip() == '1'


def check_python(version=sys.version_info, system=None, machine=None):
    """Raise Problem unless this Python, OS and processor can run MXNet and the pins."""
    system = system or platform.system()
    machine = (machine or platform.machine()).lower()
    if tuple(version[:2]) not in PYTHONS:
        raise Problem(f'The course needs Python {", ".join(python_versions())}; this is Python '
                      f'{version[0]}.{version[1]} ({sys.executable}). MXNet 1.9.1, the last release '
                      'of a retired project, and the pinned numpy have wheels for those only. '
                      + how_to_get_python(system))
    if system == 'Darwin' and machine == 'arm64':
        raise Problem('This Python runs natively on Apple Silicon (arm64), and MXNet never published '
                      'an arm64 build for macOS. Use an x86-64 Python, which macOS runs under Rosetta '
                      '2: with the python.org installer, `python3.13-intel64 course.py lab` (README, '
                      '"Apple Silicon"), or open the course on Binder.')
    if system == 'Windows' and machine not in ('amd64', 'x86_64'):
        raise Problem(f'MXNet has Windows builds for x86-64 only; this Python is for {machine}. On '
                      'Windows on ARM, install the x64 (AMD64) Python from python.org, which Windows '
                      'runs under emulation, or open the course on Binder.')
    if system == 'Linux' and machine not in ('x86_64', 'aarch64'):
        raise Problem(f'MXNet has Linux builds for x86-64 and aarch64 only; this is {machine}. '
                      'Open the course on Binder.')
    if system not in ('Linux', 'Darwin', 'Windows'):
        raise Problem(f'MXNet has builds for Linux, macOS and Windows; this is {system}. '
                      'Open the course on Binder.')


# --- the environment ---------------------------------------------------------------------------

def env_python(venv):
    return venv / ('Scripts/python.exe' if os.name == 'nt' else 'bin/python')


def env_version(python):
    run = subprocess.run([str(python), '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
                         capture_output=True, text=True)
    return run.stdout.strip() if run.returncode == 0 else None


def fingerprint(names, *extra):
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b'\0' + (ROOT / name).read_bytes())
    for text in extra:
        digest.update(text.encode())
    return digest.hexdigest()


def wanted(test_tools, windows_mxnet):
    """What the stamp of an environment installed this way says."""
    return {'course': fingerprint(INSTALL_INPUTS, 'windows-mxnet' if windows_mxnet else ''),
            'test': fingerprint(TEST_INPUTS) if test_tools else None}


def installed(stamp):
    try:
        return json.loads(stamp.read_text(encoding='utf-8'))
    except (OSError, ValueError):
        return {}


def up_to_date(stamp, test_tools, windows_mxnet):
    have, want = installed(stamp), wanted(test_tools, windows_mxnet)
    return have.get('course') == want['course'] and (not test_tools or have.get('test') == want['test'])


def pinned_mxnet_for_windows():
    """MXNet's Windows pin, to try the Windows build's version on Linux or macOS."""
    for line in (ROOT / 'requirements.txt').read_text(encoding='utf-8').splitlines():
        if line.startswith('mxnet==') and "sys_platform == 'win32'" in line:
            return line.split(';')[0].strip()
    raise Problem("requirements.txt has no Windows pin for mxnet (a line `mxnet==... ; "
                  "sys_platform == 'win32'`): run `make lock`")


# JupyterLab settings of the course's environment: no "Would you like to get notified about
# official Jupyter news?" over the first lesson, and no requests to a news website.
LAB_SETTINGS = {'@jupyterlab/apputils-extension:notification': {'fetchNews': 'false',
                                                                'checkForUpdates': False}}


def lab_settings(python):
    """Put LAB_SETTINGS into the environment's JupyterLab overrides.json, keeping whatever else
    is there (a learner's or conda's own settings). Idempotent."""
    prefix = subprocess.run([str(python), '-c', 'import sys; print(sys.prefix)'],
                            capture_output=True, text=True, check=True).stdout.strip()
    path = Path(prefix, 'share', 'jupyter', 'lab', 'settings', 'overrides.json')
    try:
        settings = json.loads(path.read_text(encoding='utf-8')) if path.exists() else {}
    except ValueError as e:
        raise Problem(f'{path} is not valid JSON ({e}): fix or remove it; the course adds '
                      f'{json.dumps(LAB_SETTINGS)} to it') from None
    merged = dict(settings)
    for plugin, values in LAB_SETTINGS.items():
        merged[plugin] = {**settings.get(plugin, {}), **values}
    if merged != settings:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(merged, indent=2) + '\n', encoding='utf-8')
    return path


def pip(python, *args):
    command = [str(python), '-m', 'pip', 'install', '--disable-pip-version-check', *args]
    print('+', ' '.join(command), flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise Problem(f'pip could not install {" ".join(args)} (its message is above). If it could '
                      'not reach the package index, check the network or proxy and try again; '
                      '`python course.py doctor` checks the rest.')


def install(python, stamp, test_tools=False, windows_mxnet=False):
    """Install the pins and the helper package into python's environment, unless the stamp says
    this very set of files is installed already."""
    if up_to_date(stamp, test_tools, windows_mxnet):
        return
    want = wanted(test_tools, windows_mxnet)  # of the files as they are now, before installing
    requirements = 'requirements-test.txt' if test_tools else 'requirements.txt'
    pip(python, '--no-deps', '-r', requirements)
    if windows_mxnet:
        pip(python, '--no-deps', pinned_mxnet_for_windows())
    # Editable: the package finds the course's data folder from its own location.
    pip(python, '--no-deps', '--no-build-isolation', '-e', '.')
    stamp.write_text(json.dumps(want) + '\n', encoding='utf-8')


def setup(venv, test_tools=False, windows_mxnet=False, here=False):
    """The Python of a ready environment: a virtual environment (made on first use), or with
    here=True this Python's own (for Binder and conda)."""
    check_python()
    if here:
        install(Path(sys.executable), Path(sys.prefix) / STAMP, test_tools, windows_mxnet)
        lab_settings(Path(sys.executable))
        return Path(sys.executable)
    python = env_python(venv)
    mine = '%d.%d' % sys.version_info[:2]
    if venv.exists():
        theirs = env_version(python)
        if theirs != mine:
            raise Problem(
                f'{venv.name} was made with Python {theirs or "that no longer runs"}, and this is '
                f'Python {mine}. Remove it (`make clean-venv`, or delete the folder {venv.name}) to '
                f'make it anew with this Python, or keep both: `--venv .venv-{mine}` '
                f'(make: VENV=.venv-{mine}).')
    else:
        print(f'Making the virtual environment {venv.name} with Python {mine}', flush=True)
        subprocess.run([sys.executable, '-m', 'venv', str(venv)], check=True)
    install(python, venv / STAMP, test_tools, windows_mxnet)
    lab_settings(python)
    return python


# --- doctor ------------------------------------------------------------------------------------

def environment_report(requirements):
    """What doctor needs to know from inside the environment, each check apart so that one broken
    piece (MXNet's import, say) hides none of the others. Run there by the environment's own
    Python (`python course.py report REQUIREMENTS`); returns {check: result or 'error: ...'}."""
    def wrong_pins():
        from importlib.metadata import PackageNotFoundError, version
        from packaging.requirements import Requirement
        wrong = []
        for line in Path(requirements).read_text(encoding='utf-8').splitlines():
            line = line.split(' #')[0].strip()
            if not line or line.startswith(('#', '-')):
                continue
            req = Requirement(line)
            if req.marker and not req.marker.evaluate():
                continue
            try:
                have = version(req.name)
            except PackageNotFoundError:
                have = None
            if not req.specifier.contains(have or '0', prereleases=True):
                wrong.append(f'{req.name}: pinned {req.specifier}, installed {have or "nothing"}')
        return wrong

    def mxnet_adds():
        import mxnet
        import numpy
        return {'text': f'MXNet {mxnet.__version__} on numpy {numpy.__version__}: 1 + 2 = '
                        f'{mxnet.nd.array([1]).__add__(2).asscalar():g}',
                'hook': 'd2lzh_numpy_compat' in sys.modules}

    def damaged_data():
        from d2lzh_local import data
        return [f'{name}: missing' if not (data.DEFAULT_ROOT / name).is_file() else
                f'{name}: checksum differs (damaged or changed)'
                for name, sha in data.ARCHIVES.items()
                if not (data.DEFAULT_ROOT / name).is_file()
                or data._sha256(data.DEFAULT_ROOT / name) != sha]

    def cjk_font():
        from d2lzh_local import plotting
        return plotting.cjk_font()

    def kernel_python():
        from jupyter_client.manager import start_new_kernel
        km, kc = start_new_kernel(kernel_name='python3')
        printed = []
        try:
            reply = kc.execute_interactive(
                'import sys, mxnet; print(sys.executable)', timeout=120,
                output_hook=lambda msg: printed.append(msg['content'].get('text', '').strip())
                if msg['msg_type'] == 'stream' else None)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        content = reply['content']
        if content['status'] != 'ok':
            raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")
        return ''.join(printed)

    report = {}
    for name, check in (('pins', wrong_pins), ('mxnet', mxnet_adds), ('data', damaged_data),
                        ('cjk_font', cjk_font), ('kernel', kernel_python)):
        try:
            report[name] = check()
        except Exception as e:  # reported, and the other checks still run
            report[name] = f'error: {e!r}'
    return report


def failed(result):
    return isinstance(result, str) and result.startswith('error: ')


FONT_FIX = {  # how to install a font with Chinese characters, by platform.system()
    'Linux': '`sudo apt install fonts-noto-cjk` (Debian/Ubuntu; Fedora: '
             '`sudo dnf install google-noto-sans-cjk-fonts`)',
    'Darwin': 'install "PingFang SC" or Noto Sans CJK SC',
    'Windows': 'add the "Chinese (Simplified) supplemental fonts" (Settings > Apps > Optional '
               'features)',
}


def font_fix():
    """How to get a font with Chinese characters on this platform, and matplotlib to see it."""
    return (FONT_FIX.get(platform.system(), 'install Noto Sans CJK SC') + ', then delete '
            'matplotlib\'s font cache (the folder `python -c "import matplotlib; '
            'print(matplotlib.get_cachedir())"` prints)')


def judge(report, python, setup_cmd, windows_mxnet=False):
    """[(status, check, detail)] from an environment's report: 'ok'; 'warning' for what only
    looks worse (no CJK font: Chinese text in figures shows as boxes), with its fix; 'PROBLEM'
    for what breaks the course, with its fix."""
    results = []
    pins = report['pins']
    if not failed(pins):  # Windows' MXNet, asked for on purpose, is not at the Linux pin
        pins = [w for w in pins if not (windows_mxnet and w.startswith('mxnet'))]
    results.append(('ok', 'pins', 'every package at its pinned version') if pins == [] else
                   ('PROBLEM', 'pins', (pins if failed(pins) else '; '.join(pins[:5])) +
                    f'. Fix: `{setup_cmd}`, and don\'t pip install other versions into this '
                    'environment'))
    mxnet = report['mxnet']
    if failed(mxnet):
        results.append(('PROBLEM', 'MXNet', f'import failed: {mxnet[7:]}. Fix: `make clean-venv`, '
                        f'then `{setup_cmd}`; if it still fails, report it with this output'))
    else:
        results.append(('ok', 'MXNet', mxnet['text'] + ('' if mxnet['hook'] else
                        f' (the numpy hook is not loaded: reinstall with `{setup_cmd}`)')))
    data = report['data']
    results.append(('ok', 'Fashion-MNIST', 'the four archives match their SHA-256 sums') if
                   data == [] else
                   ('PROBLEM', 'Fashion-MNIST', (data if failed(data) else '; '.join(data)) +
                    '. Fix: `git checkout -- data/fashion-mnist` (from the repository root)'))
    font = report['cjk_font']
    results.append(('ok', 'Chinese font', f'figures draw Chinese terms with {font}')
                   if font and not failed(font) else
                   ('warning', 'Chinese font', 'no font with Chinese characters: the lessons run, '
                    'but the book\'s Chinese terms in figures show as boxes. Fix: ' + font_fix()))
    kernel = report['kernel']
    if failed(kernel):
        results.append(('PROBLEM', 'Jupyter kernel', f'the python3 kernel failed: {kernel[7:]}. '
                        'Fix: a python3 kernel of another Python may shadow this one (`jupyter '
                        'kernelspec list` shows where it is): remove that one, or run '
                        f'`{python} -m ipykernel install --user`'))
    elif Path(kernel).resolve() != python.resolve() and Path(kernel).parent != python.parent:
        results.append(('PROBLEM', 'Jupyter kernel', f'the python3 kernel runs {kernel}, not this '
                        f'environment. Fix: `{python} -m jupyter kernelspec list` shows the '
                        f'shadowing kernel; remove it, or run `{python} -m ipykernel install '
                        '--user`'))
    else:
        results.append(('ok', 'Jupyter kernel', 'python3 runs this environment and imports MXNet'))
    return results


def doctor(venv, here=False):
    """Print each check with its result and, for what is wrong, the exact fix. True unless a
    check found a PROBLEM (a warning does not fail it)."""
    results = []

    def add(status, what, detail):
        results.append(status)
        print(f'{status:7}  {what}: {detail}', flush=True)

    arch = platform.machine() + (' under Rosetta 2' if rosetta() else '')
    try:
        check_python()
        add('ok', 'Python', f'{platform.python_version()} on {platform.system()} {arch}')
    except Problem as e:
        add('PROBLEM', 'Python', f'{platform.python_version()} on {platform.system()} {arch}. {e}')
        return False
    python = Path(sys.executable) if here else env_python(venv)
    setup_cmd = 'python course.py setup' + (' --here' if here else '') + \
        ('' if venv.name == '.venv' or here else f' --venv {venv.name}')
    if not python.exists():
        add('PROBLEM', 'environment', f'{venv.name} does not exist yet. Fix: `{setup_cmd}` (or '
            '`make lab`)')
        return False
    if not here and env_version(python) != '%d.%d' % sys.version_info[:2]:
        add('PROBLEM', 'environment', f'{venv.name} has Python {env_version(python)}, not this '
            f'{platform.python_version()}. Fix: `make clean-venv`, then `{setup_cmd}`')
        return False
    stamp = (Path(sys.prefix) if here else venv) / STAMP
    windows_mxnet = installed(stamp).get('course') == wanted(False, True)['course']
    if not installed(stamp):
        add('PROBLEM', 'install', f'{venv.name} was never completely installed. Fix: `{setup_cmd}`')
    elif not up_to_date(stamp, False, windows_mxnet):
        add('PROBLEM', 'install', 'the pins or the helper package changed since the install. '
            f'Fix: `{setup_cmd}`')
    else:
        add('ok', 'install', f'{venv.name if not here else sys.prefix} is up to date with the pins')
    run = subprocess.run([str(python), str(ROOT / 'course.py'), 'report',
                          str(ROOT / 'requirements.txt')],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    try:
        report = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        add('PROBLEM', 'environment', f'its Python did not run the checks: {run.stderr[-800:]} '
            f'Fix: `make clean-venv`, then `{setup_cmd}`')
        return False
    for result in judge(report, python, setup_cmd, windows_mxnet):
        add(*result)
    ok = 'PROBLEM' not in results
    print('\nAll checks passed' + (' (see the warning above).' if 'warning' in results else '.')
          if ok else '\nFix the PROBLEM lines above, then run doctor again.')
    return ok


def fill_data_cache(python, folder=None):
    """Lesson 13's house-price CSVs into the data cache (data/kaggle-house/), checked: copied from
    a folder (--house-data: where CI keeps them) or else downloaded once. Done before the tests
    start, so that no test run writes under data/. A failure is said and the run goes on: the
    other lessons need nothing, and lesson 13 then fails with the same advice."""
    command = [str(python), '-m', 'd2lzh_local'] + (['--from', str(folder)] if folder else [])
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        print("course.py: lesson 13's data is not in place (the message above says how to put "
              'it there); its notebook will fail', file=sys.stderr)


def extra(args):
    """Arguments passed through, without the `--` that may separate them."""
    return args[1:] if args[:1] == ['--'] else args


# --- the commands ------------------------------------------------------------------------------

def main(argv=None):
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument('--venv', default='.venv',
                        help='the virtual environment folder (default .venv)')
    common.add_argument('--here', action='store_true',
                        help="use this Python's environment, no virtual environment (Binder, conda)")
    common.add_argument('--windows-mxnet', action='store_true',
                        help="install Windows' MXNet pin (its Linux/macOS build), to test it here")
    common.add_argument('--test-tools', action='store_true',
                        help='also install the test tools (requirements-test.txt)')
    common.add_argument('--house-data', metavar='DIR',
                        help="a folder holding lesson 13's CSVs: checked and copied into the "
                             'data cache first (test downloads them otherwise)')
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    sub = parser.add_subparsers(dest='command', required=True,
                                metavar='{setup,lab,test,doctor,run}')
    sub.add_parser('setup', parents=[common], help='set up only')
    lab = sub.add_parser('lab', parents=[common], help='set up, then open JupyterLab')
    lab.add_argument('--port', default='8888')
    lab.add_argument('--zh', action='store_true',
                     help='open the Chinese edition (notebooks/zh/) / 打开中文版')
    lab.add_argument('lab_args', nargs=argparse.REMAINDER, help='more jupyter lab arguments')
    test = sub.add_parser('test', parents=[common], help='set up, then run the tests')
    test.add_argument('--slow', action='store_true',
                      help='only the slow tests (broken-algorithm notebooks, the workflow replayed)')
    test.add_argument('--notebooks', action='store_true',
                      help='only the notebooks and the tests that depend on the environment')
    test.add_argument('--edition', choices=('both', 'en', 'zh', 'none'), default='both',
                      help="which edition's notebooks nbval runs (default both; the code of the "
                           'two is the same, cell for cell)')
    test.add_argument('pytest_args', nargs=argparse.REMAINDER, help='pytest arguments')
    sub.add_parser('doctor', parents=[common], help='check the set-up; say how to fix what is wrong')
    run = sub.add_parser('run', parents=[common],
                         help="set up, then run the environment's Python with these arguments")
    run.add_argument('python_args', nargs=argparse.REMAINDER)
    # Not for learners: doctor runs `report` with the environment's Python; CI's matrix is
    # `pythons`.
    sub.add_parser('report').add_argument('requirements')
    sub.add_parser('pythons')
    args = parser.parse_args(argv)
    if args.command in ('report', 'pythons'):
        print(json.dumps(environment_report(args.requirements) if args.command == 'report'
                         else python_versions()))
        return 0
    venv = (ROOT / args.venv).resolve() if not Path(args.venv).is_absolute() else Path(args.venv)

    try:
        if args.command == 'doctor':
            return 0 if doctor(venv, args.here) else 1
        test_tools = args.command == 'test' or args.test_tools
        python = setup(venv, test_tools, args.windows_mxnet, args.here)
    except Problem as problem:
        print(f'\n{problem}', file=sys.stderr)
        return 2
    if args.command == 'setup':
        return 0
    if args.house_data or args.command == 'test':
        fill_data_cache(python, args.house_data)
    if args.command == 'lab':
        command = [str(python), '-m', 'jupyter', 'lab', '--ServerApp.ip=127.0.0.1',
                   f'--ServerApp.port={args.port}', '--ServerApp.root_dir=notebooks',
                   '--LabApp.default_url=/lab/tree/'
                   + (EDITIONS['zh'] + '/' if args.zh else '') + '00-contents.ipynb',
                   *extra(args.lab_args)]
    elif args.command == 'test':
        paths = ['tests'] if args.slow else ENVIRONMENT_TESTS if args.notebooks else \
            ['tests', 'notebooks']
        with notebooks_to_test('none' if args.slow else args.edition) as copy:
            paths = [copy if path == 'notebooks' else path for path in paths
                     if path != 'notebooks' or args.edition != 'none']
            # Two or more workers (pytest-xdist): on a 2-core machine two notebooks at once
            # finish in 0.7 of the time of one after the other (benchmarks/RESULTS.md). A module
            # or a class goes to one worker: a notebook's cells run in order, a module shares its
            # fixtures, each edition of the browser test runs in one JupyterLab. The slow tests
            # share nothing: they go out one by one.
            workers = str(max(2, min(os.cpu_count() or 1, 4)))
            command = [str(python), '-m', 'pytest', *paths, '--nbval-lax',
                       '--nbval-current-env', '--nbval-cell-timeout=900', '-p',
                       'no:cacheprovider', '-v', '-rfEs', '-n', workers,
                       '--dist', 'load' if args.slow else 'loadscope',
                       '-m', 'slow' if args.slow else 'not slow',
                       *extra(args.pytest_args)]
            return subprocess.run(command, cwd=ROOT).returncode
    else:
        command = [str(python), *extra(args.python_args)]
    return subprocess.run(command, cwd=ROOT).returncode


class notebooks_to_test(tempfile.TemporaryDirectory):
    """A copy of the notebooks for nbval to run: a lesson writes where it runs (13 writes
    submission.csv), and the learner's notebooks/ folder is theirs. Removed afterwards."""

    def __init__(self, edition='both'):
        (ROOT / 'build').mkdir(exist_ok=True)
        super().__init__(prefix='notebooks-under-test-', dir=ROOT / 'build')
        # Each edition in its folder (in zh/ a kernel speaks Chinese)
        for folder in [EDITIONS[e] for e in EDITIONS if edition in (e, 'both')]:
            (Path(self.name) / folder).mkdir(exist_ok=True)
            for notebook in sorted((ROOT / 'notebooks' / folder).glob('*.ipynb')):
                shutil.copy2(notebook, Path(self.name) / folder)

    def __enter__(self):
        return str(Path(self.name).relative_to(ROOT))


if __name__ == '__main__':
    sys.exit(main())
