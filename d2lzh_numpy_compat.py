"""Lets MXNet 1.x import and run on numpy 1.24 and later, 2.x included.

MXNet 1.9.1 (the last release) and 1.7.0.post2 (the last for Windows) use numpy names that numpy
has since removed; without them `import mxnet` fails with an AttributeError. numpy 1.23.5, the
reference on Python 3.11, still has them all, and there this module changes nothing. From Python
3.12 on there is no numpy 1.23: numpy 2 it is, with the names put back here.

It is installed with the helper package, with a .pth file that runs `install()` at the start of
every Python of the environment, JupyterLab's kernels included. `install()` only adds an import
hook; numpy is touched when `mxnet` is first imported, and then only where a name is missing.
"""
import builtins
import sys
import warnings


def _removed_financial_function(name):
    def removed(*args, **kwargs):
        raise NotImplementedError(
            f'numpy.{name} was removed from numpy (1.20); MXNet only lists it. '
            f'Use numpy_financial.{name} (pip install numpy-financial).')
    removed.__name__ = name
    return removed


def _msort(a):
    """numpy.msort, removed in numpy 2.0: a copy sorted along the first axis."""
    import numpy
    return numpy.sort(a, axis=0)


def aliases(numpy):
    """{name: (value, why MXNet needs it)} of what this numpy may lack."""
    why_builtin = ('an alias of the builtin, deprecated in numpy 1.20 and removed in 1.24; MXNet '
                   'uses it in its dtype tables at import time (np.bool, np.int, ...)')
    why_2 = 'removed in numpy 2.0; MXNet re-exports it in mxnet.numpy at import time'
    table = {name: (getattr(builtins, name), why_builtin)
             for name in ('bool', 'int', 'float', 'object', 'complex', 'str')}
    table.update({
        'alltrue': (numpy.all, why_2), 'sometrue': (numpy.any, why_2),
        'product': (numpy.prod, why_2), 'cumproduct': (numpy.cumprod, why_2),
        'round_': (numpy.round, why_2),
        'PZERO': (0.0, why_2), 'NZERO': (-0.0, why_2),
        'PINF': (float('inf'), why_2), 'NINF': (float('-inf'), why_2),
        'NAN': (float('nan'), why_2), 'NaN': (float('nan'), why_2),
        'Inf': (float('inf'), why_2), 'Infinity': (float('inf'), why_2),
        'infty': (float('inf'), why_2),
        'float_': (numpy.float64, why_2), 'complex_': (numpy.complex128, why_2),
        'unicode_': (numpy.str_, why_2), 'string_': (numpy.bytes_, why_2),
        'msort': (_msort, why_2),
    })
    why_financial = ('a financial function, removed in numpy 1.20 (now numpy_financial); MXNet '
                     're-exports it at import time, and calling it raises with that advice')
    table.update({name: (_removed_financial_function(name), why_financial)
                  for name in ('mirr', 'npv', 'pmt', 'ppmt', 'pv', 'rate')})
    return table


def restore_removed_names():
    """Put back, in numpy, every name of aliases() it lacks. Returns the names put back."""
    import numpy
    restored = []
    for name, (value, _why) in aliases(numpy).items():
        try:
            with warnings.catch_warnings():  # numpy 1.20-1.23 warn on a deprecated alias: it is there
                warnings.simplefilter('ignore')
                getattr(numpy, name)
        except AttributeError:  # numpy raises it, with a message, for a removed name
            setattr(numpy, name, value)
            restored.append(name)
    return restored


class MXNetImportHook:
    """A meta-path finder that finds nothing: it restores numpy's names just before the first
    `import mxnet`, then steps aside for the real finders."""

    def find_spec(self, fullname, path=None, target=None):
        # Only the top-level name: its submodules come after it. Not removed from sys.meta_path
        # here: the import system is iterating over that list.
        if fullname == 'mxnet':
            restore_removed_names()
        return None


def install():
    """Restore numpy's removed names before MXNet is first imported (now, if it already was)."""
    if 'mxnet' in sys.modules:
        restore_removed_names()
    elif not any(isinstance(finder, MXNetImportHook) for finder in sys.meta_path):
        sys.meta_path.insert(0, MXNetImportHook())
