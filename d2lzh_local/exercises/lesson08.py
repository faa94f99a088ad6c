"""Lesson 08, model selection, underfitting and overfitting: the exercises."""
import numpy as np
from mxnet import autograd, nd

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_ndarray, expect_number, kind

EXERCISES, exercise = lesson()


# --- the lesson's problem, as its cells define it ----------------------------------------------

TRUE_W, TRUE_B, NOISE = [1.2, -3.4, 5.6], 5, 0.1
DEGREES = list(range(1, 9))


def true_cubic(x):
    return TRUE_W[0] * x + TRUE_W[1] * x ** 2 + TRUE_W[2] * x ** 3 + TRUE_B


def make_labels(x):
    """Labels of the inputs x (an NDArray), as the lesson makes them: the cubic plus noise."""
    y = true_cubic(x)
    return y + nd.random.normal(scale=NOISE, shape=y.shape)


def polynomial(x, degree):
    """Features 1, x, x^2, ..., x^degree of a column of x (the lesson's)."""
    return np.concatenate([x ** i for i in range(degree + 1)], axis=1)


def least_squares_losses(x_train, y_train, x_test, y_test, degree):
    """The lesson's: the degree's polynomial of least training error; its train and test loss."""
    w = np.linalg.lstsq(polynomial(x_train, degree), y_train, rcond=None)[0]
    half_mse = lambda x, y: float(((polynomial(x, degree) @ w - y) ** 2 / 2).mean())  # noqa: E731
    return half_mse(x_train, y_train), half_mse(x_test, y_test), w


def book_data():
    """The book's data, drawn as the lesson draws it: the lesson's x_train_all, y_train_all
    (100 rows) and x_test, y_test (100 rows), each an (n, 1) float64 array."""
    features = nd.random.normal(shape=(200, 1))
    labels = make_labels(features)
    x, y = features.asnumpy().astype('float64'), labels.asnumpy().astype('float64')
    return x[:100], y[:100], x[100:], y[100:]


def training_sets(n, n_sets=50):
    """n_sets training sets of n rows, drawn as the lesson's sweep draws them: (sets, n, 1) each."""
    x_sets = nd.random.normal(shape=(n_sets, n, 1))
    y_sets = make_labels(x_sets)
    return x_sets.asnumpy().astype('float64'), y_sets.asnumpy().astype('float64')


def k_fold_losses(k, x, y, degrees=DEGREES):
    """The lesson's k_fold on NumPy rows: each degree's training and validation loss, averaged
    over k folds of len(x) // k consecutive rows, as get_k_fold_data makes them."""
    size = len(x) // k
    losses = np.zeros((len(degrees), 2))
    for i in range(k):
        valid = np.zeros(len(x), dtype=bool)
        valid[i * size:(i + 1) * size] = True
        train = ~valid
        train[k * size:] = False  # get_k_fold_data leaves out the last len(x) % k rows
        for j, degree in enumerate(degrees):
            losses[j] += least_squares_losses(x[train], y[train], x[valid], y[valid], degree)[:2]
    return losses / k


class FitResult(tuple):
    """What fit_and_plot returns, (train losses, test losses, w, b), shown in one line."""

    def __repr__(self):
        return (f'(train losses of {len(self[0])} epochs, last {self[0][-1]:.4g}; test losses, '
                f'last {self[1][-1]:.4g}; w = {np.round(self[2], 3)}; b = {self[3]:.3f})')


class Losses(dict):
    """A dict of loss tables, shown by their shapes (the solution has printed them)."""

    def __repr__(self):
        return '{' + ', '.join(f'{k!r}: array of shape {np.shape(v)}' for k, v in self.items()) + '}'


def sgd_fit(x_train, y_train, x_test, y_test, num_epochs, lr=0.01, batch_size=10):
    """fit_and_plot's training, in NumPy: a Dense(1) on the given features (initialised as Gluon
    does: weights uniform in [-0.07, 0.07], bias 0), L2Loss, minibatch SGD on shuffled batches,
    the gradient summed and divided by the batch size; the losses after every epoch."""
    w, b = np.random.uniform(-0.07, 0.07, size=(x_train.shape[1], 1)), 0.0
    batch_size = min(batch_size, len(x_train))
    train_ls, test_ls = [], []
    for _ in range(num_epochs):
        order = np.random.permutation(len(x_train))
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            error = x_train[rows] @ w + b - y_train[rows]
            w = w - lr * x_train[rows].T @ error / batch_size
            b = b - lr * float(error.sum()) / batch_size
        train_ls.append(float(((x_train @ w + b - y_train) ** 2 / 2).mean()))
        test_ls.append(float(((x_test @ w + b - y_test) ** 2 / 2).mean()))
    return FitResult((train_ls, test_ls, w.ravel(), b))


# --- checking what the learner gives -----------------------------------------------------------

def _numbers(value, name, length=None):
    """value (a list, NumPy array or NDArray of numbers) as a 1-D float64 array."""
    if isinstance(value, nd.NDArray):
        value = value.asnumpy()
    try:
        array = np.asarray(value, dtype='float64')
    except (TypeError, ValueError):
        raise Unusable(f'{name} should be numbers; it is {kind(value)}.',
                       f'{name}应该是一组数；它是{kind(value, "zh")}。') from None
    if array.ndim != 1 or (length is not None and array.size != length):
        want = f'{length} numbers' if length else 'a list of numbers'
        want_zh = f'{length}个数' if length else '一列数'
        raise Unusable(f'{name} should be {want}; it has shape {array.shape}.',
                       f'{name}应该是{want_zh}；它的形状为{array.shape}。')
    return array


def _dict_with(answer, keys, shown, shown_zh):
    if not isinstance(answer, dict) or not set(keys) <= set(answer):
        got = f'a dict with keys {list(answer)}' if isinstance(answer, dict) else kind(answer)
        raise Unusable(f'Expected {shown}; got {got}.', f'应为{shown_zh}；得到的是{got}。')
    return answer


def _say(en, zh):
    """A line the check prints about the learner's own results, in the lesson's language."""
    print(text(T(en, zh)))


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('A training loss of zero?', '训练损失能降到零吗？'),
    T('The third-order model has the right form: the labels were made by a cubic. Can it bring '
      'its training error (训练误差) on the 100 training examples down to zero, if SGD runs long '
      'enough, or if we solve for the best parameters exactly (by least squares, as the sweep '
      'does)?\n\n'
      '(a) Yes: with enough epochs SGD drives the training loss to zero &nbsp; '
      '(b) Yes: least squares finds the exact minimum, and for the right model that minimum is '
      'zero &nbsp; '
      '(c) No: the noise in the labels is not a function of $x$, and the four parameters of a '
      'cubic cannot follow 100 independent noise values &nbsp; '
      '(d) No: float32 rounding keeps the loss above zero; in float64 it would reach zero',
      '三阶多项式模型的形式是正确的：标签本来就是由一个三阶多项式生成的。如果让随机梯度下降运行足够长的时间，或者直'
      '接精确求出最优参数（像阶数扫描那样用最小二乘法），它能把100个训练样本上的训练误差（training error）降到零'
      '吗？\n\n'
      '(a) 能：只要迭代周期足够多，随机梯度下降就能把训练损失降到零 &nbsp; '
      '(b) 能：最小二乘法求出的是精确的最小值，而对正确的模型来说，这个最小值就是零 &nbsp; '
      '(c) 不能：标签中的噪声不是$x$的函数，三阶多项式的四个参数无法逐一拟合100个相互独立的噪声值 &nbsp; '
      '(d) 不能：float32的舍入误差使损失降不到零；换成float64就能降到零'),
    book=['3.11.2'],
    hints=[T('What is each training label made of? Which part of it can a cubic in $x$ follow, and '
             'which part not?',
             '每个训练标签由哪几部分组成？其中哪一部分是$x$的三阶多项式能够拟合的，哪一部分不能？'),
           T('Try it: `least_squares_losses(x_train_all, y_train_all, x_test, y_test, 3)[0]` is the '
             'lowest training loss any cubic reaches on the book\'s 100 training rows. Then fit only '
             '4 of the rows, or the same rows with `true_w`, `true_b` and no noise: when is it zero?',
             '试一试：`least_squares_losses(x_train_all, y_train_all, x_test, y_test, 3)[0]`就是三阶多项式在书中'
             '100行训练数据上所能达到的最低训练损失。再试试只拟合其中4行，或者在同样的行上拟合用`true_w`、`true_b`'
             '算出的、不含噪声的标签：什么时候它为零？')],
    explanation=T(
        'Each label is the cubic plus noise $\\epsilon$, drawn independently of $x$. The best cubic '
        '(least squares finds it exactly, and SGD can only approach it) still misses every label by '
        'about its noise, so its training loss stays near the loss the noise itself costs '
        '(exercise 2 asks how much), a little below it, because four parameters absorb a little of '
        'the noise. It is zero only where a cubic can pass through every point: labels without '
        'noise, or no more rows than parameters (4), and in float64 the noise-free fit reaches '
        'zero to rounding, so rounding is not what stops it. More epochs cannot go below the '
        'least-squares minimum.',
        '每个标签都是三阶多项式加上噪声$\\epsilon$，而噪声的抽取与$x$无关。最优的三阶多项式（最小二乘法能精确求出'
        '它，随机梯度下降只能逼近它）与每个标签仍相差约一个噪声的大小，所以它的训练损失停在噪声本身造成的损失附近（'
        '练习2问的就是这个损失有多大），而且略低于它，因为四个参数吸收了一小部分噪声。只有当某个三阶多项式能穿过每'
        '一个点时，训练损失才是零：要么标签不含噪声，要么行数不超过参数个数（4）。在float64中，不含噪声的拟合在舍入'
        '误差范围内确实达到了零，可见阻止训练损失降到零的并不是舍入误差。迭代周期再多，也不能低于最小二乘法的最小'
        '值。'))


@ex1.solves
def fit_the_cubic_exactly():
    rng = np.random.default_rng()  # random numbers of its own: the lesson's stream stays as it was
    x = rng.normal(size=(100, 1))  # 100 training rows, drawn as the book's are
    y = true_cubic(x) + rng.normal(scale=0.1, size=x.shape)
    noisy = least_squares_losses(x, y, x, y, 3)[0]  # the lowest training loss of any cubic
    clean = least_squares_losses(x, true_cubic(x), x, y, 3)[0]  # the same rows without the noise
    four = least_squares_losses(x[:4], y[:4], x, y, 3)[0]  # as many rows as parameters
    print(f'lowest training loss of a cubic, 100 noisy rows:  {noisy:.3g}')
    print(f'the same 100 rows without the noise:              {clean:.3g}')
    print(f'only 4 noisy rows:                                {four:.3g}')
    if noisy < 1e-12:
        return 'b'
    return 'c' if max(clean, four) < 1e-12 else 'd'


CHOICES_1 = {
    'a': T('More epochs only bring SGD closer to the least-squares minimum; they cannot go below '
           'it, and here that minimum is not zero.',
           '更多的迭代周期只能让随机梯度下降更接近最小二乘法的最小值，却不能低于它，而这里的最小值不是零。'),
    'b': T('The minimum is zero only if some cubic passes through all 100 points, and the noise '
           'puts them off every cubic (with 4 rows or fewer it would be zero).',
           '只有当某个三阶多项式能穿过全部100个点时，最小值才是零，而有了噪声，没有哪个三阶多项式能穿过所有这些点（'
           '只有4行或更少时，最小值才会是零）。'),
    'd': T('Rounding is far too small to matter: in float64, least squares leaves about the same '
           'training loss as in float32, and labels without noise are fitted to zero.',
           '舍入误差太小，根本无关紧要：在float64中，最小二乘法留下的训练损失与在float32中差不多，而不含噪声的标签'
           '能被拟合到零。'),
}


ex1.choice(CHOICES_1)


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('The noise floor', '噪声下限'),
    T('What is the smallest test loss you can hope for here? Even the true cubic, '
      '$y = 1.2x - 3.4x^2 + 5.6x^3 + 5$ itself, misses each label by its noise '
      '$\\epsilon \\sim \\mathcal{N}(0, 0.1^2)$. Give its expected loss on new examples, in the '
      'units of the lesson\'s `loss` (`gloss.L2Loss()`).',
      '在这个问题里，测试损失最低能指望到多少？即使是真实的三阶多项式$y = 1.2x - 3.4x^2 + 5.6x^3 + 5$本身，与每个标'
      '签也相差一个噪声$\\epsilon \\sim \\mathcal{N}(0, 0.1^2)$。求它在新样本上损失的期望，按本节的`loss`（'
      '`gloss.L2Loss()`）来计算。'),
    """answer = ...  # a number: the expected loss of the true cubic on new examples

ex[2].check(answer)""",
    what=T('Set answer to your number, then run the cell again.',
           '把answer设为你得到的数，然后再运行这个单元格。'),
    hints=[T('On a new example, by how much does the true cubic miss the label? What is `L2Loss` '
             'of that miss, and what is its average over many examples?',
             '在一个新样本上，真实的三阶多项式与标签相差多少？这个差值的`L2Loss`是多少？它在许多样本上的平均值又是'
             '多少？'),
           T('The miss is exactly $\\epsilon$, so the loss is $\\frac{1}{2}\\epsilon^2$, and '
             '$E[\\epsilon^2]$ is the variance of the noise. Or simulate: '
             '`(nd.random.normal(scale=0.1, shape=(10 ** 6,)) ** 2 / 2).mean()`.',
             '差值恰好是$\\epsilon$，所以损失是$\\frac{1}{2}\\epsilon^2$，而$E[\\epsilon^2]$就是噪声的'
             '方差。也可以模拟：`(nd.random.normal(scale=0.1, shape=(10 ** 6,)) ** 2 / 2).mean()`。')],
    explanation=T(
        'The true cubic misses a new label by exactly its noise $\\epsilon$, so its expected loss is '
        '$E[\\frac{1}{2}\\epsilon^2] = \\frac{1}{2}\\sigma^2 = 0.005$; a million simulated examples '
        'agree to within a fraction of a percent. No model does better on average: a prediction can depend on '
        '$x$ only, and $\\epsilon$ is independent of $x$. That is the floor the lesson\'s '
        'third-order fit approaches. On one particular test set of 100 rows a model can score a '
        'little below it by luck, as some of the lesson\'s least-squares fits do: 0.005 is the '
        'expectation over new examples.',
        '真实的三阶多项式与新标签恰好相差噪声$\\epsilon$，所以它损失的期望是$E[\\frac{1}{2}\\epsilon^2] = '
        '\\frac{1}{2}\\sigma^2 = 0.005$；用一百万个样本模拟，结果与之相差不到百分之一。平均而言，没有哪个模型能做得'
        '更好：预测只能依赖于$x$，而$\\epsilon$与$x$无关。本节的三阶多项式拟合所逼近的正是这个下限。在某个具体的'
        '100行测试集上，模型可能凭运气得到略低于它的损失，本节的一些最小二乘拟合就是这样：0.005是在新样本上的期'
        '望。'))


@ex2.solves
def noise_floor():
    sigma = 0.1
    floor = sigma ** 2 / 2  # the true cubic misses by exactly eps: E[eps^2 / 2] = sigma^2 / 2
    eps = np.random.default_rng().normal(scale=sigma, size=10 ** 6)  # its misses on a million examples
    print('the true cubic on a million new examples:', (eps ** 2 / 2).mean())
    return floor


@ex2.checks
def _(answer):
    value = expect_number(answer, 'answer')
    floor = ex2.oracle()
    if abs(value - floor) <= 0.1 * floor:
        return
    if value <= 0:
        raise Wrong(f'{value:g} would mean predicting the noise, which is independent of x: no '
                    'model can, not even the true cubic.',
                    f'{value:g}意味着能预测噪声，而噪声与x无关：没有哪个模型能做到，真实的三阶多项式也不能。')
    if abs(value - 2 * floor) <= 0.1 * floor:
        raise Wrong(f'{value:g} is the mean of the squared miss; the lesson\'s `L2Loss` is '
                    'half the squared miss.',
                    f'{value:g}是偏差平方的平均值；本节的`L2Loss`是偏差平方的一半。')
    if 0.03 < value <= 0.3:
        raise Wrong(f'{value:g} is of the size of the noise itself (its standard deviation is '
                    '0.1), but a squared loss is in squared units.',
                    f'{value:g}与噪声本身（标准差为0.1）大小相当，但平方损失是按平方计量的。')
    if value > 0.3:
        raise Wrong(f'{value:g} is far more than misses of the size of this noise (its standard '
                    'deviation is 0.1) can cost.',
                    f'{value:g}远远超过了这么大的噪声（标准差为0.1）所能造成的损失。')
    raise Wrong(f'{value:g} is not the expected loss of the true cubic: it misses each new '
                'label by exactly the noise ε; what is the mean of `L2Loss` of that?',
                f'{value:g}不是真实三阶多项式损失的期望：它与每个新标签恰好相差噪声ε；这个偏差的`L2Loss`'
                '平均是多少？')


for _value, _why in ((0.01, 'the variance of the noise, without the 1/2 of L2Loss'),
                     (0.1, 'the standard deviation of the noise'),
                     (0, 'a perfect model')):
    ex2.wrong(_why)(lambda v=_value: v)


# --- 3 ------------------------------------------------------------------------------------------

SWEEPS_CODE = ('```python\nsweeps = {}\nfor n in (10, 50):\n'
               '    x_sets = nd.random.normal(shape=(n_sets, n, 1))\n'
               '    y_sets = make_labels(x_sets)\n'
               "    x_sets, y_sets = x_sets.asnumpy().astype('float64'), y_sets.asnumpy().astype('float64')\n"
               '    losses = np.array([[least_squares_losses(x, y, x_test, y_test, k)[:2] for k in degrees]\n'
               '                       for x, y in zip(x_sets, y_sets)])\n'
               '    sweeps[n] = np.median(losses, axis=0)\n```\n')  # exercise 3's second hint, in both languages

ex3 = exercise(
    T('The U with 10 and with 50 examples', '10个和50个样本时的U形曲线'),
    T('In the sweep, change the 20 training examples to 10 and to 50 (still 50 training sets '
      'each, and the same 100 test examples). How does the U change? Keep the median losses of '
      'each run, an array (degree, train/test) like `sweep[20]`, in `sweeps = {10: ..., 50: ...}`; '
      'the check looks at what your runs show.',
      '在阶数扫描中，把20个训练样本分别改成10个和50个（每种仍用50个训练集，也仍用那100个测试样本）。U形曲线会怎样变'
      '化？把每次运行的损失中位数放进`sweeps = {10: ..., 50: ...}`，每个都是像`sweep[20]`那样按（阶数, 训练/测试）'
      '排列的数组；检查会告诉你这些结果说明了什么。'),
    """sweeps = ...  # {10: median losses with 10 training examples, 50: ... with 50}, each like sweep[20]

ex[3].check(sweeps)""", solution_seconds=1,
    what=T('Fill sweeps with the medians of the two runs, then run the cell again.',
           '把两次运行的中位数放进sweeps，然后再运行这个单元格。'),
    hints=[T('Copy the sweep\'s loop into this cell with `for n in (10, 50):` and a new dict '
             '`sweeps`, so that `sweep` itself stays as the cells below it need it.',
             '把阶数扫描的循环复制到这个单元格中，改成`for n in (10, 50):`，并把结果存进新的字典`sweeps`，这样'
             '`sweep`本身保持不变，它下面的单元格还要用到它。'),
           T(SWEEPS_CODE + 'Then print them beside `sweep[20]`: where is the test loss lowest, and how steeply does '
             'it rise after that?',
             SWEEPS_CODE + '然后把它们和`sweep[20]`并排打印：测试损失在哪个阶数最低？之后上升得有多陡？')],
    explanation=T(
        'The bottom of the U stays at degree 3 for 10, 20 and 50 examples: the right model does not '
        'depend on the amount of data. What moves is the right arm. With 10 examples, degree 8 has 9 '
        'coefficients for 10 points, nearly passes through all of them (its training loss drops to a '
        'small fraction of degree 3\'s), and its median test loss is many orders of magnitude above '
        'degree 3\'s; already degree 4 is clearly worse. With 50 examples the training loss '
        'hardly falls past degree 3 and the right arm rises late and gently, far less than with 20 '
        'examples. Fewer examples make the same model class overfit more, and sooner.',
        '无论是10个、20个还是50个样本，U形曲线的底部都在阶数3：正确的模型与数据量无关。变化的是右侧那一段。只有10个'
        '样本时，阶数8用9个系数拟合10个点，几乎穿过了所有的点（它的训练损失降到阶数3的一小部分），而它的测试损失中'
        '位数比阶数3的高出许多个数量级；阶数4就已经明显更差了。有50个样本时，训练损失过了阶数3之后几乎不再下降，右'
        '侧上升得又晚又缓，远不像20个样本时那样陡。样本越少，同一类模型过拟合得越严重，也越早出现。'))


def _sweep(n, x_test, y_test):
    x_sets, y_sets = training_sets(n)
    losses = np.array([[least_squares_losses(x, y, x_test, y_test, k)[:2] for k in DEGREES]
                       for x, y in zip(x_sets, y_sets)])  # (set, degree, train/test)
    return np.median(losses, axis=0)


@ex3.solves
def sweep_10_and_50():
    _, _, x_test, y_test = book_data()  # the lesson's 100 test rows
    sweeps = {}
    for n in (10, 20, 50):  # 20 as in the lesson, for comparison
        x_sets, y_sets = training_sets(n)  # 50 training sets of n rows
        losses = np.array([[least_squares_losses(x, y, x_test, y_test, k)[:2] for k in DEGREES]
                           for x, y in zip(x_sets, y_sets)])  # (set, degree, train/test)
        sweeps[n] = np.median(losses, axis=0)
    print('degree:           ', ' '.join(f'{k:8d}' for k in DEGREES))
    for n in (10, 20, 50):
        print(f'n = {n:2d}, train:    ', ' '.join(f'{v:8.3g}' for v in sweeps[n][:, 0]))
        print(f'n = {n:2d}, test:     ', ' '.join(f'{v:8.3g}' for v in sweeps[n][:, 1]))
    return Losses({n: sweeps[n] for n in (10, 50)})  # a dict, shown by its shapes


def _sweep_table(answer, n):
    value = answer[n].asnumpy() if isinstance(answer[n], nd.NDArray) else answer[n]
    try:
        table = np.asarray(value, dtype='float64')
    except (TypeError, ValueError):
        table = None
    if table is None or table.shape != (len(DEGREES), 2):
        got = f'shape {table.shape}' if table is not None else kind(value)
        raise Unusable(f'sweeps[{n}] should be an array of shape (8, 2) like sweep[20]: one row '
                       f'per degree 1 to 8, the median training and test loss; it has {got}.',
                       f'sweeps[{n}]应是像sweep[20]那样形状为(8, 2)的数组：阶数1到8各占一行，两列依次是'
                       f'训练损失和测试损失的中位数；它是{got}。')
    if not np.isfinite(table).all() or (table <= 0).any():
        raise Wrong(f'sweeps[{n}] holds losses that are not positive finite numbers.',
                    f'sweeps[{n}]中有些损失不是有限的正数。')
    return table


@ex3.checks
def _(answer):
    _dict_with(answer, (10, 50), 'sweeps = {10: ..., 50: ...}, the medians of the two runs',
               'sweeps = {10: ..., 50: ...}，即两次运行的中位数')
    tables = {n: _sweep_table(answer, n) for n in (10, 50)}
    for n, table in tables.items():
        rises = np.flatnonzero(np.diff(table[:, 0]) > 1e-9 * table[:-1, 0])
        if rises.size:
            k = DEGREES[rises[0]]
            raise Wrong(f'In sweeps[{n}], column 0 rises from degree {k} to degree {k + 1}. A richer '
                        'polynomial never fits its training set worse, so column 0, the training '
                        'loss, can only fall with the degree: are the columns in the order '
                        '(train, test)?',
                        f'在sweeps[{n}]中，第0列从阶数{k}到阶数{k + 1}上升了。更丰富的多项式对训练集的'
                        '拟合绝不会更差，所以第0列，即训练损失，只会随阶数下降：各列的顺序是(训练, 测试)吗？')
        if np.allclose(table[:, 0], table[:, 1]):
            raise Wrong(f'In sweeps[{n}] the test losses equal the training losses: were they '
                        'measured on the training rows?',
                        f'在sweeps[{n}]中，测试损失等于训练损失：它们是在训练数据上计算的吗？')
    few, many = (tables[n][7, 0] / tables[n][2, 0] for n in (10, 50))
    if few > 0.45:
        raise Wrong(f'In sweeps[10] the median training loss of degree 8 is still {few:.2f} times '
                    'that of degree 3. With 10 training examples a degree-8 polynomial (9 '
                    'coefficients) nearly passes through all of them: was this run made with 10 '
                    'examples per set?',
                    f'在sweeps[10]中，阶数8的训练损失中位数仍是阶数3的{few:.2f}倍。只有10个训练样本时，'
                    '8阶多项式（9个系数）几乎能穿过所有样本：这次运行每个训练集用的是10个样本吗？')
    if many < 0.8:
        raise Wrong(f'In sweeps[50] the median training loss of degree 8 falls to {many:.2f} times '
                    'that of degree 3: too much for 50 examples, where 5 extra coefficients can '
                    'absorb only a little of the noise. Was this run made with 50 examples per set?',
                    f'在sweeps[50]中，阶数8的训练损失中位数降到了阶数3的{many:.2f}倍：对50个样本来说'
                    '降得太多了，这时多出的5个系数只能吸收一点点噪声。这次运行每个训练集用的是50个样本吗？')
    for n, table in tables.items():
        best = DEGREES[int(np.argmin(table[:, 1]))]
        rise = np.log10(table[7, 1] / table[2, 1])
        _say(f'{n} examples: lowest median test loss at degree {best}; degree 8\'s is 10^{rise:.1f} '
             'times degree 3\'s.',
             f'{n}个样本：测试损失中位数在阶数{best}最低；阶数8的是阶数3的10^{rise:.1f}倍。')


@ex3.wrong('both runs with 20 examples (n left as in the lesson)')
def _():
    _, _, x_test, y_test = book_data()
    return {10: _sweep(20, x_test, y_test), 50: _sweep(20, x_test, y_test)}


@ex3.wrong('the two sizes swapped')
def _():
    _, _, x_test, y_test = book_data()
    return {10: _sweep(50, x_test, y_test), 50: _sweep(10, x_test, y_test)}


@ex3.wrong('the columns swapped: (test, train)')
def _():
    _, _, x_test, y_test = book_data()
    return {n: _sweep(n, x_test, y_test)[:, ::-1] for n in (10, 50)}


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('A thousand epochs for the line', '让直线训练1,000个迭代周期'),
    T('Fit the linear model (underfitting) for 1,000 epochs instead of 100: set '
      '`num_epochs = 1000`, call `fit_and_plot` as for `under`, and keep what it returns. Does it '
      'get better? (It takes up to a minute; set `num_epochs = 100` again afterwards.)',
      '把线性模型（欠拟合）训练1,000个迭代周期，而不是100个：设`num_epochs = 1000`，像得到`under`时那样调用'
      '`fit_and_plot`，并保存它的返回值。结果会变好吗？（运行最多需要一分钟；之后把`num_epochs`改回100。）'),
    """long_under = ...  # what fit_and_plot returns for the linear model, trained for 1,000 epochs

ex[4].check(long_under)""", solution_seconds=1,
    what=T('Set long_under to what fit_and_plot returns, then run the cell again.',
           '把long_under设为fit_and_plot的返回值，然后再运行这个单元格。'),
    hints=[T('`fit_and_plot` trains for the global `num_epochs`. Before you run it, look at `under`: '
             'what does its training loss do over the last 50 of its 100 epochs?',
             '`fit_and_plot`训练的迭代周期数是全局变量`num_epochs`。运行之前，先看看`under`：在100个'
             '迭代周期的最后50个里，它的训练损失是怎样变化的？'),
           T('`num_epochs = 1000`, then `long_under = fit_and_plot(features[:n_train, :], '
             'features[n_train:, :], labels[:n_train], labels[n_train:])`, then '
             '`num_epochs = 100`. Compare `long_under[0][99]` with `long_under[0][-1]`, and both with '
             '`least_squares_losses(x_train_all, y_train_all, x_test, y_test, 1)[0]`, the lowest '
             'training loss of any straight line.',
             '先设`num_epochs = 1000`，再运行`long_under = fit_and_plot(features[:n_train, :], features[n_train:, '
             ':], labels[:n_train], labels[n_train:])`，然后设回`num_epochs = 100`。比较`long_under[0][99]`和'
             '`long_under[0][-1]`，再把两者与任何直线所能达到的最低训练损失`least_squares_losses(x_train_all, '
             'y_train_all, x_test, y_test, 1)[0]`相比较。')],
    explanation=T(
        'No. The training loss at epoch 1,000 is that of epoch 100 to within a fraction of a '
        'percent, and both are the least-squares line\'s: after 100 epochs SGD has already found '
        'the best straight line, and no amount of training bends a line to a cubic. The test loss, '
        'higher still, hardly moves either. Underfitting is cured by a richer model (the features '
        '$x^2$, $x^3$), not by training longer. (The solution runs fit_and_plot\'s minibatch SGD, '
        'batches of 10 at learning rate 0.01, written with NumPy so that 1,000 epochs take a second.)',
        '不会。第1,000个迭代周期的训练损失与第100个的相差不到百分之一，两者都等于最小二乘直线的训练损失：100个迭代'
        '周期之后，随机梯度下降就已经找到了最好的直线，而再怎么训练也不能让直线弯成三阶多项式。测试损失比训练损失还'
        '高，也几乎没有变化。欠拟合要靠更丰富的模型（特征$x^2$、$x^3$）来解决，而不是训练得更久。（解答运行的是'
        'fit_and_plot的小批量随机梯度下降，批量大小为10，学习率为0.01，用NumPy写成，这样1,000个迭代周期只要一秒'
        '钟。）'))


@ex4.solves
def train_the_line_longer():
    x, y, x_test, y_test = book_data()
    run = sgd_fit(x, y, x_test, y_test, num_epochs=1000)  # fit_and_plot's SGD on the feature x
    train_ls, test_ls = run[0], run[1]
    for epoch in (10, 100, 1000):
        print(f'epoch {epoch:4d}: train loss {train_ls[epoch - 1]:.4f}, test loss {test_ls[epoch - 1]:.2f}')
    best_line = least_squares_losses(x, y, x_test, y_test, 1)[0]  # the lowest training loss of a line
    print(f'the best straight line (least squares): train loss {best_line:.4f}')
    return run


def _fit_result(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 4:
        raise Unusable('Expected what fit_and_plot returns: (train losses, test losses, w, b); got '
                       f'{kind(answer)}.',
                       f'应为fit_and_plot的返回值：(训练损失, 测试损失, w, b)；得到的是{kind(answer, "zh")}。')
    train = _numbers(answer[0], 'long_under[0] (the training losses)')
    test = _numbers(answer[1], 'long_under[1] (the test losses)', length=len(train))
    w = answer[2].asnumpy() if isinstance(answer[2], nd.NDArray) else answer[2]
    try:
        w = np.ravel(np.asarray(w, dtype='float64'))
    except (TypeError, ValueError):
        raise Unusable(f'long_under[2] should be the weights w; it is {kind(answer[2])}.',
                       f'long_under[2]应为权重w；它是{kind(answer[2], "zh")}。') from None
    return train, test, w


@ex4.checks
def _(answer):
    train, test, w = _fit_result(answer)
    if w.size != 1:
        raise Wrong(f'This model has {w.size} weights: it was fitted on the polynomial features. The '
                    'linear model of `under` has one, on `features` (x alone).',
                    f'这个模型有{w.size}个权重：它是在多项式特征上拟合的。`under`的线性模型只有一个权重，'
                    '所用的特征是`features`（只有x）。')
    if len(train) != 1000:
        raise Wrong(f'This run has {len(train)} epochs, not 1,000: set `num_epochs = 1000` before '
                    'calling fit_and_plot.',
                    f'这次训练有{len(train)}个迭代周期，而不是1,000个：调用fit_and_plot之前先设'
                    '`num_epochs = 1000`。')
    if not (np.isfinite(train).all() and np.isfinite(test).all()):
        raise Wrong('Some of its losses are not finite: the fit diverged. fit_and_plot with the '
                    "lesson's learning rate, 0.01, does not diverge on the linear feature.",
                    '其中有些损失不是有限值：拟合发散了。使用本节的学习率0.01时，fit_and_plot在线性特征上不会发'
                    '散。')
    change = (train[-1] - train[99]) / train[99]
    _say(f'Your run: train loss {train[9]:.4g} at epoch 10, {train[99]:.4g} at epoch 100, '
         f'{train[-1]:.4g} at epoch 1,000 ({change:+.2%} over the last 900 epochs); test loss '
         f'{test[99]:.4g} at epoch 100, {test[-1]:.4g} at epoch 1,000.',
         f'你的训练：训练损失在第10个迭代周期为{train[9]:.4g}，第100个为{train[99]:.4g}，第1,000个为'
         f'{train[-1]:.4g}（最后900个迭代周期中变化了{change:+.2%}）；测试损失在第100个迭代周期为'
         f'{test[99]:.4g}，第1,000个为{test[-1]:.4g}。')


@ex4.wrong('num_epochs left at 100')
def _():
    x, y, x_test, y_test = book_data()
    return sgd_fit(x, y, x_test, y_test, num_epochs=100)


@ex4.wrong('the cubic features (poly_features) trained for 1,000 epochs')
def _():
    x, y, x_test, y_test = book_data()
    return sgd_fit(polynomial(x, 3)[:, 1:], y, polynomial(x_test, 3)[:, 1:], y_test, num_epochs=1000)


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Degree 8 on 100 examples', '在100个样本上拟合8阶多项式'),
    T('The cubic overfitted on two examples and did not on all 100 (`normal`): more data cured it. '
      'Does more data also tame a degree that is too high? Fit degree 3 and degree 8 by least '
      'squares on the book\'s 100 training rows (`x_train_all`, `y_train_all`) and measure both on '
      'the test set (`least_squares_losses(...)[:2]` gives the training and the test loss). Keep '
      'them in `losses = {3: (train, test), 8: (train, test)}`. Does degree 8 still overfit? '
      'Compare with the sweep\'s fits on 20 examples.',
      '三阶多项式在两个样本上过拟合，在全部100个样本上（`normal`）则没有：更多的数据消除了过拟合。对于过高的阶数，'
      '更多的数据是否同样管用？在书中的100行训练数据（`x_train_all`、`y_train_all`）上用最小二乘法拟合阶数3和阶数'
      '8，并在测试集上计算两者的损失（`least_squares_losses(...)[:2]`给出训练损失和测试损失）。把它们放进`losses '
      '= {3: (train, test), 8: (train, test)}`。阶数8还会过拟合吗？再与阶数扫描中在20个样本上的拟合相比较。'),
    """losses = ...  # {3: (train loss, test loss), 8: (train loss, test loss)}, on the 100 training rows

ex[5].check(losses)""",
    what=T('Fill losses with the two fits, then run the cell again.',
           '把两次拟合的结果放进losses，然后再运行这个单元格。'),
    hints=[T('The sweep already fits every degree by least squares; here it is one training set, the '
             'book\'s 100 rows, and two degrees.',
             '阶数扫描已经用最小二乘法拟合过每个阶数；这里只有一个训练集（书中的100行数据）和两个阶数。'),
           T('`losses = {k: least_squares_losses(x_train_all, y_train_all, x_test, y_test, k)[:2] '
             'for k in (3, 8)}`. Then compare each test loss with its training loss, and degree 8\'s '
             'test loss with degree 3\'s. (SGD, as in `fit_and_plot`, diverges on the feature '
             '$x^8$.)',
             '`losses = {k: least_squares_losses(x_train_all, y_train_all, x_test, y_test, k)[:2] '
             'for k in (3, 8)}`。然后把每个测试损失与它的训练损失相比较，再把阶数8的测试损失与阶数3的'
             '相比较。（像`fit_and_plot`那样用随机梯度下降，会在特征$x^8$上发散。）')],
    explanation=T(
        'Far less than on 20 examples, where degree 8\'s median test loss was tens to millions of '
        'times degree 3\'s. With 100 rows degree 8\'s training loss is barely below '
        'degree 3\'s, and on the book\'s data its test loss is anywhere from about the same as '
        'degree 3\'s to a few hundred times more, depending on the draw. What is left of the overfitting '
        'lives at the edges: the 5 spare coefficients bend the curve where training rows are few, '
        'and a test point far out, where $x^8$ is huge, pays for it; one such point is enough for a '
        'large ratio. On the median over 50 training sets of 100 (the solution\'s last line) degree 8 '
        'still tests worse than degree 3, mostly by a small factor, on some draws by hundreds. More data pushes '
        'overfitting back, but the simplest model that fits remains the safer choice.',
        '过拟合比在20个样本上轻得多：在20个样本上，阶数8的测试损失中位数是阶数3的几十倍到几百万倍。有100行数据时，'
        '阶数8的训练损失只比阶数3的略低；在书中的数据上，它的测试损失从与阶数3的相当到高出几百倍不等，取决于数据的'
        '抽取。剩下的过拟合出现在两端：多出的5个系数在训练数据稀少的地方把曲线弯折，远处的测试点（这些地方的$x^8$非'
        '常大）就要为此付出代价；只要有一个这样的点，比值就会很大。在50个100行的训练集上取中位数（解答输出的最后一'
        '行），阶数8的测试损失仍然高于阶数3，多数时候只高出不大的倍数，有些抽取下则高出几百倍。更多的数据能把过拟合'
        '往后推，但能拟合数据的最简单的模型仍是更稳妥的选择。'))


@ex5.solves
def degree_8_on_100_rows():
    x, y, x_test, y_test = book_data()  # the book's 100 training rows and 100 test rows
    losses = {k: least_squares_losses(x, y, x_test, y_test, k)[:2] for k in (3, 8)}
    for k, (train, test) in losses.items():
        print(f'degree {k}, 100 rows: train loss {train:.4g}, test loss {test:.4g} '
              f'({test / train:.3g} times the training loss)')
    for n in (20, 100):  # the same over 50 training sets of n, as in the sweep
        x_sets, y_sets = training_sets(n)
        tests = np.median([[least_squares_losses(xs, ys, x_test, y_test, k)[1] for k in (3, 8)]
                           for xs, ys in zip(x_sets, y_sets)], axis=0)
        print(f'median over 50 sets of {n:3d} rows: degree 8\'s test loss is {tests[1] / tests[0]:.3g} '
              'times degree 3\'s')
    return losses


def _pair(answer, k):
    value = answer[k]
    if isinstance(value, (tuple, list)) and len(value) == 3:
        raise Unusable(f'losses[{k}] has 3 parts: least_squares_losses returns (train loss, test loss, '
                       'w). Keep the first two, with [:2].',
                       f'losses[{k}]有3个部分：least_squares_losses返回的是(训练损失, 测试损失, w)。'
                       '用[:2]只保留前两个。')
    if not isinstance(value, (tuple, list, np.ndarray, nd.NDArray)) or len(value) != 2:
        raise Unusable(f'losses[{k}] should be (train loss, test loss); it is {kind(value)}.',
                       f'losses[{k}]应为(训练损失, 测试损失)；它是{kind(value, "zh")}。')
    return [expect_number(v, f'losses[{k}]') for v in value]


@ex5.checks
def _(answer):
    _dict_with(answer, (3, 8), 'losses = {3: (train, test), 8: (train, test)}',
               'losses = {3: (训练损失, 测试损失), 8: (训练损失, 测试损失)}')
    (train3, test3), (train8, test8) = _pair(answer, 3), _pair(answer, 8)
    if not np.isfinite([train3, test3, train8, test8]).all() or max(train3, train8) > 1e6:
        raise Wrong('Some of these losses are not finite, or astronomically large: the fit diverged. '
                    'Trained by SGD, as in fit_and_plot, it diverges on the feature x^8: use '
                    'least_squares_losses.',
                    '其中有些损失不是有限值，或者大得离谱：拟合发散了。像fit_and_plot那样用随机梯度下降训练时，拟合'
                    '会在特征x^8上发散：请用least_squares_losses。')
    if train3 < 1e-6:
        raise Wrong(f'The cubic\'s training loss is {train3:.3g}, practically zero: only a fit on '
                    '4 rows or fewer gets there. Fit on all 100 training rows.',
                    f'三阶多项式的训练损失为{train3:.3g}，几乎为零：只有在4行或更少的数据上拟合才会这样。'
                    '请在全部100行训练数据上拟合。')
    if not 0.001 < train3 < 0.02:
        raise Wrong(f'The cubic\'s training loss is {train3:.3g}: not what the least-squares cubic '
                    'leaves on 100 rows of the book\'s data, whose labels miss the cubic only by '
                    'the noise.',
                    f'三阶多项式的训练损失为{train3:.3g}：用最小二乘法在书中100行数据上拟合的三阶多项式不会'
                    '留下这样的训练损失，因为这些标签与三阶多项式只差噪声。')
    if train8 > train3 * (1 + 1e-6):
        raise Wrong('Degree 8 fits the training rows worse than degree 3, which a polynomial of '
                    'higher degree never does on the same rows: were both fitted on the same '
                    'training rows, by least squares?',
                    '阶数8对训练数据的拟合比阶数3更差，而在同样的数据上，更高阶的多项式绝不会这样：两者都是用最小二'
                    '乘法在同样的训练数据上拟合的吗？')
    if train8 < 0.75 * train3:
        raise Wrong(f'Degree 8\'s training loss is {train8 / train3:.2f} times degree 3\'s: far '
                    'lower than 5 spare coefficients reach on 100 rows. Were both fitted on all 100 '
                    'training rows?',
                    f'阶数8的训练损失是阶数3的{train8 / train3:.2f}倍：在100行数据上，多出的5个系数'
                    '远远做不到这么低。两者都是在全部100行训练数据上拟合的吗？')
    if test3 == train3 or test8 == train8:
        raise Wrong('A test loss equals its training loss: was it measured on the training rows? '
                    'Pass x_test, y_test as the test data.',
                    '有一个测试损失等于它的训练损失：它是在训练数据上计算的吗？请把x_test、y_test作为测试数据传'
                    '入。')
    _say(f'Your fits: degree 3 tests at {test3 / train3:.3g} times its training loss, degree 8 at '
         f'{test8 / train8:.3g} times; degree 8\'s test loss is {test8 / test3:.3g} times degree 3\'s.',
         f'你的拟合：阶数3的测试损失是其训练损失的{test3 / train3:.3g}倍，阶数8的是{test8 / train8:.3g}'
         f'倍；阶数8的测试损失是阶数3的{test8 / test3:.3g}倍。')


@ex5.wrong('fitted on the two examples of the overfitting fit')
def _():
    x, y, x_test, y_test = book_data()
    return {k: least_squares_losses(x[:2], y[:2], x_test, y_test, k)[:2] for k in (3, 8)}


@ex5.wrong('the test loss measured on the training rows')
def _():
    x, y, _, _ = book_data()
    return {k: least_squares_losses(x, y, x, y, k)[:2] for k in (3, 8)}


@ex5.wrong('degree 8 trained by SGD as in fit_and_plot, which diverges')
def _():
    x, y, x_test, y_test = book_data()
    with np.errstate(all='ignore'):
        run = sgd_fit(polynomial(x, 8)[:, 1:], y, polynomial(x_test, 8)[:, 1:], y_test, num_epochs=5)
    return {3: least_squares_losses(x, y, x_test, y_test, 3)[:2], 8: (run[0][-1], run[1][-1])}


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('A cubic for data from a line', '用三阶多项式拟合线性模型生成的数据'),
    T('The book asks what can go wrong when a third-order polynomial fits data made by a linear '
      'model. Take labels $y = 1.2x + 5 + \\epsilon$ (the same noise), fit a line (degree 1) and a '
      'cubic (degree 3) by least squares on $n$ training examples, and compare their test losses, '
      'for few examples ($n = 10$) and many ($n = 1000$). What do you find?\n\n'
      '(a) The cubic underfits: it cannot represent a straight line &nbsp; '
      '(b) With 10 examples the cubic\'s test loss is clearly higher than the line\'s; with 1,000 '
      'the two are about equal &nbsp; '
      '(c) The cubic\'s test loss is lower at every $n$: more parameters, more flexibility &nbsp; '
      '(d) The two are the same at every $n$: least squares sets the weights of $x^2$ and $x^3$ '
      'to exactly zero',
      '书中的练习问：用三阶多项式去拟合由线性模型生成的数据，可能会有什么问题？取标签$y = 1.2x + 5 + \\epsilon$（噪'
      '声相同），在$n$个训练样本上用最小二乘法分别拟合一条直线（阶数1）和一个三阶多项式（阶数3），比较两者的测试损'
      '失，样本少（$n = 10$）和样本多（$n = 1000$）时各比较一次。你发现了什么？\n\n'
      '(a) 三阶多项式欠拟合：它表示不了直线 &nbsp; '
      '(b) 有10个样本时，三阶多项式的测试损失明显高于直线；有1,000个样本时两者差不多 &nbsp; '
      '(c) 无论$n$是多少，三阶多项式的测试损失都更低：参数越多，越灵活 &nbsp; '
      '(d) 无论$n$是多少，两者都一样：最小二乘法会把$x^2$和$x^3$的权重恰好设为零'),
    book=['3.11.1'],
    hints=[T('A cubic whose weights of $x^2$ and $x^3$ are 0 is a line. So the cubic can do '
             'everything the line can; what can it do besides, with 10 noisy points?',
             '$x^2$和$x^3$的权重为0的三阶多项式就是一条直线。所以直线能做的，三阶多项式都能做；面对10个带噪声的点，'
             '它还能额外做些什么？'),
           T('Try it with the lesson\'s functions: `x = np.random.normal(size=(10, 1))`, '
             '`y = 1.2 * x + 5 + np.random.normal(scale=0.1, size=x.shape)`, a test set of 1,000 '
             'made the same way, then `least_squares_losses(x, y, x_new, y_new, k)[1]` for k = 1 '
             'and 3. Repeat for many training sets and take the median; then $n = 1000$.',
             '用本节的函数试一试：`x = np.random.normal(size=(10, 1))`，`y = 1.2 * x + 5 + '
             'np.random.normal(scale=0.1, size=x.shape)`，用同样的方法生成1,000个测试样本，然后对k = 1和3计算'
             '`least_squares_losses(x, y, x_new, y_new, k)[1]`。在许多个训练集上重复，取中位数；再换成$n = '
             '1000$。')],
    explanation=T(
        'The cubic contains every line, so it cannot underfit these data; what goes wrong is the '
        'opposite. On 10 examples its spare terms $x^2$ and $x^3$ get weights that fit the noise, '
        'and the curve bends away from the line where the training points are sparse, above all '
        'at the edges, where $x^3$ is large: its median test loss is clearly higher than the '
        'line\'s, typically two to five times (from about 1.4 to 7 times over 300 runs). With '
        '1,000 examples the noise averages out, the fitted weights of $x^2$ '
        'and $x^3$ are nearly zero, and the two test losses agree to within a percent or so. A model '
        'more complex than the data need costs data: with few examples it overfits. (With SGD, as '
        'in `fit_and_plot`, the large feature $x^3$ adds a second risk: a step size that suits $x$ '
        'can make the fit diverge, as exercise 7 shows.)',
        '三阶多项式包含了所有的直线，所以它不会对这些数据欠拟合；问题恰恰相反。在10个样本上，多余的项$x^2$和$x^3$得'
        '到的权重拟合了噪声，曲线在训练点稀少的地方偏离直线，尤其是在$x^3$很大的两端：它的测试损失中位数明显高于直'
        '线，通常是直线的二到五倍（300次运行中约为1.4到7倍）。有1,000个样本时，噪声被平均掉了，拟合出的$x^2$和'
        '$x^3$的权重几乎为零，两者的测试损失相差约在百分之一以内。模型比数据所需的更复杂，就要付出数据的代价：样本'
        '少时它会过拟合。（如果像`fit_and_plot`那样用随机梯度下降，很大的特征$x^3$还会带来另一个风险：适合$x$的步长'
        '可能使拟合发散，练习7会说明这一点。）'))


@ex6.solves
def fit_a_line_and_a_cubic():
    rng = np.random.default_rng()  # random numbers of its own: the lesson's stream stays as it was

    def line_labels(x):  # data from a linear model, with the lesson's noise
        return 1.2 * x + 5 + rng.normal(scale=0.1, size=x.shape)

    x_new = rng.normal(size=(1000, 1))  # test examples
    y_new = line_labels(x_new)
    ratio = {}
    for n in (10, 1000):
        tests = []
        for _ in range(50):  # 50 training sets of n examples
            x = rng.normal(size=(n, 1))
            y = line_labels(x)
            tests.append([least_squares_losses(x, y, x_new, y_new, k)[1] for k in (1, 3)])
        line, cubic = np.median(tests, axis=0)
        ratio[n] = cubic / line
        print(f'n = {n:4d}: median test loss, line {line:.4f}, cubic {cubic:.4f} '
              f'({ratio[n]:.2f} times the line\'s)')
    if ratio[10] < 1:
        return 'c'
    return 'b' if ratio[10] > 1.2 and ratio[1000] < 1.1 else 'd'


CHOICES_6 = {
    'a': T('Set the weights of x² and x³ to 0 and the cubic is the line: it contains every line, '
           'so it cannot underfit data that a line explains.',
           '把x²和x³的权重设为0，三阶多项式就成了直线：它包含了所有的直线，所以不会对能用直线解释的数据欠拟合。'),
    'c': T('Flexibility beyond what the data have only fits the noise: with few examples the spare '
           'terms bend the curve to the noise, and new data pay for it.',
           '超出数据所需的灵活性只会用来拟合噪声：样本少时，多余的项让曲线随噪声弯折，到了新数据上就要付出代价。'),
    'd': T('The noise makes the fitted weights of x² and x³ small but not zero, and with few '
           'examples they are far from zero.',
           '由于噪声，拟合出的x²和x³的权重很小，但不为零；样本少时它们离零还很远。'),
}


ex6.choice(CHOICES_6)


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('Why SGD diverges on a far-out example', '为什么远处的样本会让随机梯度下降发散'),
    T('Why does the book\'s SGD diverge for the two-example fit when one of the two has '
      '$|x| \\approx 2.7$? Look at one step. Take a single example with input $x$, features '
      '$x, x^2, x^3$ and the bias, the squared loss $\\frac{1}{2}(\\hat y - y)^2$, and one step '
      'of SGD with learning rate `lr` on a batch of that one example. Write `error_factor(x, lr)`: '
      'the factor by which the step multiplies the example\'s error $\\hat y - y$. Then compare '
      '`error_factor(2.5, 0.005)` with `error_factor(2.7, 0.005)`: in the two-example fit each '
      'epoch is one step on a batch of 2, whose summed gradient is divided by 2, so for each '
      'example it is about a step with learning rate 0.01 / 2.',
      '在两个样本的拟合中，当其中一个样本的$|x| \\approx 2.7$时，书中的随机梯度下降为什么会发散？只需看一步。取单个'
      '样本，输入为$x$，特征为$x, x^2, x^3$，另有偏差，损失为平方损失$\\frac{1}{2}(\\hat y - y)^2$，用学习率`lr`在'
      '只含这一个样本的批量上做一步随机梯度下降。写出`error_factor(x, lr)`，返回这一步使该样本的误差$\\hat y - y$所'
      '乘的因子。然后比较`error_factor(2.5, 0.005)`和`error_factor(2.7, 0.005)`：在两个样本的拟合中，每个迭代周期就'
      '是在大小为2的批量上走一步，梯度之和要除以2，所以对每个样本来说，大约相当于学习率为0.01 / 2的一步。'),
    """def error_factor(x, lr):
    ...  # your code: the factor one SGD step multiplies this example's error by

ex[7].check(error_factor)""", kind='function',
    what=T('Write the body of error_factor above, then run the cell again.',
           '在上面写出error_factor的函数体，然后再运行这个单元格。'),
    hints=[T('With the features $\\phi = (1, x, x^2, x^3)$ (the 1 for the bias), the prediction is '
             '$\\hat y = \\phi \\cdot w$ and the gradient of the loss with respect to $w$ is '
             '$(\\hat y - y)\\,\\phi$. After the step $w - \\mathrm{lr}\\,(\\hat y - y)\\,\\phi$, '
             'what is the new prediction?',
             '设特征为$\\phi = (1, x, x^2, x^3)$（1对应偏差），预测为$\\hat y = \\phi \\cdot w$，损失关于'
             '$w$的梯度为$(\\hat y - y)\\,\\phi$。走完一步$w - \\mathrm{lr}\\,(\\hat y - y)\\,\\phi$之后，'
             '新的预测是多少？'),
           T('The new error is $(\\hat y - y)(1 - \\mathrm{lr}\\,\\|\\phi\\|^2)$, with '
             '$\\|\\phi\\|^2 = 1 + x^2 + x^4 + x^6$. When is $|1 - \\mathrm{lr}\\,\\|\\phi\\|^2|$ '
             'larger than 1, and what does a factor below −1 do to the error, step after step?',
             '新的误差为$(\\hat y - y)(1 - \\mathrm{lr}\\,\\|\\phi\\|^2)$，其中$\\|\\phi\\|^2 = 1 + x^2 + x^4 + '
             'x^6$。什么时候$|1 - \\mathrm{lr}\\,\\|\\phi\\|^2|$大于1？因子小于−1时，一步接一步下去，误差会变成什么'
             '样？')],
    explanation=T(
        'A step moves the weights along the example\'s own features, by lr times the error, and that '
        'changes the prediction by lr times the error times $\\|\\phi\\|^2 = 1 + x^2 + x^4 + x^6$: '
        'the error is multiplied by $1 - \\mathrm{lr}\\,\\|\\phi\\|^2$. The size of the features '
        'enters squared, and $x^6$ dominates far out. At $x = 2.5$, with lr 0.005, '
        '$\\|\\phi\\|^2 \\approx 291$ and the factor is about −0.45: each step overshoots, but less '
        'and less, and the fit converges. At $x = 2.7$, $\\|\\phi\\|^2 \\approx 449$ and the factor '
        'is about −1.24: each step overshoots by more than the error it corrects, the error flips '
        'sign and grows by a quarter every epoch, about $10^{9}$ times over 100 epochs. The '
        'boundary, factor −1, is at $\\|\\phi\\|^2 = 2 / \\mathrm{lr} = 400$, $|x| \\approx 2.65$: '
        'the lesson\'s "$|x| > 2.6$ or so". The cure is a smaller learning rate or features of '
        'comparable size (standardised, as in the house-price lesson).',
        '一步更新沿着该样本自身的特征向量移动权重，移动的幅度是学习率乘以误差，于是预测改变了学习率乘以误差再乘以'
        '$\\|\\phi\\|^2 = 1 + x^2 + x^4 + x^6$：误差被乘以$1 - \\mathrm{lr}\\,\\|\\phi\\|^2$。特征的大小以平方的形'
        '式进入，远处起主导作用的是$x^6$。在$x = 2.5$、学习率为0.005时，$\\|\\phi\\|^2 \\approx 291$，因子约为−'
        '0.45：每一步都会冲过头，但冲过的幅度越来越小，拟合收敛。在$x = 2.7$时，$\\|\\phi\\|^2 \\approx 449$，因子'
        '约为−1.24：每一步冲过头的量都超过它所纠正的误差，误差每个迭代周期变一次号，并增大四分之一，100个迭代周期下'
        '来约增大$10^{9}$倍。分界点是因子为−1处，即$\\|\\phi\\|^2 = 2 / \\mathrm{lr} = 400$，$|x| \\approx 2.65$：'
        '这就是本节所说的“大约$|x| > 2.6$”。补救的办法是减小学习率，或者让各特征的大小相当（标准化，房价预测一节就'
        '是这样做的）。'))


@ex7.solves
def error_factor(x, lr):
    squared_norm = 1 + x ** 2 + x ** 4 + x ** 6  # |phi|^2 for phi = (1, x, x^2, x^3)
    return 1 - lr * squared_norm  # the step changes the prediction by -lr * error * |phi|^2


def _real_step_factor(x, lr):
    """One step of SGD on one example, taken with autograd: the error after it, for an error of
    1 before it."""
    phi = nd.array([[x, x ** 2, x ** 3]], dtype='float64')
    w = nd.array([[0.3], [-0.2], [0.1]], dtype='float64')
    b = nd.array([0.5], dtype='float64')
    y = nd.dot(phi, w) + b - 1  # the error before the step is 1
    for p in (w, b):
        p.attach_grad()
    with autograd.record():
        l = ((nd.dot(phi, w) + b - y) ** 2 / 2).sum()
    l.backward()
    w, b = w - lr * w.grad, b - lr * b.grad
    return (nd.dot(phi, w) + b - y).asscalar()


@ex7.checks
def _(answer):
    f = expect_function(answer, 'error_factor')
    for x, lr in ((0.0, 0.01), (1.0, 0.001), (-0.5, 0.01), (2.0, 0.005), (2.7, 0.005), (-3.0, 0.001)):
        got = expect_number(call(f, x, lr, when=T(f'given x = {x}, lr = {lr}',
                                                  f'输入x = {x}、lr = {lr}')),
                            f'error_factor({x}, {lr})')
        real = _real_step_factor(x, lr)
        if abs(got - real) <= 1e-6 * max(1.0, abs(real)):
            continue
        if x == 0 and abs(got - 1) < 1e-9:
            raise Wrong('At x = 0 your factor is 1, as if the step changed nothing. The features '
                        'x, x², x³ are 0 there, but the bias takes a step too: its "feature" is 1.',
                        '在x = 0处你的因子为1，就好像这一步什么也没有改变。x = 0时特征x、x²、x³都是0，但偏差也会更'
                        '新：它的“特征”是1。')
        if got > 1:
            raise Wrong(f'error_factor({x}, {lr}) gives {got:.6g}: the step would make the error '
                        'larger, but a small step against the gradient must make it smaller. Check '
                        'the sign.',
                        f'error_factor({x}, {lr})给出{got:.6g}：这一步会让误差变大，但沿梯度反方向的一小步'
                        '必然让误差变小。检查一下符号。')
        raise Wrong(f'error_factor({x}, {lr}) gives {got:.6g}, but one real step of SGD on such an '
                    'example (the check takes one, with autograd) multiplies its error by a '
                    'different factor. How does the size of each feature enter the step, and the '
                    'change of the prediction?',
                    f'error_factor({x}, {lr})给出{got:.6g}，但在这样一个样本上真正走一步随机梯度下降时'
                    '（检查用自动求梯度实际走了一步），误差所乘的是另一个因子。每个特征的大小以什么形式出现在'
                    '这一步更新中，又以什么形式出现在预测的变化中？')


@ex7.wrong('without the bias: 1 - lr (x^2 + x^4 + x^6)')
def _():
    return lambda x, lr: 1 - lr * (x ** 2 + x ** 4 + x ** 6)


@ex7.wrong('the sizes of the features, not their squares: 1 - lr (1 + |x| + x^2 + |x|^3)')
def _():
    return lambda x, lr: 1 - lr * (1 + abs(x) + x ** 2 + abs(x) ** 3)


@ex7.wrong('the wrong sign: 1 + lr |phi|^2')
def _():
    return lambda x, lr: 1 + lr * (1 + x ** 2 + x ** 4 + x ** 6)


@ex7.wrong('the size of the step, not the factor: lr |phi|^2')
def _():
    return lambda x, lr: lr * (1 + x ** 2 + x ** 4 + x ** 6)


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('More folds', '增加折数'),
    T('In the experiment with 50 sets, use $k = 10$ and $k = 20$ (folds of one row: '
      'leave-one-out (留一法)). Does cross-validation choose degree 3 more often? What does it '
      'cost? Keep the degree chosen on each of the 50 sets, for each $k$: '
      '`picks = {5: chosen[\'5-fold\'], 10: ..., 20: ...}`.',
      '在50个训练集的实验中，改用$k = 10$和$k = 20$（$k = 20$时每折只有一行，即留一法（leave-one-out））。交叉验证'
      '选中阶数3的次数会更多吗？代价是什么？对每个$k$，保存在50个训练集上各自选中的阶数：`picks = {5: '
      'chosen[\'5-fold\'], 10: ..., 20: ...}`。'),
    """picks = ...  # {5: chosen['5-fold'], 10: the 50 degrees chosen with k = 10, 20: ... with k = 20}

ex[8].check(picks)""", solution_seconds=4,
    what=T('Fill picks with the degrees chosen for each k, then run the cell again.',
           '把每个k选中的阶数放进picks，然后再运行这个单元格。'),
    hints=[T('The loop of the 50-set experiment already calls `k_fold(5, X, Y, degrees)` on each set; '
             'only $k$ changes. With 20 rows, $k = 20$ validates on one row at a time.',
             '50个训练集那个实验的循环已经在每个训练集上调用了`k_fold(5, X, Y, degrees)`；只需改变$k$。每个训练集有'
             '20行，$k = 20$时每次只在一行上验证。'),
           T('`picks = {5: chosen[\'5-fold\']}`, then for k in (10, 20): `picks[k] = '
             '[degrees[int(np.argmin(k_fold(k, nd.array(x, dtype=\'float64\'), nd.array(y, '
             'dtype=\'float64\'), degrees)[:, 1]))] for x, y in zip(x_sets, y_sets)]`. Count how often '
             'each k picks 3, and how many least-squares fits each needs (time it, too).',
             '`picks = {5: chosen[\'5-fold\']}`，然后让k依次取(10, 20)：`picks[k] = '
             '[degrees[int(np.argmin(k_fold(k, nd.array(x, dtype=\'float64\'), nd.array(y, dtype=\'float64\'), '
             'degrees)[:, 1]))] for x, y in zip(x_sets, y_sets)]`。数一数每个k选中阶数3的次数，以及各需要多少次最小'
             '二乘拟合（也计一下时间）。')],
    explanation=T(
        'No. Over different draws of the 50 sets, $k = 10$ and $k = 20$ choose degree 3 no more '
        'often than $k = 5$ on the whole: on some draws a few sets more, on more of them some sets '
        'fewer. Every row is validated once '
        'with any $k$, so the verdict rests on the same 20 rows; what more folds change is that each '
        'fit sees 18 or 19 rows instead of 16, which makes the degrees above 3 look a little less '
        'bad, and the small differences among them are the noise of those 20 rows. The cost grows '
        'with $k$: each degree is fitted $k$ times per set, so leave-one-out does 4 times the fits '
        'of 5-fold (160 per set instead of 40) and takes three to four times as long here (longer '
        'with `get_k_fold_data`, which concatenates the $k - 1$ training folds anew for every fold). '
        'Five or ten folds are the usual choice.',
        '不会。对50个训练集做多次不同的抽取，总的来看，$k = 10$和$k = 20$选中阶数3的次数并不比$k = 5$多：有些抽取下'
        '多选中几个训练集，更多的抽取下则少一些。无论$k$取多少，每一行都被验证一次，所以结论依据的始终是这20行数'
        '据；增加折数所改变的，是每次拟合所用的行数从16行变成18或19行，这让高于3的阶数看起来没那么差，而它们之间的'
        '微小差别只是这20行数据中的噪声。代价则随$k$增长：每个训练集上每个阶数要拟合$k$次，所以留一法的拟合次数是5'
        '折交叉验证的4倍（每个训练集160次而不是40次），在这里所用时间约为三到四倍（用`get_k_fold_data`时更久，因为'
        '它每处理一折都要把$k - 1$个训练折重新连接一次）。通常选用5折或10折。'))


def _picks(x_sets, y_sets, k, column=1, position=False):
    picks = []
    for x, y in zip(x_sets, y_sets):
        best = int(np.argmin(k_fold_losses(k, x, y)[:, column]))
        picks.append(best if position else DEGREES[best])
    return np.array(picks)


@ex8.solves
def cross_validate_with_more_folds():
    import time
    x_sets, y_sets = training_sets(20)  # 50 training sets of 20 rows, as in the lesson
    picks = {}
    for k in (5, 10, 20):
        start = time.time()
        picks[k] = np.array([DEGREES[int(np.argmin(k_fold_losses(k, x, y)[:, 1]))]
                             for x, y in zip(x_sets, y_sets)])
        seconds = time.time() - start
        print(f'k = {k:2d}: degree 3 on {(picks[k] == 3).sum()} of 50 sets; '
              f'{k * len(DEGREES)} fits per set, {seconds:.2f} s')
    return Losses(picks)  # a dict, shown by its shapes


def _chosen_degrees(answer, k):
    picks = _numbers(answer[k], f'picks[{k}]', length=50)
    if not np.all(picks == np.round(picks)):
        raise Unusable(f'picks[{k}] should hold degrees, whole numbers; it holds {picks[:5]} ...',
                       f'picks[{k}]应是阶数，即整数；它却是{picks[:5]}……')
    return picks.astype(int)


@ex8.checks
def _(answer):
    _dict_with(answer, (5, 10, 20), "picks = {5: chosen['5-fold'], 10: ..., 20: ...}, 50 degrees each",
               "picks = {5: chosen['5-fold'], 10: ..., 20: ...}，各含50个阶数")
    picks = {k: _chosen_degrees(answer, k) for k in (5, 10, 20)}
    for k, p in picks.items():
        if np.mean(p <= 2) > 0.3:
            raise Wrong(f'picks[{k}] has degree 1 or 2 (or less) on {np.mean(p <= 2):.0%} of the sets: '
                        'those underfit, and their validation losses are thousands of times the '
                        'others\'. Are these positions from np.argmin, rather than the degrees '
                        'degrees[position]?',
                        f'picks[{k}]在{np.mean(p <= 2):.0%}的训练集上是阶数1或2（或更小）：这些阶数欠拟合，'
                        '它们的验证损失是其他阶数的几千倍。这些值是np.argmin给出的位置，而不是阶数'
                        'degrees[位置]吗？')
        if p.min() < 1 or p.max() > 8:
            raise Unusable(f'picks[{k}] holds {p.min()} to {p.max()}; the candidate degrees are 1 to 8.',
                           f'picks[{k}]中的值从{p.min()}到{p.max()}；候选阶数是1到8。')
        if np.mean(p == 8) > 0.5:
            raise Wrong(f'picks[{k}] is degree 8 on {np.mean(p == 8):.0%} of the sets: that is what the '
                        'training loss chooses, as it only falls with the degree. Choose by the mean '
                        'validation loss, column 1 of k_fold\'s result.',
                        f'picks[{k}]在{np.mean(p == 8):.0%}的训练集上是阶数8：依据训练损失就会这样选，'
                        '因为训练损失随阶数只降不升。请依据平均验证损失，即k_fold结果的第1列来选择。')
    for k, other in ((10, 5), (20, 5), (20, 10)):
        if np.array_equal(picks[k], picks[other]):
            raise Wrong(f'picks[{k}] is picks[{other}] on every one of the 50 sets: was k_fold called '
                        f'with k = {k}?',
                        f'picks[{k}]在全部50个训练集上都与picks[{other}]相同：调用k_fold时用的是k = {k}吗？')
    for k, p in picks.items():
        differ = int((p != picks[5]).sum())
        _say(f'k = {k:2d}: degree 3 on {(p == 3).sum()} of the 50 sets'
             + (f', another degree than 5-fold\'s on {differ}' if k != 5 else '')
             + f'; {k * len(DEGREES)} least-squares fits per set.',
             f'k = {k:2d}：在50个训练集中的{(p == 3).sum()}个上选中阶数3'
             + (f'，在{differ}个上与5折交叉验证的选择不同' if k != 5 else '')
             + f'；每个训练集需要{k * len(DEGREES)}次最小二乘拟合。')


@ex8.wrong('chosen by the training loss (column 0)')
def _():
    x_sets, y_sets = training_sets(20)
    return {k: _picks(x_sets, y_sets, k, column=0) for k in (5, 10, 20)}


@ex8.wrong('positions from np.argmin, not degrees')
def _():
    x_sets, y_sets = training_sets(20)
    return {k: _picks(x_sets, y_sets, k, position=True) for k in (5, 10, 20)}


@ex8.wrong('k left at 5 for all three')
def _():
    x_sets, y_sets = training_sets(20)
    five = _picks(x_sets, y_sets, 5)
    return {5: five, 10: five.copy(), 20: five.copy()}


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('Folds that use every row', '不漏掉任何一行的各折'),
    T('`get_k_fold_data` ignores the last `len(X) % k` rows. Write `get_k_fold_data_all(k, i, X, y)`, '
      'which returns the same four parts, `X_train, y_train, X_valid, y_valid`, but whose folds '
      'differ in size by at most one row and together use every row. Check it with printed row '
      'numbers, as the lesson does (12 rows, $k = 5$).',
      '`get_k_fold_data`忽略了最后`len(X) % k`行。写出`get_k_fold_data_all(k, i, X, y)`：它返回同样的四个部分'
      '`X_train, y_train, X_valid, y_valid`，但各折的大小至多相差一行，而且各折合起来覆盖每一行。像本节那样打印行号'
      '来检查它（12行，$k = 5$）。'),
    """def get_k_fold_data_all(k, i, X, y):
    ...  # your code: fold i for validation, the other folds for training; every row in one fold

ex[9].check(get_k_fold_data_all)""", kind='function',
    what=T('Write the body of get_k_fold_data_all above, then run the cell again.',
           '在上面写出get_k_fold_data_all的函数体，然后再运行这个单元格。'),
    hints=[T('With 12 rows and $k = 5$, the folds can have 3, 3, 2, 2 and 2 rows. Where does fold '
             '$j$ start, if the sizes are as even as possible?',
             '12行、$k = 5$时，各折可以有3、3、2、2、2行。如果大小尽可能均匀，第$j$折从哪一行开始？'),
           T('Let fold $j$ run from row `j * n // k` to row `(j + 1) * n // k` (n = `X.shape[0]`): '
             'the sizes are `n // k` or `n // k + 1`, and fold k - 1 ends at row n. Take fold i for '
             'validation and concatenate the others, in order, with `nd.concat(..., dim=0)`, for X '
             'and for y alike. Print the row numbers: `rows12 = nd.arange(12).reshape((-1, 1))`, '
             '`get_k_fold_data_all(5, i, rows12, rows12[:, 0])`.',
             '让第$j$折从第`j * n // k`行到第`(j + 1) * n // k`行（n = `X.shape[0]`）：各折大小为'
             '`n // k`或`n // k + 1`，第k - 1折恰好在第n行结束。取第i折作验证，把其余各折按顺序用'
             '`nd.concat(..., dim=0)`连接起来，X和y都这样做。打印行号：'
             '`rows12 = nd.arange(12).reshape((-1, 1))`，`get_k_fold_data_all(5, i, rows12, rows12[:, 0])`。')],
    explanation=T(
        'Fold $j$ runs from row $\\lfloor jn/k \\rfloor$ to row $\\lfloor (j+1)n/k \\rfloor$: the '
        'boundaries are spread as evenly as whole rows allow, so the folds have $\\lfloor n/k '
        '\\rfloor$ or $\\lceil n/k \\rceil$ rows, and the last one ends at row $n$. With 12 rows and '
        '$k = 5$ the validation folds are rows 0-1, 2-3, 4-6, 7-8 and 9-11: every row is validated '
        'exactly once, and each training part is the other 9 or 10 rows. Putting the remainder '
        'into the last fold would also use every row, but that fold can be far larger than the '
        'others (with 9 rows and $k = 5$: 1, 1, 1, 1 and 5 rows).',
        '第$j$折从第$\\lfloor jn/k \\rfloor$行到第$\\lfloor (j+1)n/k \\rfloor$行：在行数必须取整的前提下，分界点分'
        '布得尽可能均匀，因此各折有$\\lfloor n/k \\rfloor$或$\\lceil n/k \\rceil$行，最后一折在第$n$行结束。12行、'
        '$k = 5$时，各验证折依次是第0-1、2-3、4-6、7-8和9-11行：每一行恰好被验证一次，每个训练部分是其余的9或10行。'
        '把余下的行都放进最后一折，同样能用上每一行，但那一折可能比其他折大得多（9行、$k = 5$时：1、1、1、1和5'
        '行）。'))


@ex9.solves
def get_k_fold_data_all(k, i, X, y):
    n = X.shape[0]
    bounds = [j * n // k for j in range(k + 1)]  # fold j: rows bounds[j] to bounds[j + 1]
    folds = [(X[bounds[j]:bounds[j + 1]], y[bounds[j]:bounds[j + 1]]) for j in range(k)]
    X_valid, y_valid = folds[i]
    rest = [fold for j, fold in enumerate(folds) if j != i]
    X_train = nd.concat(*[X_part for X_part, _ in rest], dim=0)
    y_train = nd.concat(*[y_part for _, y_part in rest], dim=0)
    return X_train, y_train, X_valid, y_valid


def _shown(rows):
    rows = sorted(int(r) for r in rows)
    return str(rows[:8])[:-1] + (', ...]' if len(rows) > 8 else ']')


@ex9.checks
def _(answer):
    f = expect_function(answer, 'get_k_fold_data_all')
    for n, k, y_column in ((12, 5, False), (10, 5, False), (7, 3, True), (23, 4, False),
                           (20, 20, False), (101, 10, True)):
        rows = np.arange(n)
        X = nd.array(np.stack([rows, 1000 + rows], axis=1))  # row r is (r, 1000 + r)
        y = nd.array(10 * rows)  # its label is 10 r
        if y_column:
            y = y.reshape((-1, 1))
        where = f'With {n} rows and k = {k}'
        where_zh = f'{n}行、k = {k}时，'
        validated = []
        for i in range(k):
            out = call(f, k, i, X, y, when=T(f'given k = {k}, i = {i} and {n} rows',
                                             f'输入k = {k}、i = {i}和{n}行数据'))
            if not isinstance(out, (tuple, list)) or len(out) != 4:
                raise Unusable('get_k_fold_data_all should return four parts, X_train, y_train, '
                               f'X_valid, y_valid, as get_k_fold_data does; it returns {kind(out)}.',
                               'get_k_fold_data_all应像get_k_fold_data那样返回四个部分X_train, y_train, '
                               f'X_valid, y_valid；它返回的是{kind(out, "zh")}。')
            parts = {}
            for name, value in zip(('X_train', 'y_train', 'X_valid', 'y_valid'), out):
                parts[name] = expect_ndarray(value, name).asnumpy()
            for part in ('train', 'valid'):
                Xp, yp = parts['X_' + part], parts['y_' + part]
                if Xp.ndim != 2 or Xp.shape[1] != 2:
                    raise Wrong(f'{where}, fold {i}: X_{part} has shape {Xp.shape}; it should keep '
                                "X's rows whole, (rows, 2).",
                                f'{where_zh}第{i}折的X_{part}形状为{Xp.shape}；它应保留X的整行，即形状为'
                                '(行数, 2)。')
                if np.any(Xp[:, 1] != Xp[:, 0] + 1000):
                    raise Wrong(f'{where}, fold {i}: the rows of X_{part} are not rows of X.',
                                f'{where_zh}第{i}折X_{part}中的行不是X中的行。')
                if yp.size != Xp.shape[0] or np.any(yp.ravel() != 10 * Xp[:, 0]):
                    raise Wrong(f'{where}, fold {i}: y_{part} does not go with X_{part}: each row of X '
                                'must keep its own label, in the same order.',
                                f'{where_zh}第{i}折的y_{part}与X_{part}不对应：X的每一行都必须保留它自己'
                                '的标签，而且顺序相同。')
            train, valid = parts['X_train'][:, 0].astype(int), parts['X_valid'][:, 0].astype(int)
            if len(valid) == 0:
                raise Wrong(f'{where}, fold {i} validates on no row at all.',
                            f'{where_zh}第{i}折没有任何用于验证的行。')
            if len(set(train)) != len(train) or len(set(valid)) != len(valid):
                raise Wrong(f'{where}, fold {i}: a row appears twice in the same part.',
                            f'{where_zh}第{i}折：有一行在同一部分中出现了两次。')
            both = set(train) & set(valid)
            if both:
                raise Wrong(f'{where}, fold {i}: rows {_shown(both)} are in both the training and the '
                            'validation part.',
                            f'{where_zh}第{i}折：第{_shown(both)}行同时在训练部分和验证部分中。')
            neither = set(rows) - set(train) - set(valid)
            if neither:
                raise Wrong(f'{where}, fold {i}: rows {_shown(neither)} are in neither part; every row '
                            'must be used.',
                            f'{where_zh}第{i}折：第{_shown(neither)}行不在任何一部分中；每一行都必须用上。')
            validated.append(set(valid))
        sizes = [len(v) for v in validated]
        if max(sizes) - min(sizes) > 1:
            raise Wrong(f'{where} the validation folds have {min(sizes)} to {max(sizes)} rows: they '
                        'should differ by at most one.',
                        f'{where_zh}各验证折有{min(sizes)}到{max(sizes)}行：各折的行数至多只能相差一行。')
        twice = set.union(*[a & b for j, a in enumerate(validated) for b in validated[j + 1:]] or [set()])
        if twice:
            raise Wrong(f'{where} rows {_shown(twice)} are validated in more than one fold: the folds '
                        'must not overlap.',
                        f'{where_zh}第{_shown(twice)}行在不止一折中被验证：各折不能重叠。')


@ex9.wrong("the lesson's get_k_fold_data, which leaves out the last len(X) % k rows")
def _():
    from ..model_selection import get_k_fold_data
    return get_k_fold_data


@ex9.wrong('the remainder all in the last fold')
def _():
    def f(k, i, X, y):
        n, size = X.shape[0], X.shape[0] // k
        bounds = [j * size for j in range(k)] + [n]
        X_valid, y_valid = X[bounds[i]:bounds[i + 1]], y[bounds[i]:bounds[i + 1]]
        rest = [j for j in range(k) if j != i]
        X_train = nd.concat(*[X[bounds[j]:bounds[j + 1]] for j in rest], dim=0)
        y_train = nd.concat(*[y[bounds[j]:bounds[j + 1]] for j in rest], dim=0)
        return X_train, y_train, X_valid, y_valid
    return f


@ex9.wrong('folds of ceil(n / k) rows, so the last ones come out short or empty')
def _():
    def f(k, i, X, y):
        n = X.shape[0]
        size = -(-n // k)
        parts = [np.arange(j * size, min((j + 1) * size, n)) for j in range(k)]
        valid = parts[i]
        train = np.concatenate([p for j, p in enumerate(parts) if j != i])
        take = lambda a, idx: nd.take(a, nd.array(idx)) if len(idx) else a[:0]  # noqa: E731
        return take(X, train), take(y, train), take(X, valid), take(y, valid)
    return f


# --- 10 -----------------------------------------------------------------------------------------

ex10 = exercise(
    T('Choosing by the test set', '用测试集做选择'),
    T('In the experiment with 50 sets, choose each set\'s degree by the test set: the degree of '
      'the lowest test loss. Compare that winning test loss with the chosen model\'s loss on 1,000 '
      'fresh examples (`x_fresh = nd.random.normal(shape=(1000, 1))`, `y_fresh = '
      'make_labels(x_fresh)`), and do the same for degree 3, fixed before looking. How much does '
      'choosing by the test set flatter the model? Keep the 50 pairs of each: `results = '
      '{\'chosen\': (test losses, fresh losses), \'degree 3\': (test losses, fresh losses)}`.',
      '在50个训练集的实验中，改用测试集为每个训练集选择阶数，即选测试损失最低的阶数。把这个获胜的测试损失与所选模型'
      '在1,000个新样本（`x_fresh = nd.random.normal(shape=(1000, 1))`，`y_fresh = make_labels(x_fresh)`）上的损失相'
      '比较，再对看数据之前就固定下来的阶数3做同样的比较。用测试集做选择，会让对模型的估计乐观多少？各保存50对损'
      '失：`results = {\'chosen\': (测试损失, 新样本上的损失), \'degree 3\': (测试损失, 新样本上的损失)}`。'),
    """results = ...  # {'chosen': (50 test losses, 50 fresh losses), 'degree 3': (..., ...)}

ex[10].check(results)""",
    what=T('Fill results with the losses of the 50 sets, then run the cell again.',
           '把50个训练集的损失放进results，然后再运行这个单元格。'),
    hints=[T('Fitting is deterministic: `least_squares_losses(x, y, x_fresh, y_fresh, degree)[1]` '
             'is the fresh loss of the same polynomial whose test loss '
             '`least_squares_losses(x, y, x_test, y_test, degree)[1]` gives.',
             '拟合是确定的：`least_squares_losses(x, y, x_fresh, y_fresh, degree)[1]`给出的，正是'
             '`least_squares_losses(x, y, x_test, y_test, degree)[1]`所测的那个多项式在新样本上的损失。'),
           T('For each set of `zip(x_sets, y_sets)`: `test = [least_squares_losses(x, y, x_test, '
             'y_test, d)[1] for d in degrees]`, `best = degrees[int(np.argmin(test))]`; append '
             '`min(test)` and the fresh loss of `best` to the \'chosen\' lists, `test[2]` and the fresh '
             'loss of degree 3 to the \'degree 3\' lists. Then compare the medians of test / fresh '
             'of the two.',
             '对`zip(x_sets, y_sets)`中的每个训练集：`test = [least_squares_losses(x, y, x_test, y_test, d)[1] '
             'for d in degrees]`，`best = degrees[int(np.argmin(test))]`；把`min(test)`和`best`在新样本上的损失追加'
             '到\'chosen\'的两个列表中，把`test[2]`和阶数3在新样本上的损失追加到\'degree 3\'的两个列表中。然后比较'
             '两者的测试损失与新样本损失之比的中位数。')],
    explanation=T(
        'Two things make the 100-row test loss differ from the loss on fresh data, and the fixed '
        'degree 3 separates them. One is the luck of this particular test set: its 100 noise values '
        'happen to be smaller or larger than average, and every model shares that; the fixed '
        'degree\'s ratio of test to fresh loss shows it (from about 0.6 to 1.4, depending on the '
        'draw). The other is the choice: among eight test losses the lowest is lowest partly by '
        'luck, so the chosen models\' ratio tends to come out below the fixed degree\'s. Here that '
        'flattery is small, typically a few percent (under 10% over 40 dra'
        'ws of the data), because 100 test rows separate the degrees well '
        'and degree 3 wins on most sets anyway; the lesson\'s validation set of 4 rows flattered its '
        'winners far more (their validation loss was a fraction of their test loss). The fewer rows '
        'a choice rests on, and the more candidates, the more it flatters; and a loss used to '
        'choose no longer measures the chosen model honestly, so the test set is left for the end.',
        '有两个原因使100行测试集上的损失不同于新数据上的损失，而固定的阶数3能把两者区分开。一是这个测试集本身的运'
        '气：它的100个噪声值碰巧比平均水平小或大，这一点对所有模型都一样；固定阶数的测试损失与新样本损失之比反映的'
        '就是它（视数据的抽取而定，大约在0.6到1.4之间）。二是选择本身：八个测试损失中最低的那个之所以最低，部分是靠'
        '运气，因此所选模型的这个比值往往低于固定阶数的比值。在这里，选择带来的乐观很小，通常只有百分之几（在40次数'
        '据抽取中都不到10%），因为100行测试数据能很好地区分各个阶数，而且在大多数训练集上获胜的本来就是阶数3；本节'
        '中4行的验证集则让对获胜者的估计乐观得多（获胜者的验证损失只有其测试损失的几分之一）。做选择所依据的行数越'
        '少、候选越多，估计就越乐观；而用来做选择的损失不再能诚实地衡量所选的模型，所以测试集要留到最后。'))


def _test_choice(x_test, y_test, x_fresh, y_fresh, choose_by=1):
    x_sets, y_sets = training_sets(20)
    chosen_test, chosen_fresh, fixed_test, fixed_fresh = [], [], [], []
    for x, y in zip(x_sets, y_sets):
        fits = [least_squares_losses(x, y, x_test, y_test, d)[:2] for d in DEGREES]
        best = int(np.argmin([fit[choose_by] for fit in fits]))
        fresh = [least_squares_losses(x, y, x_fresh, y_fresh, d)[1] for d in (DEGREES[best], 3)]
        chosen_test.append(fits[best][1])
        chosen_fresh.append(fresh[0])
        fixed_test.append(fits[2][1])
        fixed_fresh.append(fresh[1])
    return {'chosen': (np.array(chosen_test), np.array(chosen_fresh)),
            'degree 3': (np.array(fixed_test), np.array(fixed_fresh))}


@ex10.solves
def choose_by_the_test_set():
    _, _, x_test, y_test = book_data()  # the lesson's 100 test rows
    x_fresh = nd.random.normal(shape=(1000, 1))  # fresh examples from the same distribution
    y_fresh = make_labels(x_fresh)
    x_fresh, y_fresh = x_fresh.asnumpy().astype('float64'), y_fresh.asnumpy().astype('float64')
    x_sets, y_sets = training_sets(20)  # 50 training sets of 20 rows
    results = {'chosen': ([], []), 'degree 3': ([], [])}
    for x, y in zip(x_sets, y_sets):
        test = [least_squares_losses(x, y, x_test, y_test, d)[1] for d in DEGREES]
        best = DEGREES[int(np.argmin(test))]  # chosen by the test set
        for name, degree in (('chosen', best), ('degree 3', 3)):
            results[name][0].append(test[degree - 1])
            results[name][1].append(least_squares_losses(x, y, x_fresh, y_fresh, degree)[1])
    ratios = {name: np.median(np.array(t) / np.array(f)) for name, (t, f) in results.items()}
    for name, ratio in ratios.items():
        print(f'{name:9}: median of test loss / fresh loss {ratio:.3f}')
    print(f'choosing by the test set flatters by {1 - ratios["chosen"] / ratios["degree 3"]:.1%} '
          'beyond the luck of the test set itself')
    return Losses({name: np.array(pair) for name, pair in results.items()})  # shown by its shapes


@ex10.checks
def _(answer):
    _dict_with(answer, ('chosen', 'degree 3'),
               "results = {'chosen': (test losses, fresh losses), 'degree 3': (..., ...)}",
               "results = {'chosen': (测试损失, 新样本上的损失), 'degree 3': (..., ...)}")
    pairs = {}
    for name in ('chosen', 'degree 3'):
        value = answer[name]
        if isinstance(value, nd.NDArray):
            value = value.asnumpy()
        if not isinstance(value, (tuple, list, np.ndarray)) or len(value) != 2:
            raise Unusable(f"results['{name}'] should be a pair: (50 test losses, 50 fresh losses); it "
                           f'is {kind(value)}.',
                           f"results['{name}']应是一对：(50个测试损失, 50个新样本上的损失)；它是{kind(value, 'zh')}。")
        pairs[name] = [_numbers(v, f"results['{name}']", length=50) for v in value]
        if not all(np.isfinite(v).all() and (v > 0).all() for v in pairs[name]):
            raise Wrong(f"results['{name}'] holds losses that are not positive finite numbers.",
                        f"results['{name}']中有些损失不是有限的正数。")
    (chosen_test, chosen_fresh), (fixed_test, fixed_fresh) = pairs['chosen'], pairs['degree 3']
    above = int((chosen_test > fixed_test * (1 + 1e-9)).sum())
    if above:
        raise Wrong(f'On {above} of the sets the chosen model\'s test loss is above degree 3\'s: but '
                    'the degree chosen by the test set has the lowest test loss of the eight, '
                    'degree 3\'s included.',
                    f'在{above}个训练集上，所选模型的测试损失高于阶数3的测试损失；但用测试集选出的阶数，其测试'
                    '损失在八个阶数（包括阶数3）中是最低的。')
    for name, (test, fresh) in pairs.items():
        if np.allclose(test, fresh):
            raise Wrong(f"In results['{name}'] the fresh losses equal the test losses: were they "
                        'measured on the test set again? Draw 1,000 new examples.',
                        f"在results['{name}']中，新样本上的损失等于测试损失：它们又是在测试集上计算的吗？"
                        '请抽取1,000个新样本。')
    lowest = min(chosen_fresh.min(), fixed_fresh.min())
    if lowest < 0.6 * NOISE ** 2 / 2:  # on 1,000 examples the noise alone costs any model about that
        raise Wrong(f'A fresh loss as low as {lowest:.2g} is below what the noise alone costs any model '
                    'on 1,000 examples: were the fresh labels made with their noise (make_labels)?',
                    f'新样本上的损失低至{lowest:.2g}，低于1,000个样本上仅由噪声给任何模型造成的损失：新样本的'
                    '标签是用make_labels加上噪声生成的吗？')
    chosen, fixed = np.median(chosen_test / chosen_fresh), np.median(fixed_test / fixed_fresh)
    _say(f'Median of test loss / fresh loss: {chosen:.3f} for the models chosen by the test set, '
         f'{fixed:.3f} for degree 3 fixed in advance; the choice flatters by {1 - chosen / fixed:.1%} '
         f'beyond the luck of the test set (another degree than 3 chosen on '
         f'{int((chosen_test < fixed_test).sum())} of the 50 sets).',
         f'测试损失与新样本损失之比的中位数：用测试集选出的模型为{chosen:.3f}，事先固定的阶数3为{fixed:.3f}；'
         f'除了测试集本身的运气之外，选择又使估计乐观了{1 - chosen / fixed:.1%}（在50个训练集中的'
         f'{int((chosen_test < fixed_test).sum())}个上选中的不是阶数3）。')


def _fresh_data(noise=True):
    x_fresh = nd.random.normal(shape=(1000, 1))
    y_fresh = make_labels(x_fresh) if noise else true_cubic(x_fresh)
    return x_fresh.asnumpy().astype('float64'), y_fresh.asnumpy().astype('float64')


@ex10.wrong('chosen by the training loss')
def _():
    _, _, x_test, y_test = book_data()
    return _test_choice(x_test, y_test, *_fresh_data(), choose_by=0)


@ex10.wrong('the fresh losses measured on the test set again')
def _():
    _, _, x_test, y_test = book_data()
    return _test_choice(x_test, y_test, x_test, y_test)


@ex10.wrong('fresh labels without their noise')
def _():
    _, _, x_test, y_test = book_data()
    return _test_choice(x_test, y_test, *_fresh_data(noise=False))
