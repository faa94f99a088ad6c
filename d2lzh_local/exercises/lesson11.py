"""Lesson 11, forward propagation, backpropagation and computational graphs: the exercises."""
import functools

import numpy as np
from mxnet import autograd, nd

from . import T, Unusable, Wrong, call, lesson
from .answers import expect_choice, expect_function, expect_integer, expect_number, kind

EXERCISES, exercise = lesson()
LAMBDA = 0.1  # the penalty of the lesson's small example
SIZES = ((4, 5, 3, 2), (6, 3, 4, 5))  # (d, h, q, n): the lesson's small example, then another



# --- what the checks share: the lesson's network, in float64 ------------------------------------

def _cross_entropy(O, y):
    """The lesson's loss term: the mean over the columns (examples) of -log softmax(o)_y."""
    return -nd.pick(nd.log_softmax(O, axis=0), y, axis=0).mean()


def _forward(X, y, W1, W2, lambd):
    """The lesson's forward (ReLU, no biases)."""
    Z = nd.dot(W1, X)
    H = nd.relu(Z)
    O = nd.dot(W2, H)
    return _cross_entropy(O, y) + lambd / 2 * (W1.norm() ** 2 + W2.norm() ** 2), \
        {'X': X, 'Z': Z, 'H': H, 'O': O}


def _backward(cache, y, W1, W2, lambd):
    """The lesson's backward."""
    X, Z, H, O = cache['X'], cache['Z'], cache['H'], cache['O']
    n = X.shape[1]
    dO = (nd.softmax(O, axis=0) - nd.one_hot(y, O.shape[0], dtype=O.dtype).T) / n
    dW2 = nd.dot(dO, H.T) + lambd * W2
    dH = nd.dot(W2.T, dO)
    dZ = dH * (Z > 0)
    dW1 = nd.dot(dZ, X.T) + lambd * W1
    return {'O': dO, 'H': dH, 'Z': dZ, 'W2': dW2, 'W1': dW1}


def _example(sizes, seed, dtype='float64'):
    """A batch with examples as columns and the parameters of the lesson's network, biases
    included: X (d x n), y (n), W1 (h x d), b1 (h x 1), W2 (q x h), b2 (q x 1)."""
    d, h, q, n = sizes
    rng = np.random.RandomState(seed)
    X, W1, b1, W2, b2 = (nd.array(rng.normal(size=shape), dtype=dtype) for shape in
                         ((d, n), (h, d), (h, 1), (q, h), (q, 1)))
    y = nd.array(rng.randint(0, q, size=n), dtype='int32')
    return X, y, W1, b1, W2, b2


def _shown(sizes):
    return T(f'for (d, h, q, n) = {sizes}', f'在(d, h, q, n) = {sizes}时')


def _largest_difference(a, b):
    return float(np.abs(a.asnumpy().astype(np.float64) - b.asnumpy().astype(np.float64)).max())


def _close(a, b, tol=1e-9):
    return _largest_difference(a, b) <= tol * max(1.0, float(np.abs(b.asnumpy()).max()))


def _array(value, what):
    """value as an NDArray (a numpy array is accepted too), else Unusable."""
    if isinstance(value, np.ndarray):
        value = nd.array(value, dtype=value.dtype)
    if not isinstance(value, nd.NDArray):
        raise Unusable(f'{what} should be an NDArray; it is {kind(value)}.',
                       f'{what}应为一个NDArray；它是{kind(value, "zh")}。')
    return value


def _gradients(got, names, what):
    """The learner's dict of gradients, with each of names in it."""
    if not isinstance(got, dict):
        raise Unusable(f'{what} should return a dict of gradients, as backward does '
                       f"({{'W1': ..., 'W2': ...}}); it returns {kind(got)}.",
                       f'{what}应像backward一样返回一个梯度字典'
                       f"（{{'W1': ..., 'W2': ...}}）；它返回的是{kind(got, 'zh')}。")
    for name in names:
        if name not in got:
            raise Wrong(f"The dict it returns has no '{name}' (its keys: {sorted(got)}).",
                        f"它返回的字典中没有 '{name}'（已有的键：{sorted(got)}）。")
    return {name: _array(got[name], f"{what}['{name}']") for name in names}


def _compare(name, got, right, sizes, n):
    """Raise Wrong, saying how, if the learner's gradient dJ/d(name) is not the right one."""
    shown = _shown(sizes)
    if got.shape != right.shape:
        if got.size == right.size and _close(got.reshape(right.shape), right):
            raise Wrong(f'dJ/d{name} has the right numbers but the shape {got.shape}: a gradient '
                        f'has the shape of its variable, here {right.shape}, or the update '
                        f'{name} -= lr * dJ/d{name} does not fit.',
                        f'dJ/d{name}的数值正确，但形状为{got.shape}：梯度与对应变量的形状相同，这里应为'
                        f'{right.shape}，否则更新{name} -= lr * dJ/d{name}时形状对不上。')
        raise Wrong(f'dJ/d{name} has shape {got.shape} {shown["en"]}; {name} has shape '
                    f'{right.shape}, and a gradient has the shape of its variable.',
                    f'{shown["zh"]}，dJ/d{name}的形状为{got.shape}，而{name}的形状为{right.shape}：'
                    '梯度与对应变量的形状相同。')
    if _close(got, right):
        return
    if n > 1 and _close(got * n, right):
        raise Wrong(f'dJ/d{name} is n = {n} times too small {shown["en"]}: dJ/dO already holds '
                    'the 1/n of the mean, so the examples\' contributions are added up, not '
                    'averaged again.',
                    f'{shown["zh"]}，dJ/d{name}只有正确值的1/n（n = {n}）：dJ/dO中已经含有求平均的1/n，'
                    '所以各样本的贡献应当直接相加，而不是再平均一次。')
    if n > 1 and _close(got, right * n):
        raise Wrong(f'dJ/d{name} is n = {n} times too large {shown["en"]}: is the 1/n of the mean '
                    'missing?', f'{shown["zh"]}，dJ/d{name}是正确值的n倍（n = {n}）：是不是漏掉了求平均的1/n？')
    if _close(got, -right):
        raise Wrong(f'dJ/d{name} has the wrong sign {shown["en"]}.',
                    f'{shown["zh"]}，dJ/d{name}的符号反了。')
    raise Wrong(f'dJ/d{name} differs from autograd\'s by up to {_largest_difference(got, right):.3g} '
                f'{shown["en"]}.',
                f'{shown["zh"]}，dJ/d{name}与autograd的结果最多相差'
                f'{_largest_difference(got, right):.3g}。')


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Forward propagation with biases', '带偏差的正向传播'),
    T('Add biases (偏差) $\\mathbf{b}^{(1)} \\in \\mathbb{R}^h$ to the hidden layer and '
      '$\\mathbf{b}^{(2)} \\in \\mathbb{R}^q$ to the output layer. First change the computational '
      'graph and the formulas of forward propagation on paper: where do the new variables '
      'enter, and does the L2 norm penalty $s$ change? Then write `forward_with_biases(X, y, W1, '
      'b1, W2, b2, lambd)`: `forward` with the biases, returning $J$ and the cache `{\'X\': ..., '
      '\'Z\': ..., \'H\': ..., \'O\': ...}` as `forward` does. Examples are columns, as in the '
      'lesson, so `b1` has shape $(h, 1)$ and `b2` shape $(q, 1)$: one column, added to every '
      'example\'s.',
      '在隐藏层中加入偏差（bias）$\\mathbf{b}^{(1)} \\in \\mathbb{R}^h$，在输出层中加入偏差'
      '$\\mathbf{b}^{(2)} \\in \\mathbb{R}^q$。先在纸上修改计算图和正向传播的表达式：新的变量从哪里进入？'
      'L2范数惩罚项$s$要不要变？然后写出`forward_with_biases(X, y, W1, b1, W2, b2, lambd)`，'
      '即带偏差的`forward`，它像`forward`一样返回$J$和缓存`{\'X\': ..., \'Z\': ..., \'H\': ..., '
      '\'O\': ...}`。和本节一样，样本按列排列，所以`b1`的形状为$(h, 1)$，`b2`的形状为$(q, 1)$：'
      '偏差是一列，加到每个样本所在的列上。'),
    """def forward_with_biases(X, y, W1, b1, W2, b2, lambd):
    ...  # your code: J and the cache {'X': ..., 'Z': ..., 'H': ..., 'O': ...}, as forward returns

ex[1].check(forward_with_biases)""", kind='function', book=['3.14.1'],
    what=T('Write the body of forward_with_biases above, then run the cell again.',
           '在上面写出forward_with_biases的函数体，然后再运行这个单元格。'),
    hints=[T('A layer with a bias computes its weights times its input, plus its bias. In the '
             'graph, $\\mathbf{b}^{(1)}$ and $\\mathbf{b}^{(2)}$ are two new leaves, like the '
             'weights. Which of the intermediate variables $\\mathbf{z}$, $\\mathbf{h}$, '
             '$\\mathbf{o}$ do they change, and is the penalty of notebook 09 on biases?',
             '带偏差的层计算的是权重乘以输入，再加上偏差。在计算图中，$\\mathbf{b}^{(1)}$和'
             '$\\mathbf{b}^{(2)}$是两个新的叶子节点，和权重一样。它们改变了中间变量$\\mathbf{z}$、'
             '$\\mathbf{h}$、$\\mathbf{o}$中的哪些？第09节的惩罚项作用于偏差吗？'),
           T('$\\mathbf{z} = \\mathbf{W}^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)}$ (before $\\phi$) and '
             '$\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} + \\mathbf{b}^{(2)}$: `Z = nd.dot(W1, X) + '
             'b1` (the $(h, 1)$ column broadcasts over the $n$ columns), `H = nd.relu(Z)`, `O = '
             'nd.dot(W2, H) + b2`. The penalty stays $\\frac{\\lambda}{2}(\\|\\mathbf{W}^{(1)}\\|_F^2 '
             '+ \\|\\mathbf{W}^{(2)}\\|_F^2)$: weight decay is on the weights only.',
             '$\\mathbf{z} = \\mathbf{W}^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)}$（在$\\phi$之前），'
             '$\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} + \\mathbf{b}^{(2)}$：`Z = nd.dot(W1, X) + b1`'
             '（形状为$(h, 1)$的列通过广播加到$n$列上），`H = nd.relu(Z)`，`O = nd.dot(W2, H) + b2`。'
             '惩罚项仍是$\\frac{\\lambda}{2}(\\|\\mathbf{W}^{(1)}\\|_F^2 + \\|\\mathbf{W}^{(2)}\\|_F^2)$：'
             '权重衰减只作用于权重。')],
    explanation=T(
        'In the graph, $\\mathbf{b}^{(1)}$ and $\\mathbf{b}^{(2)}$ are two new leaves: '
        '$\\mathbf{b}^{(1)}$ goes with $\\mathbf{W}^{(1)}\\mathbf{x}$ into the operator that makes '
        '$\\mathbf{z} = \\mathbf{W}^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)}$, $\\mathbf{b}^{(2)}$ '
        'into the one that makes $\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} + \\mathbf{b}^{(2)}$; '
        'they have no arrow to $s$, because the L2 norm penalty, like weight decay, is on the '
        'weights only. With examples as columns each bias is one column that broadcasting adds to '
        'all $n$ of them. The cache keeps the same four arrays, now with the biases inside '
        '$\\mathbf{Z}$ and $\\mathbf{O}$; with `b1` and `b2` at 0 it gives the lesson\'s $J$.',
        '在计算图中，$\\mathbf{b}^{(1)}$和$\\mathbf{b}^{(2)}$是两个新的叶子节点：$\\mathbf{b}^{(1)}$与'
        '$\\mathbf{W}^{(1)}\\mathbf{x}$一起输入计算$\\mathbf{z} = \\mathbf{W}^{(1)}\\mathbf{x} + '
        '\\mathbf{b}^{(1)}$的运算符，$\\mathbf{b}^{(2)}$输入计算$\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} '
        '+ \\mathbf{b}^{(2)}$的运算符；它们没有指向$s$的箭头，因为L2范数惩罚项和权重衰减一样，只作用于权重。'
        '样本按列排列时，每个偏差是一列，通过广播加到全部$n$列上。缓存仍是那四个数组，只是现在$\\mathbf{Z}$和'
        '$\\mathbf{O}$中包含了偏差；`b1`和`b2`为0时，它给出的$J$与本节的相同。'))


@ex1.solves
def forward_with_biases(X, y, W1, b1, W2, b2, lambd):
    Z = nd.dot(W1, X) + b1  # b1, one column (h x 1), is added to every example's column
    H = nd.relu(Z)
    O = nd.dot(W2, H) + b2
    L = -nd.pick(nd.log_softmax(O, axis=0), y, axis=0).mean()  # the lesson's cross_entropy
    s = lambd / 2 * (W1.norm() ** 2 + W2.norm() ** 2)  # the penalty is on the weights only
    return L + s, {'X': X, 'Z': Z, 'H': H, 'O': O}


def _sizes(args):
    X, _, W1, _, W2 = args[:5]
    return (X.shape[0], W1.shape[0], W2.shape[0], X.shape[1])


def _run_forward(f, args, shown):
    got = call(f, *args, LAMBDA, when=T(f'called {shown["en"]}',
                                        f'用(d, h, q, n) = {_sizes(args)}的输入调用它'))
    if not isinstance(got, (tuple, list)) or len(got) != 2 or not isinstance(got[1], dict):
        raise Unusable('forward_with_biases should return J and the cache, as forward does: '
                       f'J, {{\'X\': ..., \'Z\': ..., \'H\': ..., \'O\': ...}}; it returns {kind(got)}.',
                       'forward_with_biases应像forward一样返回J和缓存：'
                       f'J, {{\'X\': ..., \'Z\': ..., \'H\': ..., \'O\': ...}}；它返回的是{kind(got, "zh")}。')
    return expect_number(got[0], 'J'), got[1]


@ex1.checks
def _(answer):
    f = expect_function(answer, 'forward_with_biases')
    for seed, sizes in enumerate(SIZES):
        X, y, W1, b1, W2, b2 = _example(sizes, seed)
        shown = _shown(sizes)
        J, cache = _run_forward(f, (X, y, W1, b1, W2, b2), shown)
        J_right, cache_right = forward_with_biases(X, y, W1, b1, W2, b2, LAMBDA)
        J_right = J_right.asscalar()
        if abs(J - J_right) > 1e-9 * max(1, abs(J_right)):
            _which_part_of_J(f, X, y, W1, b1, W2, b2, J, J_right, shown)
        for name in ('X', 'Z', 'H', 'O'):
            if name not in cache:
                raise Wrong(f"Its J is right, but the cache has no '{name}': backward reads X, Z, "
                            'H and O from it.',
                            f"它的J正确，但缓存中没有'{name}'：backward要从缓存中读取X、Z、H和O。")
            got = _array(cache[name], f"cache['{name}']")
            if got.shape != cache_right[name].shape or not _close(got, cache_right[name]):
                raise Wrong(f"Its J is right, but cache['{name}'] is not the network's "
                            f'{name} {shown["en"]}: backward reads it, so it must be the very '
                            'value forward computed on the way to J.',
                            f"它的J正确，但{shown['zh']}，cache['{name}']不是网络的{name}："
                            'backward要读取它，所以它必须正是正向传播在计算J的过程中得到的那个值。')


def _which_part_of_J(f, X, y, W1, b1, W2, b2, J, J_right, shown):
    """J is wrong: say which part (the penalty, or where b1 or b2 enters)."""
    sizes = (X.shape[0], W1.shape[0], W2.shape[0], X.shape[1])
    penalty = LAMBDA / 2 * ((b1 ** 2).sum() + (b2 ** 2).sum()).asscalar()
    if abs(J - (J_right + penalty)) <= 1e-9 * max(1, abs(J_right)):
        raise Wrong(f'Its J is the right one plus λ/2 (‖b1‖² + ‖b2‖²) {shown["en"]}: the biases '
                    'have joined the penalty s. The L2 norm penalty of the lesson, like weight '
                    'decay, is on the weights only.',
                    f'{shown["zh"]}，它的J等于正确值加上λ/2 (‖b1‖² + ‖b2‖²)：偏差被算进了惩罚项s。'
                    '本节的L2范数惩罚项和权重衰减一样，只作用于权重。')
    for zero_b1, zero_b2, en, zh in (
            (True, True, 'with b1 = 0 and b2 = 0 its J is not that of the lesson\'s forward (without '
             'biases the network is the lesson\'s)', ('b1 = 0且b2 = 0', '它的J与本节forward给出的不同'
                                                     '（没有偏差时，网络就是本节的网络）')),
            (True, False, 'with b1 = 0 and a b2 other than 0 its J is wrong: look at how b2 enters '
             'the output layer', ('b1 = 0而b2不为0', '它的J不对：看一看b2怎样进入输出层')),
            (False, True, 'with b2 = 0 and a b1 other than 0 its J is wrong: look at where b1 '
             'enters the hidden layer, before or after φ',
             ('b2 = 0而b1不为0', '它的J不对：看一看b1是在隐藏层的 φ 之前还是之后加上的'))):
        c1, c2 = (b1 * 0 if zero_b1 else b1), (b2 * 0 if zero_b2 else b2)
        got, _ = _run_forward(f, (X, y, W1, c1, W2, c2), shown)
        right = forward_with_biases(X, y, W1, c1, W2, c2, LAMBDA)[0].asscalar()
        if abs(got - right) > 1e-9 * max(1, abs(right)):
            raise Wrong(f'{shown["en"].capitalize()}, {en}.',
                        f'{zh[0]}（(d, h, q, n) = {sizes}）时，{zh[1]}。')
    raise Wrong(f'Its J, {J:.6g}, is not the objective of the network with biases '
                f'{shown["en"]}.', f'{shown["zh"]}，它的J为{J:.6g}，不是带偏差的网络的目标函数。')


@ex1.wrong('the biases in the penalty too')
def _():
    def f(X, y, W1, b1, W2, b2, lambd):
        J, cache = forward_with_biases(X, y, W1, b1, W2, b2, lambd)
        return J + lambd / 2 * ((b1 ** 2).sum() + (b2 ** 2).sum()), cache
    return f


@ex1.wrong('b1 added after the ReLU, not before')
def _():
    def f(X, y, W1, b1, W2, b2, lambd):
        Z = nd.dot(W1, X)
        H = nd.relu(Z) + b1
        O = nd.dot(W2, H) + b2
        return _cross_entropy(O, y) + lambd / 2 * (W1.norm() ** 2 + W2.norm() ** 2), \
            {'X': X, 'Z': Z, 'H': H, 'O': O}
    return f


@ex1.wrong('the right J, but the cache keeps z without its bias')
def _():
    def f(X, y, W1, b1, W2, b2, lambd):
        J, cache = forward_with_biases(X, y, W1, b1, W2, b2, lambd)
        return J, dict(cache, Z=nd.dot(W1, X))
    return f


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Backpropagation with biases', '带偏差的反向传播'),
    T('Now backpropagation (反向传播) for the network of exercise 1. Derive '
      '$\\partial J/\\partial\\mathbf{b}^{(2)}$ and $\\partial J/\\partial\\mathbf{b}^{(1)}$ with '
      'the chain rule (链式法则), and see which formulas of the lesson change. Then write '
      '`backward_with_biases(cache, y, W1, W2, lambd)`: the lesson\'s `backward`, whose dict '
      'now also holds `\'b1\'` and `\'b2\'`. It takes the same arguments as `backward`: why does '
      'it need no bias? The check gives it the cache of `forward_with_biases` and compares its '
      'gradients with autograd\'s.',
      '现在为练习1的网络做反向传播（backpropagation）。用链式法则（chain rule）推导'
      '$\\partial J/\\partial\\mathbf{b}^{(2)}$和$\\partial J/\\partial\\mathbf{b}^{(1)}$，看看本节的哪些'
      '表达式要改。然后写出`backward_with_biases(cache, y, W1, W2, lambd)`：它就是本节的`backward`，只是返回的'
      '字典中还要有`\'b1\'`和`\'b2\'`。它的参数与`backward`相同：为什么它不需要偏差的值？检查会把'
      '`forward_with_biases`的缓存传给它，并把它算出的梯度与autograd的结果比较。'),
    """def backward_with_biases(cache, y, W1, W2, lambd):
    ...  # your code: backward's gradients, plus 'b1' and 'b2'

ex[2].check(backward_with_biases)""", kind='function', book=['3.14.1'],
    what=T('Write the body of backward_with_biases above, then run the cell again.',
           '在上面写出backward_with_biases的函数体，然后再运行这个单元格。'),
    hints=[T('$\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} + \\mathbf{b}^{(2)}$: by how much does '
             '$o_j$ change when $b^{(2)}_j$ changes by 1? So what is $\\partial J/\\partial '
             '\\mathbf{b}^{(2)}$ for one example, and what for a mini-batch (小批量) whose '
             'examples all share the same $\\mathbf{b}^{(2)}$?',
             '$\\mathbf{o} = \\mathbf{W}^{(2)}\\mathbf{h} + \\mathbf{b}^{(2)}$：$b^{(2)}_j$变化1时，'
             '$o_j$变化多少？那么对一个样本，$\\partial J/\\partial\\mathbf{b}^{(2)}$是什么？小批量（mini-batch）'
             '中的所有样本共用同一个$\\mathbf{b}^{(2)}$，这时又是什么？'),
           T('For one example $\\partial J/\\partial\\mathbf{b}^{(2)} = \\partial J/\\partial '
             '\\mathbf{o}$ and $\\partial J/\\partial\\mathbf{b}^{(1)} = \\partial J/\\partial '
             '\\mathbf{z}$ (no penalty term). A mini-batch adds up its examples\' contributions: '
             '`dO.sum(axis=1, keepdims=True)` and `dZ.sum(axis=1, keepdims=True)`, shapes '
             '$(q, 1)$ and $(h, 1)$. `dO` already holds the $1/n$ of the mean. The other '
             'formulas stay as they are: the biases act through the cached $\\mathbf{Z}$ and '
             '$\\mathbf{O}$.',
             '对一个样本，$\\partial J/\\partial\\mathbf{b}^{(2)} = \\partial J/\\partial\\mathbf{o}$，'
             '$\\partial J/\\partial\\mathbf{b}^{(1)} = \\partial J/\\partial\\mathbf{z}$（没有惩罚项）。'
             '小批量把各样本的贡献相加：`dO.sum(axis=1, keepdims=True)`和`dZ.sum(axis=1, '
             'keepdims=True)`，形状分别为$(q, 1)$和$(h, 1)$。`dO`中已经含有求平均的$1/n$。其余的表达式'
             '不变：偏差通过缓存中的$\\mathbf{Z}$和$\\mathbf{O}$起作用。')],
    explanation=T(
        'A bias is added straight to its layer\'s intermediate variable, so for one example '
        '$\\partial J/\\partial\\mathbf{b}^{(2)} = \\partial J/\\partial\\mathbf{o}$ and '
        '$\\partial J/\\partial\\mathbf{b}^{(1)} = \\partial J/\\partial\\mathbf{z}$, with no '
        '$\\lambda$ term since the penalty leaves the biases out. All the examples of a '
        'mini-batch share the biases, so their contributions add up: the sums of the columns of '
        '$\\partial J/\\partial\\mathbf{O}$ and of $\\partial J/\\partial\\mathbf{Z}$ (which already '
        'carry the $1/n$ of the mean). In the graph, the red arrows now reach the two new leaves '
        'as well. The formulas of the lesson do not change, and `backward` needs no bias: the '
        'biases enter only through the values forward cached, $\\mathbf{Z}$ (for '
        '$\\phi\'(\\mathbf{z})$) and $\\mathbf{O}$ (for the softmax). A hidden unit that ReLU '
        'switched off for an example passes back nothing to its bias either.',
        '偏差直接加到它所在层的中间变量上，所以对一个样本，$\\partial J/\\partial\\mathbf{b}^{(2)} = \\partial '
        'J/\\partial\\mathbf{o}$，$\\partial J/\\partial\\mathbf{b}^{(1)} = \\partial J/\\partial\\mathbf{z}$，'
        '而且没有$\\lambda$项，因为惩罚项不含偏差。小批量中的所有样本共用偏差，所以它们的贡献相加：'
        '即$\\partial J/\\partial\\mathbf{O}$和$\\partial J/\\partial\\mathbf{Z}$各列之和（其中已经含有求平均的'
        '$1/n$）。在计算图中，红色箭头现在也到达这两个新的叶子节点。本节的表达式都不变，`backward`也不需要偏差的值：'
        '偏差只通过正向传播缓存的值起作用，即$\\mathbf{Z}$（用于$\\phi\'(\\mathbf{z})$）和$\\mathbf{O}$'
        '（用于softmax）。对某个样本未激活的隐藏单元，也不会向自己的偏差传回梯度。'))


@ex2.solves
def backward_with_biases(cache, y, W1, W2, lambd):
    X, Z, H, O = cache['X'], cache['Z'], cache['H'], cache['O']
    n = X.shape[1]
    dO = (nd.softmax(O, axis=0) - nd.one_hot(y, O.shape[0], dtype=O.dtype).T) / n
    dW2 = nd.dot(dO, H.T) + lambd * W2
    db2 = dO.sum(axis=1, keepdims=True)  # every example's dJ/do, added up: b2 is shared
    dH = nd.dot(W2.T, dO)
    dZ = dH * (Z > 0)
    dW1 = nd.dot(dZ, X.T) + lambd * W1
    db1 = dZ.sum(axis=1, keepdims=True)  # the same for b1, through phi'(z)
    return {'O': dO, 'H': dH, 'Z': dZ, 'W2': dW2, 'b2': db2, 'W1': dW1, 'b1': db1}


def _autograd_with_biases(X, y, W1, b1, W2, b2):
    params = {'W1': W1.copy(), 'b1': b1.copy(), 'W2': W2.copy(), 'b2': b2.copy()}
    for p in params.values():
        p.attach_grad()
    with autograd.record():
        J, _ = forward_with_biases(X, y, params['W1'], params['b1'], params['W2'], params['b2'],
                                   LAMBDA)
    J.backward()
    return {name: p.grad for name, p in params.items()}


@ex2.checks
def _(answer):
    f = expect_function(answer, 'backward_with_biases')
    for seed, sizes in enumerate(SIZES):
        X, y, W1, b1, W2, b2 = _example(sizes, seed)
        _, cache = forward_with_biases(X, y, W1, b1, W2, b2, LAMBDA)
        right = _autograd_with_biases(X, y, W1, b1, W2, b2)
        shown = _shown(sizes)
        got = call(f, dict(cache), y, W1, W2, LAMBDA,
                   when=T(f'given a cache {shown["en"]}', f'传入(d, h, q, n) = {sizes}时的缓存'))
        got = _gradients(got, ('W2', 'b2', 'W1', 'b1'), 'backward_with_biases(...)')
        for name in ('W2', 'W1', 'b2'):
            _compare(name, got[name], right[name], sizes, sizes[3])
        if got['b1'].shape == right['b1'].shape and not _close(got['b1'], right['b1']):
            dH = nd.dot(W2.T, backward_with_biases(cache, y, W1, W2, LAMBDA)['O'])
            if _close(got['b1'], dH.sum(axis=1, keepdims=True)):
                raise Wrong(f'dJ/db1 differs from autograd\'s {shown["en"]}: it adds up dJ/dH '
                            'over the examples, also for hidden units that ReLU switched off. '
                            'Where does b1 enter, before or after φ?',
                            f'{shown["zh"]}，dJ/db1与autograd的结果不同：它把各样本的dJ/dH相加，'
                            '连未激活的隐藏单元也算在内。b1是在 φ 之前还是之后加上的？')
        _compare('b1', got['b1'], right['b1'], sizes, sizes[3])


@ex2.wrong('the biases\' gradients averaged over the examples (the 1/n twice)')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = backward_with_biases(cache, y, W1, W2, lambd)
        return dict(grads, b2=grads['O'].mean(axis=1, keepdims=True),
                    b1=grads['Z'].mean(axis=1, keepdims=True))
    return f


@ex2.wrong('dJ/db2 not summed over the examples: one column per example')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = backward_with_biases(cache, y, W1, W2, lambd)
        return dict(grads, b2=grads['O'], b1=grads['Z'])
    return f


@ex2.wrong('dJ/db1 from dJ/dH, without the factor phi\'(z)')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = backward_with_biases(cache, y, W1, W2, lambd)
        return dict(grads, b1=grads['H'].sum(axis=1, keepdims=True))
    return f


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Backpropagation through a sigmoid', '经过sigmoid函数的反向传播'),
    T('Replace ReLU by the sigmoid function (sigmoid函数) $\\sigma$, whose derivative is '
      '$\\sigma(z)(1 - \\sigma(z))$: the hidden layer becomes $\\mathbf{H} = \\sigma(\\mathbf{Z})$ '
      '(no biases, as in the lesson). What changes in `backward`? Which cached variable does it '
      'need now, $\\mathbf{Z}$ or $\\mathbf{H}$? Write `backward_sigmoid(cache, y, W1, W2, '
      'lambd)` that returns `\'W1\'` and `\'W2\'` (and the others if you like), reading only '
      'what it needs: the check compares its gradients with autograd\'s, then spoils the cached '
      'array a sigmoid network\'s `backward` can do without, and expects the same gradients.',
      '把ReLU换成sigmoid函数$\\sigma$，它的导数为$\\sigma(z)(1 - \\sigma(z))$：隐藏层变为$\\mathbf{H} = '
      '\\sigma(\\mathbf{Z})$（和本节一样没有偏差）。`backward`中哪里要改？它现在需要缓存中的哪个变量，'
      '$\\mathbf{Z}$还是$\\mathbf{H}$？写出`backward_sigmoid(cache, y, W1, W2, lambd)`，返回`\'W1\'`和'
      '`\'W2\'`（也可以返回其他梯度），并且只读取它需要的数组：检查先把它算出的梯度与autograd的结果比较，再破坏'
      'sigmoid网络的`backward`用不着的那个缓存数组，这时梯度应当不变。'),
    """def backward_sigmoid(cache, y, W1, W2, lambd):
    ...  # your code: the gradients, {'W1': ..., 'W2': ...}, for H = sigmoid(Z)

ex[3].check(backward_sigmoid)""", kind='function',
    what=T('Write the body of backward_sigmoid above, then run the cell again.',
           '在上面写出backward_sigmoid的函数体，然后再运行这个单元格。'),
    hints=[T('Only one line of `backward` depends on $\\phi$: the factor $\\phi\'(\\mathbf{z})$ in '
             '$\\partial J/\\partial\\mathbf{z}$. The derivative $\\sigma(z)(1 - \\sigma(z))$ is '
             'written with $\\sigma(z)$: where has forward already stored $\\sigma(\\mathbf{Z})$?',
             '`backward`中只有一行依赖于$\\phi$：$\\partial J/\\partial\\mathbf{z}$中的因子'
             '$\\phi\'(\\mathbf{z})$。导数$\\sigma(z)(1 - \\sigma(z))$是用$\\sigma(z)$写出的：正向传播已经把'
             '$\\sigma(\\mathbf{Z})$存在哪里了？'),
           T('$\\sigma(\\mathbf{Z})$ is $\\mathbf{H}$, which backward reads anyway for $\\partial '
             'J/\\partial\\mathbf{W}^{(2)}$: `dZ = dH * H * (1 - H)`. Everything else stays as in '
             'the lesson, and $\\mathbf{Z}$ is no longer read: forward need not keep it.',
             '$\\sigma(\\mathbf{Z})$就是$\\mathbf{H}$，而反向传播为了$\\partial J/\\partial\\mathbf{W}^{(2)}$'
             '本来就要读取它：`dZ = dH * H * (1 - H)`。其余都与本节相同，$\\mathbf{Z}$不再被读取：正向传播'
             '不必保存它。')],
    explanation=T(
        'Only the factor $\\phi\'(\\mathbf{z})$ changes: for the sigmoid it is $\\sigma(\\mathbf{z}) '
        '\\odot (1 - \\sigma(\\mathbf{z})) = \\mathbf{h} \\odot (1 - \\mathbf{h})$, so $\\partial '
        'J/\\partial\\mathbf{z} = \\partial J/\\partial\\mathbf{h} \\odot \\mathbf{h} \\odot (1 - '
        '\\mathbf{h})$. It is written with the layer\'s output $\\mathbf{H}$, which backward reads '
        'anyway for $\\partial J/\\partial\\mathbf{W}^{(2)}$, so $\\mathbf{Z}$ is no longer needed: '
        'forward can keep three arrays instead of four, and backward computes no exponential. '
        'Computing $\\sigma(\\mathbf{Z})$ again from $\\mathbf{Z}$ gives the same numbers but '
        'repeats forward\'s work and needs $\\mathbf{Z}$ kept. (Exercise 4 finds the same saving '
        'for ReLU.)',
        '只有因子$\\phi\'(\\mathbf{z})$变了：对sigmoid函数，它是$\\sigma(\\mathbf{z}) \\odot (1 - '
        '\\sigma(\\mathbf{z})) = \\mathbf{h} \\odot (1 - \\mathbf{h})$，所以$\\partial J/\\partial\\mathbf{z} = '
        '\\partial J/\\partial\\mathbf{h} \\odot \\mathbf{h} \\odot (1 - \\mathbf{h})$。它用该层的输出'
        '$\\mathbf{H}$写出，而反向传播为了$\\partial J/\\partial\\mathbf{W}^{(2)}$本来就要读取$\\mathbf{H}$，'
        '所以不再需要$\\mathbf{Z}$：正向传播只需保存三个数组而不是四个，反向传播也不用计算指数。从$\\mathbf{Z}$'
        '重新计算$\\sigma(\\mathbf{Z})$得到的数相同，但重复了正向传播的工作，而且仍需保存$\\mathbf{Z}$。'
        '（练习4会为ReLU找到同样的节省办法。）'))


@ex3.solves
def backward_sigmoid(cache, y, W1, W2, lambd):
    X, H, O = cache['X'], cache['H'], cache['O']  # Z is not needed any more
    n = X.shape[1]
    dO = (nd.softmax(O, axis=0) - nd.one_hot(y, O.shape[0], dtype=O.dtype).T) / n
    dW2 = nd.dot(dO, H.T) + lambd * W2
    dH = nd.dot(W2.T, dO)
    dZ = dH * H * (1 - H)  # sigma'(z) = sigma(z) (1 - sigma(z)), and H = sigma(Z)
    dW1 = nd.dot(dZ, X.T) + lambd * W1
    return {'O': dO, 'H': dH, 'Z': dZ, 'W2': dW2, 'W1': dW1}


def _sigmoid_case(sizes, seed):
    """The cache of the sigmoid network and autograd's gradients for W1 and W2."""
    X, y, W1, _, W2, _ = _example(sizes, seed)
    params = {'W1': W1.copy(), 'W2': W2.copy()}
    for p in params.values():
        p.attach_grad()
    with autograd.record():
        Z = nd.dot(params['W1'], X)
        H = nd.sigmoid(Z)
        O = nd.dot(params['W2'], H)
        J = _cross_entropy(O, y) + LAMBDA / 2 * (params['W1'].norm() ** 2 +
                                                 params['W2'].norm() ** 2)
    J.backward()
    cache = {'X': X, 'Z': Z.detach(), 'H': H.detach(), 'O': O.detach()}
    return cache, y, W1, W2, {name: p.grad for name, p in params.items()}


@ex3.checks
def _(answer):
    f = expect_function(answer, 'backward_sigmoid')
    for seed, sizes in enumerate(SIZES):
        cache, y, W1, W2, right = _sigmoid_case(sizes, seed)
        shown = _shown(sizes)
        got = call(f, dict(cache), y, W1, W2, LAMBDA,
                   when=T(f'given the cache of a sigmoid network {shown["en"]}',
                          f'传入sigmoid网络在(d, h, q, n) = {sizes}时的缓存'))
        got = _gradients(got, ('W2', 'W1'), 'backward_sigmoid(...)')
        _compare('W2', got['W2'], right['W2'], sizes, sizes[3])
        if got['W1'].shape == right['W1'].shape and not _close(got['W1'], right['W1']):
            relu = _backward(cache, y, W1, W2, LAMBDA)['W1']
            extra = T(' It is the gradient of the ReLU network: the factor φ\'(z) is still ReLU\'s.',
                      '这是ReLU网络的梯度：因子 φ\'(z) 仍是ReLU的。') if _close(got['W1'], relu) else \
                T(' dJ/dW2 is right, so look at the factor φ\'(z): is it σ\'(z), taken at z?',
                  'dJ/dW2是对的，所以看一看因子 φ\'(z)：它是在z处取值的 σ\'(z) 吗？')
            raise Wrong(f'dJ/dW1 differs from autograd\'s by up to '
                        f'{_largest_difference(got["W1"], right["W1"]):.3g} {shown["en"]}.'
                        + extra['en'],
                        f'{shown["zh"]}，dJ/dW1与autograd的结果最多相差'
                        f'{_largest_difference(got["W1"], right["W1"]):.3g}。' + extra['zh'])
        _compare('W1', got['W1'], right['W1'], sizes, sizes[3])
        spoilt = dict(cache, Z=nd.full(cache['Z'].shape, np.nan, dtype=cache['Z'].dtype))
        again = call(f, spoilt, y, W1, W2, LAMBDA,
                     when=T('given the same cache with Z spoilt (all nan)',
                            '传入同一个缓存、但其中的Z已被破坏（全为nan）'))
        again = _gradients(again, ('W2', 'W1'), 'backward_sigmoid(...)')
        if not all(again[k].shape == got[k].shape and _close(again[k], got[k]) for k in again):
            raise Wrong('Its gradients agree with autograd\'s, but they change when the cached '
                        'array that a sigmoid network\'s backward can do without is spoilt: it '
                        'still reads that array. Which one does σ\'(z) = σ(z)(1 - σ(z)) not '
                        'need?',
                        '它的梯度与autograd的结果一致，但破坏sigmoid网络的反向传播用不着的那个缓存数组后，'
                        '梯度就变了：它仍在读取那个数组。计算σ\'(z) = σ(z)(1 - σ(z))用不着哪一个？')


@ex3.wrong('the ReLU factor (Z > 0) left in')
def _():
    return _backward


@ex3.wrong('sigma\'(z) computed again from Z (right gradients, but Z still needed)')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = _backward(cache, y, W1, W2, lambd)
        S = nd.sigmoid(cache['Z'])
        dZ = grads['H'] * S * (1 - S)
        return dict(grads, Z=dZ, W1=nd.dot(dZ, cache['X'].T) + lambd * W1)
    return f


@ex3.wrong('the factor h instead of h (1 - h)')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = backward_sigmoid(cache, y, W1, W2, lambd)
        dZ = grads['H'] * cache['H']
        return dict(grads, Z=dZ, W1=nd.dot(dZ, cache['X'].T) + lambd * W1)
    return f


@ex3.wrong('sigma\'(.) taken at h instead of z: sigmoid(H) (1 - sigmoid(H))')
def _():
    def f(cache, y, W1, W2, lambd):
        grads = backward_sigmoid(cache, y, W1, W2, lambd)
        S = nd.sigmoid(cache['H'])
        dZ = grads['H'] * S * (1 - S)
        return dict(grads, Z=dZ, W1=nd.dot(dZ, cache['X'].T) + lambd * W1)
    return f


# --- 4 ------------------------------------------------------------------------------------------

def _pair(answer, en, zh):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        plain = isinstance(answer, (str, int, float))
        raise Unusable(f'Expected a pair, ({en}); got {repr(answer) if plain else kind(answer)}.',
                       f'应为一对值（{zh}）；得到的是{repr(answer) if plain else kind(answer, "zh")}。')
    return answer


ex4 = exercise(
    T('A cached array ReLU does not need', 'ReLU用不着的缓存数组'),
    T('For ReLU, $\\phi\'(\\mathbf{z})$ can be read off $\\mathbf{h}$: $h_i > 0$ exactly where '
      '$z_i > 0$. Which array could `forward` then stop keeping, and how many bytes would that '
      'save for a batch of 256 in the lesson\'s trained network (784 inputs, 256 hidden units, '
      '10 outputs, float32)? Answer with a pair: the array\'s name, `\'X\'`, `\'Z\'`, `\'H\'` or '
      '`\'O\'`, and the bytes.',
      '对ReLU，$\\phi\'(\\mathbf{z})$可以从$\\mathbf{h}$读出：$h_i > 0$当且仅当$z_i > 0$。这样'
      '`forward`就可以不再保存哪个数组？对本节训练的网络（784个输入、256个隐藏单元、10个输出，float32），'
      '一个含256个样本的批量能节省多少字节？用一对值作答：数组的名字（`\'X\'`、`\'Z\'`、`\'H\'`或'
      '`\'O\'`）和字节数。'),
    """answer = ...  # a pair: ('X', 'Z', 'H' or 'O', the bytes it saves for a batch of 256)

ex[4].check(answer)""",
    what=T("Set answer to a pair such as ('X', 1000), then run the cell again.",
           "把answer设为一对值，例如('X', 1000)，然后再运行这个单元格。"),
    hints=[T('Go through the four arrays of the cache and the formula that reads each: `X` for '
             '$\\partial J/\\partial\\mathbf{W}^{(1)}$, `Z` for $\\phi\'(\\mathbf{z})$, `H` for '
             '$\\partial J/\\partial\\mathbf{W}^{(2)}$, `O` for the softmax. Which one would '
             'no formula read any more?',
             '逐一看缓存中的四个数组，以及读取每一个的表达式：`X`用于$\\partial J/\\partial\\mathbf{W}^{(1)}$，'
             '`Z`用于$\\phi\'(\\mathbf{z})$，`H`用于$\\partial J/\\partial\\mathbf{W}^{(2)}$，`O`用于softmax。'
             '哪一个将不再被任何表达式读取？'),
           T('With `dZ = dH * (H > 0)` nothing reads `Z`. Its shape for a batch of 256 is '
             '(hidden units, examples); float32 takes 4 bytes a number. The lesson\'s table of '
             'bytes shows it too.',
             '改用`dZ = dH * (H > 0)`之后，就没有表达式读取`Z`了。对256个样本的批量，它的形状为（隐藏单元数, '
             '样本数）；float32每个数占4个字节。本节的字节数表格里也列出了它。')],
    explanation=T(
        'With `dZ = dH * (H > 0)` backward gives the same gradients, exactly, and no longer reads '
        '$\\mathbf{Z}$, so forward need not keep it: $256 \\times 256$ float32 numbers, 262,144 '
        'bytes for a batch of 256, a fifth of the 1,337,344 bytes that training kept. '
        '$\\mathbf{H}$ cannot go instead: $\\partial J/\\partial\\mathbf{W}^{(2)}$ reads it. '
        'Frameworks do this: an operator whose derivative can be written with its output (ReLU, '
        'the sigmoid, tanh, exp) keeps only its output for backpropagation.',
        '用`dZ = dH * (H > 0)`后，反向传播给出完全相同的梯度，而且不再读取$\\mathbf{Z}$，所以正向传播不必'
        '保存它：$256 \\times 256$个float32数，对256个样本的批量是262,144字节，是训练所保存的1,337,344'
        '字节中的五分之一。不能改为丢掉$\\mathbf{H}$：$\\partial J/\\partial\\mathbf{W}^{(2)}$要读取它。'
        '深度学习框架正是这样做的：导数能用输出写出的运算符（ReLU、sigmoid函数、tanh、exp）只为反向传播保存它的'
        '输出。'))


@ex4.solves
def the_array_relu_does_not_need():
    rng = np.random.RandomState(4)
    X = nd.array(rng.uniform(size=(784, 256)))  # a batch of 256 images, one per column
    W1 = nd.array(rng.normal(scale=0.01, size=(256, 784)))
    W2 = nd.array(rng.normal(scale=0.01, size=(10, 256)))
    y = nd.array(rng.randint(0, 10, size=256), dtype='int32')
    _, cache = _forward(X, y, W1, W2, 0.001)
    Z, H = cache['Z'], cache['H']
    print('(H > 0) == (Z > 0) everywhere:', ((H > 0) == (Z > 0)).min().asscalar() == 1)
    grads = _backward(cache, y, W1, W2, 0.001)
    dZ_from_H = nd.dot(W2.T, grads['O']) * (H > 0)  # phi'(z) read off h
    print('dJ/dZ with (H > 0) instead of (Z > 0): largest difference',
          nd.abs(dZ_from_H - grads['Z']).max().asscalar())
    saved = Z.size * np.dtype(Z.dtype).itemsize  # Z is read by nothing else
    print(f'Z: shape {Z.shape}, {saved:,} bytes')
    return 'Z', saved


WHY_NOT_4 = {
    'x': T('X cannot go: backward reads it for dJ/dW1 = dJ/dz xᵀ + λW1, whatever φ is.',
           'X不能丢：无论 φ 是什么，反向传播都要用它计算dJ/dW1 = dJ/dz xᵀ + λW1。'),
    'h': T('H cannot go: backward reads it for dJ/dW2 = dJ/do hᵀ + λW2, whatever φ is. '
           'Read φ\'(z) off h, and which array does no formula need any more?',
           'H不能丢：无论 φ 是什么，反向传播都要用它计算dJ/dW2 = dJ/do hᵀ + λW2。从h读出 φ\'(z) 之后，'
           '哪个数组不再被任何表达式需要？'),
    'o': T('O cannot go without recomputing it (a matrix product): backward reads it for the '
           'softmax in dJ/do, whatever φ is.',
           '不重新计算（一次矩阵乘法）就不能丢掉O：无论 φ 是什么，反向传播都要用它计算dJ/do中的softmax。'),
}


@ex4.checks
def _(answer):
    name, saved = _pair(answer, "the array's name, the bytes", '数组的名字, 字节数')
    name = expect_choice(name, ['x', 'z', 'h', 'o'])
    right_name, right_bytes = ex4.oracle()
    if name != right_name.lower():
        raise Wrong(WHY_NOT_4[name]['en'], WHY_NOT_4[name]['zh'])
    saved = expect_integer(saved, 'answer[1]')
    if saved == right_bytes:
        return
    if saved * 4 == right_bytes:
        raise Wrong(f'{saved:,} counts the numbers of the array, not its bytes.',
                    f'{saved:,}是数组元素的个数，而不是字节数。')
    if saved == 2 * right_bytes:
        raise Wrong(f'{saved:,} bytes would be 8 bytes a number (float64); the lesson\'s trained '
                    'network is float32.',
                    f'{saved:,}字节相当于每个数8个字节（float64）；本节训练的网络用的是float32。')
    raise Wrong(f'{saved:,} bytes is not the size of that array for a batch of 256: what is its '
                'shape?', f'对256个样本的批量，这个数组的大小不是{saved:,}字节：它的形状是什么？')


@ex4.wrong('H instead of Z')
def _():
    return ('H', 262144)


@ex4.wrong('the number of entries, not of bytes')
def _():
    return ('Z', 256 * 256)


@ex4.wrong("X's bytes")
def _():
    return ('Z', 784 * 256 * 4)


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('A factor missing from backward', 'backward中少了一个因子'),
    T('Delete the factor `* (Z > 0)` in `backward` and re-run the notebook. Which results of '
      'the self-check fail? Does the training still work, and what does that say about judging '
      'a gradient by a training curve?\n\n'
      '(a) none: ReLU\'s derivative is 1 wherever a unit is active, so the factor hardly matters '
      '&nbsp; (b) dJ/dZ, dJ/dW1 and the central differences fail, yet the training still works: '
      'one epoch ends far above the 0.10 of guessing &nbsp; (c) all five gradients and the '
      'central differences fail, and the test accuracy stays at the 0.10 of guessing &nbsp; '
      '(d) dJ/dZ, dJ/dW1 and the central differences fail, and the training stops working: the '
      'test accuracy stays near the 0.10 of guessing',
      '删去`backward`中的因子`* (Z > 0)`，重新运行本节的代码。自测中哪些结果会超出范围？训练还能奏效吗？'
      '用训练曲线来判断梯度是否正确，这说明了什么？\n\n'
      '(a) 都不会超出：只要单元处于激活状态，ReLU的导数就是1，所以这个因子几乎无关紧要 &nbsp; '
      '(b) dJ/dZ、dJ/dW1和中心差分超出范围，但训练照样奏效：一个迭代周期后的测试准确率远高于随机猜测的0.10 &nbsp; '
      '(c) 五个梯度和中心差分全部超出范围，测试准确率停留在随机猜测的0.10 &nbsp; '
      '(d) dJ/dZ、dJ/dW1和中心差分超出范围，而且训练不再奏效：测试准确率停留在随机猜测的0.10附近'),
    solution_seconds=2,
    hints=[T('Which gradients are computed before the factor (above it in the graph) and which '
             'after? And for training: try it, one epoch takes a few seconds.',
             '哪些梯度在这个因子之前（在计算图中位于它的上方）计算，哪些在它之后？至于训练：试一试，一个迭代'
             '周期只需几秒钟。'),
           T('dJ/dO, dJ/dH and dJ/dW2 do not involve the factor; dJ/dZ and dJ/dW1 do, and so does '
             'the comparison of the central differences with dJ/dW1. Then re-run the training '
             'cell with the broken `backward` and compare its test accuracy with the 0.10 of '
             'guessing and with the lesson\'s.',
             'dJ/dO、dJ/dH和dJ/dW2不涉及这个因子；dJ/dZ和dJ/dW1涉及它，中心差分与dJ/dW1的比较也是。'
             '再用改坏的`backward`重新运行训练那个单元格，把测试准确率与随机猜测的0.10、与本节的结果比较。')],
    explanation=T(
        'Without the factor, the hidden units that ReLU switched off pass the gradient back as '
        'if they were on, so dJ/dZ and dJ/dW1 are wrong, and the central differences, which '
        'approximate the true dJ/dW1, disagree with them; dJ/dO, dJ/dH and dJ/dW2 come before '
        'the factor and stay right. Yet the epoch still trains: the wrong dJ/dW1 still points '
        'roughly downhill and dJ/dW2 is right. Over 220 seeds one epoch ended at 0.58 to 0.78 '
        '(median 0.74), against 0.71 to 0.81 (median 0.76) for the lesson\'s backward over 40 '
        'seeds; within the self-check\'s range 0.65 to 0.85 under all but 3 of the 220, the '
        'lesson\'s seed 0 included (0.70). So a training curve that goes down, and even an '
        'accuracy in range, does not show that a gradient is right, only that it is not badly '
        'wrong: compare the gradient with autograd\'s, or with central differences.',
        '没有这个因子时，未激活的隐藏单元也会像激活时一样把梯度传回去，所以dJ/dZ和dJ/dW1是错的；'
        '中心差分近似的是真正的dJ/dW1，因此与它们不符；dJ/dO、dJ/dH和dJ/dW2在这个因子之前计算，仍然正确。'
        '然而这个迭代周期照样能训练：错误的dJ/dW1大体上仍指向下坡方向，dJ/dW2又是对的。在220个随机种子下，'
        '一个迭代周期后的测试准确率为0.58到0.78（中位数0.74），而本节的backward在40个种子下为0.71到0.81'
        '（中位数0.76）；220个种子中只有3个跌出自测的范围0.65到0.85，本节所用的种子0不在其中（0.70）。'
        '可见训练曲线下降、甚至准确率落在范围内，都不能说明梯度是对的，只能说明它错得不太离谱：'
        '要判断梯度是否正确，应把它与autograd的结果或中心差分比较。'))


def backward_without_the_factor(cache, y, W1, W2, lambd):
    """The lesson's backward with `* (Z > 0)` deleted."""
    X, H, O = cache['X'], cache['H'], cache['O']
    n = X.shape[1]
    dO = (nd.softmax(O, axis=0) - nd.one_hot(y, O.shape[0], dtype=O.dtype).T) / n
    dW2 = nd.dot(dO, H.T) + lambd * W2
    dH = nd.dot(W2.T, dO)
    dZ = dH  # was: dH * (Z > 0)
    dW1 = nd.dot(dZ, X.T) + lambd * W1
    return {'O': dO, 'H': dH, 'Z': dZ, 'W2': dW2, 'W1': dW1}


def _numerical_gradient(J_of, W, eps=1e-6):
    """The lesson's central differences."""
    grad = np.zeros(W.shape)
    for index in np.ndindex(*W.shape):
        step = np.zeros(W.shape)
        step[index] = eps
        step = nd.array(step, dtype=W.dtype)
        grad[index] = (J_of(W + step) - J_of(W - step)) / (2 * eps)
    return grad


def _train_one_epoch(backward, lr=0.5, lambd=0.001):
    """The lesson's training: one epoch of forward, backward and SGD; the test accuracy."""
    from .. import data, training
    train_iter, test_iter = data.load_data_fashion_mnist(256)
    W1 = nd.random.normal(scale=0.01, shape=(256, 784))
    W2 = nd.random.normal(scale=0.01, shape=(10, 256))
    for X, y in train_iter:
        _, cache = _forward(X.reshape((-1, 784)).T, y, W1, W2, lambd)
        grads = backward(cache, y, W1, W2, lambd)
        W1 -= lr * grads['W1']
        W2 -= lr * grads['W2']
    return training.evaluate_accuracy(
        test_iter, lambda X: nd.dot(W2, nd.relu(nd.dot(W1, X.reshape((-1, 784)).T))).T)


@ex5.solves
def delete_the_relu_factor():
    X, y, W1, _, W2, _ = _example((4, 5, 3, 2), 0)  # a small example like the lesson's (float64)
    _, cache = _forward(X, y, W1, W2, 0.1)
    broken = backward_without_the_factor(cache, y, W1, W2, 0.1)
    right = _backward(cache, y, W1, W2, 0.1)  # the lesson's, equal to autograd's to 1e-16
    failing = {f'dJ/d{k}' for k in right if nd.abs(broken[k] - right[k]).max().asscalar() > 1e-12}
    numerical = {'W1': _numerical_gradient(lambda W: _forward(X, y, W, W2, 0.1)[0].asscalar(), W1),
                 'W2': _numerical_gradient(lambda W: _forward(X, y, W1, W, 0.1)[0].asscalar(), W2)}
    if max(np.abs(numerical[k] - broken[k].asnumpy()).max() for k in numerical) > 1e-6:
        failing.add('central differences')
    print('self-check lines that fail:', sorted(failing))
    test_acc = _train_one_epoch(backward_without_the_factor)
    in_range = 0.65 <= test_acc <= 0.85
    print(f'one epoch with the broken backward: test accuracy {test_acc:.3f}, '
          + ('within' if in_range else 'outside') + ' the self-check\'s range 0.65 to 0.85')
    learns = test_acc > 0.3  # three times guessing; training that fails stays near 0.10
    if not failing:
        return 'a'
    if failing == {'dJ/dZ', 'dJ/dW1', 'central differences'}:
        return 'b' if learns else 'd'
    return 'c' if len(failing) == 6 and not learns else None  # None: none of the four


ANSWER_5 = 'b'  # what delete_the_relu_factor() finds; the tests hold the check to it
WHY_NOT_5 = {
    'a': T('The factor is 0 for every unit that ReLU switched off: without it, those units pass '
           'the gradient back as if they were on, and the comparison with autograd sees that at '
           'once.', '对每个未激活的单元，这个因子都是0：没有它，这些单元会像激活时一样把梯度传回去，'
           '与autograd一比较就能立刻发现。'),
    'c': T('The factor enters only at dJ/dz: dJ/dO, dJ/dH and dJ/dW2 are computed before it and do '
           'not change. And run the training: does it stay at 0.10?',
           '这个因子只出现在dJ/dz中：dJ/dO、dJ/dH和dJ/dW2在它之前计算，不受影响。再运行一下训练：'
           '准确率停留在0.10了吗？'),
    'd': T('Run the training cell with the broken backward: does its test accuracy stay near '
           'the 0.10 of guessing?', '用改坏的backward运行训练那个单元格：它的测试准确率停留在随机猜测的0.10附近吗？'),
}


ex5.choice(WHY_NOT_5, right=ANSWER_5)


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('Central differences in float32', 'float32中的中心差分'),
    T('Run the small example in float32 instead of float64 (change `dtype` where `X`, `W1` and '
      '`W2` are drawn). How large are the hand-against-autograd differences now, and the error '
      'of the central differences (中心差分) with $\\epsilon = 10^{-6}$? Why? Then find the '
      'power of ten $\\epsilon = 10^{-k}$ for which the central differences in float32 come '
      'closest to the gradients by hand, and give it as your answer.',
      '用float32代替float64运行这个小例子（在生成`X`、`W1`和`W2`的地方修改`dtype`）。现在手算与'
      'autograd的差值有多大？$\\epsilon = 10^{-6}$时中心差分（central difference）的误差又有多大？为什么？'
      '然后找出一个10的幂$\\epsilon = 10^{-k}$，使float32中的中心差分最接近手算的梯度，把它作为你的答案。'),
    """answer = ...  # the epsilon, a power of ten, that works best in float32

ex[6].check(answer)""",
    what=T('Set answer to your epsilon (a number such as 1e-6), then run the cell again.',
           '把answer设为你找到的epsilon（一个数，例如1e-6），然后再运行这个单元格。'),
    hints=[T('The central difference has two errors: the formula\'s own, of order '
             '$\\epsilon^2$, and rounding: $J$ is stored to about $10^{-7}$ of itself in float32 '
             '(float64: $10^{-16}$), and the difference of two such values is divided by '
             '$2\\epsilon$. Which of the two wins at $\\epsilon = 10^{-6}$, and in which direction '
             'should $\\epsilon$ move?',
             '中心差分有两种误差：一是公式本身的误差，数量级为$\\epsilon^2$；二是舍入误差：在float32中，$J$的相对精度只有约'
             '$10^{-7}$（float64为$10^{-16}$），而两个这样的值之差还要除以$2\\epsilon$。$\\epsilon = '
             '10^{-6}$时哪一种占上风？$\\epsilon$应当往哪个方向调？'),
           T('Try them all: `for eps in (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6): ...` with the '
             'lesson\'s `numerical_gradient(..., eps=eps)` on the float32 example, and print the '
             'largest difference from `grads` each time. The error is smallest where the two '
             'errors balance, near $\\epsilon^3 \\approx 10^{-7}$.',
             '全都试一遍：在float32的例子上`for eps in (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6): ...`，'
             '调用本节的`numerical_gradient(..., eps=eps)`，每次打印与`grads`的最大差值。两种误差相当时'
             '总误差最小，大约在$\\epsilon^3 \\approx 10^{-7}$处。')],
    explanation=T(
        'In float32 the hand-against-autograd differences grow from about $10^{-16}$ to at most '
        'about $10^{-7}$ (sometimes they stay exactly 0): both compute the same products, and each rounding is now '
        'float32\'s, about $6 \\times 10^{-8}$ of the value. The central differences suffer far '
        'more: $J$ itself is known only to about $10^{-7}$ of its size, and $W \\pm \\epsilon$ '
        'moves a weight of size 1 by only a few units of its last place, so with $\\epsilon = '
        '10^{-6}$ the difference of two values of $J$, divided by $2\\epsilon$, is off by '
        'tenths: useless as a check. A larger $\\epsilon$ divides the rounding by more, until '
        'the $\\epsilon^2$ error of the formula (and, for large $\\epsilon$, a ReLU kink crossed) '
        'takes over; the best power of ten is $10^{-2}$, with an error a few ten-thousandths or '
        'less, still far coarser than float64\'s $10^{-10}$. That is why gradients are checked '
        'in float64.',
        '在float32中，手算与autograd的差值从约$10^{-16}$增大到至多约$10^{-7}$（有时仍恰为0）：两者计算的是'
        '同样的乘积，只是现在每次舍入都是float32的，约为数值的$6 \\times 10^{-8}$。中心差分受的影响大得多：'
        '$J$本身只精确到自身大小的约$10^{-7}$，而$W \\pm \\epsilon$只让大小为1的权重移动最后一位上的几个'
        '单位，所以$\\epsilon = 10^{-6}$时，两个$J$值之差除以$2\\epsilon$后误差达到十分之几：作为检验毫无'
        '用处。$\\epsilon$越大，舍入误差被除得越小，直到公式本身的$\\epsilon^2$误差（以及$\\epsilon$很大时'
        '跨过ReLU的折点）占上风；最好的10的幂是$10^{-2}$，误差为万分之几或更小，仍比float64的$10^{-10}$'
        '粗糙得多。这就是梯度要在float64中检验的原因。'))


@ex6.solves
def best_epsilon_in_float32():
    X, y, W1, _, W2, _ = _example((4, 5, 3, 2), 0, dtype='float32')  # the small example, float32
    _, cache = _forward(X, y, W1, W2, 0.1)
    grads = _backward(cache, y, W1, W2, 0.1)
    for p in (W1, W2):
        p.attach_grad()
    with autograd.record():
        J, _ = _forward(X, y, W1, W2, 0.1)
    J.backward()
    print('hand against autograd in float32: largest difference',
          max(nd.abs(W1.grad - grads['W1']).max().asscalar(),
              nd.abs(W2.grad - grads['W2']).max().asscalar()))
    errors = {}
    for eps in (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7):
        numerical = {
            'W1': _numerical_gradient(lambda W: _forward(X, y, W, W2, 0.1)[0].asscalar(), W1, eps),
            'W2': _numerical_gradient(lambda W: _forward(X, y, W1, W, 0.1)[0].asscalar(), W2, eps)}
        errors[eps] = max(np.abs(numerical[k] - grads[k].asnumpy()).max() for k in numerical)
        print(f'epsilon {eps:.0e}: central differences off by up to {errors[eps]:.1e}')
    return min(errors, key=errors.get)


def _objectives(X, y, W1s, W2s, lambd):
    """J in float32 for a stack of parameter sets W1s (k, h, d) and W2s (k, q, h), in numpy."""
    Z = W1s @ X
    O = W2s @ np.maximum(Z, 0)
    m = O.max(axis=1, keepdims=True)
    log_sum_exp = m[:, 0] + np.log(np.exp(O - m).sum(axis=1))
    L = (log_sum_exp - O[:, y, np.arange(len(y))]).mean(axis=1)
    return L + np.float32(lambd / 2) * ((W1s ** 2).sum(axis=(1, 2)) + (W2s ** 2).sum(axis=(1, 2)))


def _central_difference_error(seed, eps):
    """The largest error of the central differences in float32 against the exact gradient, on
    a small example like the lesson's (all the weights nudged at once, in numpy)."""
    rng = np.random.RandomState(seed)
    X, W1, W2 = (rng.normal(size=shape).astype(np.float32) for shape in ((4, 2), (5, 4), (3, 5)))
    y = np.array([2, 0])
    as64 = [nd.array(a, dtype='float64') for a in (X, W1, W2)]  # the same numbers, exactly
    y_nd = nd.array(y, dtype='int32')
    right = _backward(_forward(as64[0], y_nd, as64[1], as64[2], LAMBDA)[1], y_nd, as64[1], as64[2],
                      LAMBDA)
    error = 0.0
    for name, W, other in (('W1', W1, W2), ('W2', W2, W1)):
        k = W.size
        steps = (np.eye(k, dtype=np.float32) * np.float32(eps)).reshape((k,) + W.shape)
        others = np.broadcast_to(other, (k,) + other.shape)
        J = [_objectives(X, y, *((W + s, others) if name == 'W1' else (others, W + s)), LAMBDA)
             for s in (steps, -steps)]
        numerical = (J[0] - J[1]) / (2 * eps)
        error = max(error, float(np.abs(numerical - right[name].asnumpy().ravel()).max()))
    return error


@functools.lru_cache(maxsize=64)
def _errors(eps):
    """The errors on six small examples."""
    return np.array([_central_difference_error(seed, eps) for seed in range(6)])


@ex6.checks
def _(answer):
    eps = expect_number(answer, 'epsilon')
    if not 0 < eps < 1:
        raise Wrong(f'epsilon = {eps:g}: the step of a central difference is a small positive '
                    'number, below 1.', f'epsilon = {eps:g}：中心差分的步长应是小于1的小正数。')
    grid = {e: _errors(e) for e in (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7)}
    best = min(grid, key=lambda e: np.exp(np.log(grid[e]).mean()))
    mine = _errors(eps)
    if np.exp(np.log(mine / grid[best]).mean()) <= 3:
        return
    worst = mine.max()
    if eps < best:
        raise Wrong(f'With epsilon = {eps:.3g} the central differences in float32 are off by up '
                    f'to {worst:.1e} (six small examples like the lesson\'s): rounding dominates. '
                    'A larger epsilon divides it by more.',
                    f'epsilon = {eps:.3g}时，float32中的中心差分误差最大达{worst:.1e}（在六个与本节类似的'
                    '小例子上）：舍入误差占上风。epsilon越大，舍入误差被除得越小。')
    raise Wrong(f'With epsilon = {eps:.3g} the central differences in float32 are off by up to '
                f'{worst:.1e} (six small examples like the lesson\'s): the error of the formula '
                'itself, of order epsilon², dominates, or a ReLU kink is crossed. Try smaller.',
                f'epsilon = {eps:.3g}时，float32中的中心差分误差最大达{worst:.1e}（在六个与本节类似的小例子上）：'
                '公式本身的误差（epsilon²的数量级）占上风，或者跨过了ReLU的折点。试试更小的epsilon。')


for _eps, _why in ((1e-6, "float64's epsilon, kept"), (1e-8, 'the smaller the better'),
                   (1e-4, 'a step in the right direction, not far enough')):
    ex6.wrong(_why)(lambda e=_eps: e)


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('Trading memory for time', '用时间换内存'),
    T('Memory can be traded for time: forward keeps only $\\mathbf{X}$, and backward recomputes '
      'the other variables when it needs them. Take the MLP of the lesson\'s table with 8 hidden '
      'layers of 256 units (784 inputs, 10 outputs, 9 weight matrices, no biases, ReLU) at batch '
      '256 in float32. Backward goes down layer by layer; when it reaches a layer it recomputes, '
      'from $\\mathbf{X}$ up, that layer\'s $\\mathbf{z}$ (or $\\mathbf{o}$) and its input, and '
      'keeps nothing it recomputed once it is done with that layer. How many bytes does forward '
      'no longer keep, and how many extra matrix products does backward compute?',
      '可以用时间换内存：正向传播只保存$\\mathbf{X}$，反向传播需要其他变量时再重新计算它们。以本节表格中含8个'
      '隐藏层（每层256个单元）的多层感知机为例（784个输入、10个输出、9个权重矩阵、没有偏差、ReLU），批量大小256，'
      'float32。反向传播逐层向下；到达某一层时，它从$\\mathbf{X}$开始向上重新计算这一层的$\\mathbf{z}$'
      '（或$\\mathbf{o}$）和这一层的输入，处理完这一层后，重新算出的东西一概不保留。正向传播少保存了多少字节？'
      '反向传播多算了多少次矩阵乘法？'),
    """answer = ...  # a pair: (bytes forward no longer keeps, extra matrix products)

ex[7].check(answer)""",
    what=T('Set answer to a pair of whole numbers, (bytes, products), then run the cell again.',
           '把answer设为一对整数（字节数, 乘法次数），然后再运行这个单元格。'),
    hints=[T('The lesson\'s `intermediate_bytes(256, [784] + [256] * 8 + [10])` gives what '
             'training keeps, $\\mathbf{X}$ included. For the products: how many does recomputing '
             'layer $l$\'s $\\mathbf{z}$ from $\\mathbf{X}$ take?',
             '本节的`intermediate_bytes(256, [784] + [256] * 8 + [10])`给出训练所保存的字节数，其中包括'
             '$\\mathbf{X}$。至于乘法：从$\\mathbf{X}$重新计算第$l$层的$\\mathbf{z}$需要几次？'),
           T('Bytes: everything training keeps minus $\\mathbf{X}$ ($784 \\times 256 \\times 4$). '
             'Products: layer $l$ (counting from 1 at the input) needs $l$ of them, and backward '
             'visits layers 9, 8, ..., 1: add them up.',
             '字节数：训练所保存的全部减去$\\mathbf{X}$（$784 \\times 256 \\times 4$）。乘法：第$l$层（从输入'
             '一侧数起，编号从1开始）需要$l$次，反向传播依次访问第9、8、……、1层：把它们加起来。')],
    explanation=T(
        'Forward no longer keeps the $\\mathbf{z}$ and $\\mathbf{h}$ of the 8 hidden layers '
        '($16 \\times 256 \\times 256 \\times 4$ bytes) nor $\\mathbf{o}$ ($10 \\times 256 \\times '
        '4$): 4,204,544 of the 5,007,360 bytes training kept, leaving the 802,816 of $\\mathbf{X}$. '
        'The price: recomputing layer $l$ takes $l$ products, so backward computes $9 + 8 + '
        '\\dots + 1 = 45$ extra products, on top of the 9 of forward and the 17 of backward itself '
        '(a $\\partial J/\\partial\\mathbf{W}$ per layer, a $\\partial J/\\partial\\mathbf{h}$ per '
        'layer but the first): almost three times as many matrix products, for a sixth of the memory. While a '
        'layer is recomputed, its input and output are held, as in prediction. Real '
        'implementations (gradient checkpointing) keep a few checkpoints, say every '
        '$\\sqrt{L}$-th layer\'s output, and recompute from the nearest one: memory of order '
        '$\\sqrt{L}$ for about one extra forward pass.',
        '正向传播不再保存8个隐藏层的$\\mathbf{z}$和$\\mathbf{h}$（$16 \\times 256 \\times 256 \\times 4$字节），'
        '也不再保存$\\mathbf{o}$（$10 \\times 256 \\times 4$）：训练所保存的5,007,360字节中省下了4,204,544，'
        '只剩$\\mathbf{X}$的802,816。代价是：重新计算第$l$层需要$l$次乘法，所以反向传播要多算$9 + 8 + '
        '\\dots + 1 = 45$次矩阵乘法，此外还有正向传播的9次和反向传播本身的17次（每层一个$\\partial J/\\partial'
        '\\mathbf{W}$，除第一层外每层一个$\\partial J/\\partial\\mathbf{h}$）：矩阵乘法几乎是原来的三倍，内存只用'
        '六分之一。某一层被重新计算时，要同时保存它的输入和输出，和预测时一样。实际的实现（梯度检查点）会保存少数几个'
        '检查点，比如每隔$\\sqrt{L}$层保存一层的输出，再从最近的检查点重新计算：内存为$\\sqrt{L}$的数量级，'
        '代价约为多做一次正向传播。'))


def _mlp_forward(Ws, X):
    """The variables of a forward pass, in order: X, then z and h of each hidden layer, then o;
    and the number of matrix products it took."""
    variables = [X]
    for i, W in enumerate(Ws):
        variables.append(nd.dot(W, variables[-1]))
        if i < len(Ws) - 1:
            variables.append(nd.relu(variables[-1]))
    return variables, len(Ws)


@ex7.solves
def trade_memory_for_time():
    sizes = [784] + [256] * 8 + [10]  # 8 hidden layers, as in the lesson's table
    Ws = [nd.random.normal(scale=0.01, shape=(b, a)) for a, b in zip(sizes, sizes[1:])]
    X = nd.random.normal(shape=(784, 256))  # a batch of 256, examples as columns
    kept, _ = _mlp_forward(Ws, X)  # what forward keeps for the usual backward
    nbytes = [v.size * 4 for v in kept]  # float32
    saved = sum(nbytes) - nbytes[0]  # all of it but X
    extra = 0
    for layer in range(len(Ws), 0, -1):  # backward, from the output layer down
        again, products = _mlp_forward(Ws[:layer], X)  # this layer's z (or o) and its input
        assert (again[-1] == kept[2 * layer - 1]).min().asscalar() == 1  # the same values
        extra += products
    print(f'training keeps {sum(nbytes):,} bytes, X {nbytes[0]:,}: forward no longer keeps '
          f'{saved:,}; backward recomputes with {extra} extra matrix products')
    return saved, extra


@ex7.checks
def _(answer):
    saved, products = _pair(answer, 'bytes, matrix products', '字节数, 矩阵乘法次数')
    saved, products = expect_integer(saved, 'answer[0]'), expect_integer(products, 'answer[1]')
    right_saved, right_products = ex7.oracle()
    everything = right_saved + 784 * 256 * 4
    if saved != right_saved:
        if saved == everything:
            raise Wrong(f'{saved:,} bytes is everything training keeps: X stays.',
                        f'{saved:,}字节是训练所保存的全部：X还要保留。')
        if saved * 4 in (right_saved, everything):
            raise Wrong(f'{saved:,} counts numbers, not bytes (float32).',
                        f'{saved:,}是元素的个数，而不是字节数（float32）。')
        if saved == right_saved - 10 * 256 * 4:
            raise Wrong(f'{saved:,} bytes leaves out o: backward recomputes it too (for the '
                        'softmax), so forward need not keep it.',
                        f'{saved:,}字节漏掉了o：反向传播也会重新计算它（为了softmax），所以正向传播不必保存它。')
        raise Wrong(f'{saved:,} bytes is not what forward no longer keeps: add up the z and h of '
                    'each hidden layer, and o.',
                    f'{saved:,}字节不是正向传播少保存的量：把每个隐藏层的z和h以及o加起来。')
    if products != right_products:
        if products == len([784] + [256] * 8):
            raise Wrong(f'{products} products recompute the forward pass once: then backward holds '
                        'every variable again, and nothing is saved. Here each layer recomputes '
                        'what it needs on its own.',
                        f'{products}次乘法是把正向传播重新算一遍：那样反向传播又会同时保存所有变量，什么也没省下。'
                        '这里是每一层各自重新计算它所需要的。')
        raise Wrong(f'{products} extra products: how many does layer l need to recompute its z from '
                    'X, and which layers does backward visit?',
                    f'{products}次额外的乘法：第l层从X重新计算它的z需要几次？反向传播要经过哪些层？')


@ex7.wrong('X counted as saved too')
def _():
    return (5007360, 45)


@ex7.wrong('o forgotten')
def _():
    return (4194304, 45)


@ex7.wrong('the forward pass recomputed once')
def _():
    return (4204544, 9)


@ex7.wrong('the output layer left out of the recomputation')
def _():
    return (4204544, 36)
