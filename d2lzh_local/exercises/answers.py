"""The kinds of answer an exercise takes, each checked before use: an answer of the wrong kind
gets a sentence that says what was expected (Unusable), never a traceback from the checker."""
import numbers

import numpy as np
from mxnet import nd

from . import Unusable


def kind(x, lang='en'):
    """What x is, in a few words: 'a str', 'an NDArray of shape (2, 3)', '一个 str', ..."""
    zh = lang == 'zh'
    if isinstance(x, nd.NDArray):
        dtype = np.dtype(x.dtype).name
        return f'形状为{x.shape}、类型为{dtype}的NDArray' if zh else \
            f'an NDArray of shape {x.shape} and dtype {dtype}'
    if isinstance(x, np.ndarray):
        return f'形状为{x.shape}的numpy数组' if zh else f'a numpy array of shape {x.shape}'
    if x is None:
        return 'None'
    if isinstance(x, dict):
        return f'键为{list(x)}的dict' if zh else f'a dict with keys {list(x)}'
    name = type(x).__name__
    return f'一个{name}' if zh else ('an ' if name[0] in 'aeiouAEIOU' else 'a ') + name


def expect_function(answer, name):
    if not callable(answer):
        raise Unusable(f'Expected the function {name} (its name, without calling it); got '
                       f'{kind(answer)}.', f'应为函数{name}（只写函数名，不要调用它）；得到的是'
                       f'{kind(answer, "zh")}。')
    return answer


def expect_ndarray(value, what, shape=None, size=None):
    """value as an NDArray (a numpy array is accepted too), of the shape or size given."""
    if isinstance(value, np.ndarray):
        value = nd.array(value)
    if not isinstance(value, nd.NDArray):
        raise Unusable(f'{what} should give an NDArray; it gives {kind(value)}.',
                       f'{what}应返回一个NDArray；它返回的是{kind(value, "zh")}。')
    if shape is not None and value.shape != tuple(shape):
        raise Unusable(f'{what} gives shape {value.shape}; expected {tuple(shape)}.',
                       f'{what}的结果形状为{value.shape}；应为{tuple(shape)}。')
    if size is not None and value.size != size:
        raise Unusable(f'{what} gives {value.size} numbers (shape {value.shape}); expected '
                       f'{size}, one per example.', f'{what}给出{value.size}个数（形状'
                       f'{value.shape}）；应为{size}个，每个样本一个。')
    return value


def expect_choice(answer, options):
    if not isinstance(answer, str) or answer.strip().lower() not in options:
        listed = ', '.join(f"'{o}'" for o in options)
        got = repr(answer) if isinstance(answer, (str, numbers.Number)) else None
        raise Unusable(f'Expected one of {listed}; got {got or kind(answer)}.',
                       f'应为{listed}之一；得到的是{got or kind(answer, "zh")}。')
    return answer.strip().lower()


def expect_integer(answer, name):
    if isinstance(answer, bool) or not isinstance(answer, numbers.Integral):
        if isinstance(answer, numbers.Real) and float(answer).is_integer():
            return int(answer)
        raise Unusable(f'Expected {name} to be a whole number; got {kind(answer)}.',
                       f'{name}应为整数；得到的是{kind(answer, "zh")}。')
    return int(answer)


def expect_number(answer, name):
    if isinstance(answer, nd.NDArray) and answer.size == 1:
        answer = answer.asscalar()
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        raise Unusable(f'Expected {name} to be a number; got {kind(answer)}.',
                       f'{name}应为一个数；得到的是{kind(answer, "zh")}。')
    return float(answer)


def is_number(x):
    """A real number, and not a bool (True would pass as 1)."""
    return isinstance(x, numbers.Real) and not isinstance(x, bool)
