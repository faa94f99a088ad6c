"""Lesson 09, weight decay: the exercises.

The solutions that need the lesson's experiments run them here on data drawn the way the lesson
draws its own (20 training and 100 test examples, 200 inputs): `fit_penalised` and
`fit_decay_bias` below do the lesson's SGD updates (checked against MXNet's and Gluon's) in numpy,
which takes a fraction of a second where the notebook's versions take many seconds.
"""
from collections.abc import Mapping

import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

import d2lzh_local as d2l

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_ndarray, expect_number, kind

EXERCISES, exercise = lesson()


# --- the lesson's data and experiments ----------------------------------------------------------

N_TRAIN, N_TEST, NUM_INPUTS, LR, NUM_EPOCHS = 20, 100, 200, 0.003, 100
SWEEP_LAMBDAS = [0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100]


def _draw(seed, n_train=N_TRAIN, n_test=N_TEST):
    """Examples as the lesson draws them: y = 0.05 + sum_j 0.01 x_j + noise of sd 0.01
    (float32 numpy: train features, train labels, test features, test labels)."""
    rng = np.random.RandomState(seed)
    features = rng.normal(size=(n_train + n_test, NUM_INPUTS)).astype('float32')
    labels = (features.sum(axis=1, keepdims=True) * 0.01 + 0.05
              + rng.normal(scale=0.01, size=(n_train + n_test, 1))).astype('float32')
    return features[:n_train], labels[:n_train], features[n_train:], labels[n_train:]


_LESSON_DATA = {}


def _lesson_data():
    if not _LESSON_DATA:
        _LESSON_DATA['data'] = _draw(9)
    return _LESSON_DATA['data']


def _sgd(X, y, l1_lambdas, l2_lambdas, init_scale, num_epochs=NUM_EPOCHS, lr=LR, each_epoch=None):
    """The lesson's training of fit_penalised: one linear model per column of W, from
    N(0, init_scale^2), SGD on batches of one example, the loss (y_hat - y)^2 / 2 plus each
    column's penalties lambda1 |w|_1 + lambda2 / 2 |w|^2 (numpy, float32: the same updates)."""
    lambd1 = np.asarray(l1_lambdas, dtype='float32').reshape((1, -1))
    lambd2 = np.asarray(l2_lambdas, dtype='float32').reshape((1, -1))
    W = np.random.normal(scale=init_scale, size=(X.shape[1], lambd1.shape[1])).astype('float32')
    b = np.zeros((1, lambd1.shape[1]), dtype='float32')
    lr = np.float32(lr)
    for _ in range(num_epochs):
        for i in np.random.permutation(len(X)):
            x = X[i:i + 1]
            r = x @ W + b - y[i:i + 1]
            W -= lr * (x.T @ r + lambd1 * np.sign(W) + lambd2 * W)
            b -= lr * r
        if each_epoch:
            each_epoch(W, b)
    return W, b


def _losses(X, y, W, b):
    return ((X @ W + b - y) ** 2 / 2).mean(axis=0)


class Run(tuple):
    """What fit_penalised returns, (W, train losses, test losses), shown in one line."""

    def __repr__(self):
        W, train_l, test_l = self
        return (f'(W: {W.shape[0]} x {W.shape[1]}, train loss per column '
                f'{[float(f"{v:.3g}") for v in train_l]}, test loss per column '
                f'{[float(f"{v:.3g}") for v in test_l]})')


def fit_penalised(l1_lambdas, l2_lambdas, init_scale=0.01):
    """The lesson's fit_penalised, on data drawn like the lesson's: column k of W is a linear
    model trained with the penalties l1_lambdas[k] |w|_1 + l2_lambdas[k] / 2 |w|^2."""
    train_features, train_labels, test_features, test_labels = _lesson_data()
    W, b = _sgd(train_features, train_labels, l1_lambdas, l2_lambdas, init_scale)
    return Run((W, _losses(train_features, train_labels, W, b),
                _losses(test_features, test_labels, W, b)))


def _fit_and_plot(lambd, init_scale=1, num_epochs=NUM_EPOCHS):
    """What the lesson's fit_and_plot returns, (train_ls, test_ls, w), without the plot."""
    train_features, train_labels, test_features, test_labels = _lesson_data()
    train_ls, test_ls = [], []

    def record(W, b):
        train_ls.append(float(_losses(train_features, train_labels, W, b)[0]))
        test_ls.append(float(_losses(test_features, test_labels, W, b)[0]))
    W, _ = _sgd(train_features, train_labels, [0], [lambd], init_scale, num_epochs,
                each_epoch=record)
    return train_ls, test_ls, nd.array(W)


class History(dict):
    """What fit_decay_bias returns, per copy one row per epoch: train loss, test loss, norm of
    w, b; shown in one line."""

    def __repr__(self):
        return '{' + ', '.join(f"'{name}': {len(rows)} epochs x (train loss, test loss, norm of w, b)"
                               for name, rows in self.items()) + '}'


def _decay_steps(w, b, X, y, order, lr, wd_w, wd_b):
    """Gluon's SGD steps on one Dense(1) with batches of one example and L2Loss: each step
    w <- w - lr (grad + wd_w w), b <- b - lr (grad + wd_b b) (float32 numpy)."""
    w, b = w.astype('float32').copy(), np.float32(b)
    lr, wd_w, wd_b = np.float32(lr), np.float32(wd_w), np.float32(wd_b)
    for i in order:
        r = X[i] @ w + b - y[i, 0]
        w = w - lr * (r * X[i] + wd_w * w)
        b = np.float32(b - lr * (r + wd_b * b))
    return w, b


def fit_decay_bias(shift=0, wd=5, lr=0.005, num_epochs=10, everything_decayed=True):
    """The lesson's fit_decay_bias, on data drawn like the lesson's: two copies from the same
    start (weights from N(0, 1), bias 0) on the same batches, one decaying every parameter, one
    the weights only (everything_decayed=False: both decay the weights only)."""
    train_features, train_labels, test_features, test_labels = _lesson_data()
    w0 = np.random.normal(size=NUM_INPUTS).astype('float32')
    params = {'every parameter': (w0, 0.), 'weights only': (w0, 0.)}
    history = {name: [] for name in params}
    for _ in range(num_epochs):
        order = np.random.permutation(N_TRAIN)  # the same batches for both copies
        for name, (w, b) in params.items():
            decay_b = wd if name == 'every parameter' and everything_decayed else 0
            params[name] = _decay_steps(w, b, train_features, train_labels + shift, order, lr, wd,
                                        decay_b)
        for name, (w, b) in params.items():
            history[name].append([
                float(((train_features @ w + b - train_labels[:, 0] - shift) ** 2 / 2).mean()),
                float(((test_features @ w + b - test_labels[:, 0] - shift) ** 2 / 2).mean()),
                float(np.linalg.norm(w)), float(b)])
    return History({name: np.array(rows) for name, rows in history.items()})


def _array(value, what):
    """value (an NDArray, a numpy array, a list of numbers) as a float numpy array."""
    if isinstance(value, nd.NDArray):
        value = value.asnumpy()
    try:
        result = np.asarray(value, dtype='float64')
    except (TypeError, ValueError):
        result = None
    if result is None or result.dtype == object:
        raise Unusable(f'{what} should be numbers (a list or an array); it is {kind(value)}.',
                       f'{what}应为一组数（列表或数组）；它是{kind(value, "zh")}。')
    return result




# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Choosing λ on a validation set', '在验证数据集上选择λ'),
    T('Choosing $\\lambda$ on the test set, as the sweep\'s table tempts us to, is cheating: the '
      'test set is then no longer new to the model. Hold out the last 5 of the 20 training '
      'examples as a validation set (验证数据集) instead. Write `validation_losses(features, labels, '
      'lambdas)`: for each $\\lambda$ in `lambdas`, train a model on the first 15 examples the way '
      'the sweep does (weights from $\\mathcal{N}(0, 1)$, the L2 penalty with that $\\lambda$, '
      'batches of one example, learning rate 0.003, 100 epochs), and return the validation '
      'losses, the mean squared loss $\\frac{1}{2}(\\hat y - y)^2$ on the last 5 examples, one per '
      '$\\lambda$. The check runs it on examples of its own. Then run it on `train_features, '
      'train_labels, sweep_lambdas`: which $\\lambda$ has the smallest validation loss, and is its '
      'test loss in the sweep\'s table low?',
      '扫描得到的表格容易诱使我们在测试集上选择$\\lambda$，但这是作弊：这样一来，'
      '测试集对模型就不再是新数据了。我们改为从20个训练样本中留出最后5个，'
      '作为验证数据集（validation data set）。写出'
      '`validation_losses(features, labels, lambdas)`：对`lambdas`中的每个$\\lambda$，'
      '像扫描那样在前15个样本上训练一个模型（权重初始值服从$\\mathcal{N}(0, 1)$，'
      '使用取该$\\lambda$的L2范数惩罚项，批量大小为1，学习率为0.003，训练100个迭代周期），'
      '并返回各个$\\lambda$对应的验证损失，即最后5个样本上平方损失$\\frac{1}{2}(\\hat y - y)^2$的'
      '平均值。检查会用自己的样本来运行这个函数。然后用'
      '`train_features, train_labels, sweep_lambdas`运行它：哪个$\\lambda$的验证损失最小？'
      '它在扫描表格中的测试损失低吗？'),
    """def validation_losses(features, labels, lambdas):
    ...  # your code: train on the first 15 examples, one model per lambda; their losses on the last 5

ex[1].check(validation_losses)""", kind='function', book=['3.12.3'],
    what=T('Write the body of validation_losses above, then run the cell again.',
           '在上面写出validation_losses的函数体，然后再运行这个单元格。'),
    hints=[T('`fit_penalised` already trains one model per column of its weight matrix, from a '
             'start of scale `init_scale`, on `train_iter`, and measures the loss of each column on '
             'a data set. What must change for it to train on the first 15 examples and measure on '
             'the last 5?',
             '`fit_penalised`已经能为其权重矩阵的每一列训练一个模型：从尺度为`init_scale`的初始值开始，在'
             '`train_iter`上训练，并在一个数据集上计算每一列的损失。要让它在前15个样本上训练、在最后5个'
             '样本上计算损失，需要改动什么？'),
           T('Copy the body of `fit_penalised` into your function, with `train_iter = '
             'gdata.DataLoader(gdata.ArrayDataset(features[:15], labels[:15]), 1, shuffle=True)`, '
             '`W` drawn with `scale=1` and one column per $\\lambda$, only the L2 term in the loss, and '
             '`return ((nd.dot(features[15:], W) + b - labels[15:]) ** 2 / 2).mean(axis=0)`. Then '
             '`sweep_lambdas[int(np.argmin(valid.asnumpy()))]` is the $\\lambda$ it chooses.',
             '把`fit_penalised`的函数体复制到你的函数中，并改为`train_iter = '
             'gdata.DataLoader(gdata.ArrayDataset(features[:15], labels[:15]), 1, shuffle=True)`，'
             '用`scale=1`生成`W`，每个$\\lambda$一列，损失中只保留L2项，最后'
             '`return ((nd.dot(features[15:], W) + b - labels[15:]) ** 2 / 2).mean(axis=0)`。于是'
             '`sweep_lambdas[int(np.argmin(valid.asnumpy()))]`就是它选出的$\\lambda$。')],
    explanation=T(
        'Each model is trained on the first 15 examples and judged on the 5 it never saw. With '
        '$\\lambda = 0$ the validation loss is large, as the test loss was: fitting 15 examples '
        'exactly says nothing about others. With a large $\\lambda$ it is about the loss of '
        'predicting the mean training label for every input. Run on the lesson\'s data, the '
        'smallest validation loss falls on a $\\lambda$ of 1 or more, whose test loss in the '
        'sweep\'s table is close to the lowest there and thousands of times below that of '
        '$\\lambda = 0$. It is not always the $\\lambda$ the test set would pick: 5 examples '
        'measure little, and which $\\lambda$ wins changes from seed to seed. That is the honest '
        'price: a $\\lambda$ chosen on the test set looks better on it than it will do on new '
        'data. With this few examples, $k$-fold cross-validation ($k$折交叉验证, lesson 08) measures '
        'better, using every example for validation once.',
        '每个模型都在前15个样本上训练，再在它从未见过的5个样本上评估。'
        '$\\lambda = 0$时验证损失很大，和测试损失一样：精确拟合了15个样本，'
        '并不能说明在其他样本上会怎样。$\\lambda$很大时，验证损失约等于对每个输入都预测训练标签均'
        '值时的损失。用本节的数据运行时，验证损失最小的$\\lambda$不小于1，'
        '它在扫描表格中的测试损失接近表中的最低值，比$\\lambda = 0$时低几千倍。'
        '它不一定就是测试集会选中的那个$\\lambda$：5个样本能衡量的东西很少，'
        '哪个$\\lambda$胜出会随随机种子而变。这是诚实的代价：在测试集上选出的$\\lambda$，'
        '在测试集上的表现会好于它在新数据上的实际表现。样本这么少时，'
        '$k$折交叉验证（$k$-fold cross-validation，见第08节）让每个样本都做一次验证，衡量得更准确。'),
    check_seconds=5, solution_seconds=5)


@ex1.solves
def validation_losses(features, labels, lambdas):
    train_iter = gdata.DataLoader(gdata.ArrayDataset(features[:15], labels[:15]), 1, shuffle=True)
    valid_features, valid_labels = features[15:], labels[15:]  # held out: the validation set
    lambd = nd.array(lambdas).reshape((1, -1))
    W = nd.random.normal(scale=1, shape=(features.shape[1], len(lambdas)))  # one model per lambda
    b = nd.zeros(shape=(1, len(lambdas)))
    W.attach_grad()
    b.attach_grad()
    for _ in range(100):
        for X, y in train_iter:
            with autograd.record():
                l = ((nd.dot(X, W) + b - y) ** 2 / 2).sum() + (lambd * W ** 2 / 2).sum()
            l.backward()
            d2l.sgd([W, b], 0.003, 1)
    return ((nd.dot(valid_features, W) + b - valid_labels) ** 2 / 2).mean(axis=0)


_CHECK_LAMBDAS = [100, 0]  # in this order: the losses must come in the order of lambdas


@ex1.checks
def _(answer):
    f = expect_function(answer, 'validation_losses')
    train_features, train_labels, _, _ = _draw(14)
    train_labels = train_labels + 1  # a bias of 1.05: a model without one shows
    got = call(f, nd.array(train_features), nd.array(train_labels), list(_CHECK_LAMBDAS),
               when=T('given 20 examples and lambdas = [100, 0]',
                      '输入20个样本和lambdas = [100, 0]'))
    losses = _array(got, 'validation_losses(features, labels, lambdas)').ravel()
    if losses.size != len(_CHECK_LAMBDAS):
        raise Wrong(f'Given lambdas = [100, 0] it gives {losses.size} number(s): it should give one '
                    'validation loss per value of λ in lambdas, in their order (does it use its '
                    'argument lambdas?).',
                    f'输入lambdas = [100, 0]时，它给出了{losses.size}个数，而它应当按lambdas的顺序，'
                    '为其中每个λ给出一个验证损失（它用到参数lambdas了吗？）。')
    if not np.isfinite(losses).all():
        raise Wrong(f'Given lambdas = [100, 0] it gives {losses.tolist()}: not finite.',
                    f'输入lambdas = [100, 0]时，它给出{losses.tolist()}：不是有限值。')
    strong, none = losses
    if strong > 1 > none:
        raise Wrong('Given lambdas = [100, 0] it gives the larger loss to λ = 100 and the smaller '
                    'to λ = 0: the losses should come in the order of lambdas (the first for λ = '
                    '100).',
                    '输入lambdas = [100, 0]时，它把较大的损失给了λ = 100、较小的给了λ = 0：'
                    '损失应当按lambdas的顺序排列（第一个属于λ = 100）。')
    if none < 1e-4:
        raise Wrong(f'With λ = 0 it gives a validation loss of {none:.2g}, as low as a training '
                    'loss: 200 weights fit any 15 examples exactly, but not 5 examples they never '
                    'saw. Are the last 5 examples left out of the training, and is the loss '
                    'measured on them?',
                    f'λ = 0时它给出的验证损失为{none:.2g}，和训练损失一样低：200个权重能精确拟合任意15个'
                    '样本，却拟合不了从未见过的5个样本。最后5个样本是否被排除在训练之外？'
                    '损失是否是在这5个样本上计算的？')
    if none < 1:
        raise Wrong(f'With λ = 0 it gives a validation loss of only {none:.2g}: do the weights '
                    'start from N(0, 1), as in the sweep (init_scale=1), and train for 100 epochs '
                    'with learning rate 0.003? (From a small start λ = 0 overfits far less: '
                    'exercise 3.)',
                    f'λ = 0时它给出的验证损失只有{none:.2g}：权重是否像扫描中那样从N(0, 1)开始'
                    '（init_scale=1），并以学习率0.003训练100个迭代周期？（从较小的初始值开始，λ = 0时'
                    '的过拟合要轻得多：见练习3。）')
    constant = float(((train_labels[15:] - train_labels[:15].mean()) ** 2 / 2).mean())
    ratio = strong / constant
    if not 0.7 <= ratio <= 1.6:
        if 1.7 <= ratio <= 2.8:
            why, why_zh = ('Yours is about twice that: is the ½ of the squared loss missing?',
                           '你的结果约为它的两倍：是不是漏掉了平方损失中的½？')
        elif 4 <= ratio <= 7:
            why, why_zh = ('Yours is about 5 times that: is it the sum over the 5 validation '
                           'examples rather than their mean?',
                           '你的结果约为它的5倍：是不是对5个验证样本求了和，而不是取平均？')
        else:
            why, why_zh = ('Yours is not: is it measured on the last 5 examples, with the model '
                           'trained on the first 15, its bias b included?',
                           '你的结果并非如此：损失是否是用在前15个样本上训练的模型（包括它的偏差'
                           'b）在最后5个样本上计算的？')
        raise Wrong(f'With λ = 100 it gives a validation loss of {strong:.3g}. Weights this '
                    'strongly decayed are nearly 0, so the model predicts about the mean of the 15 '
                    'training labels for every input, and its loss on the 5 held-out examples should '
                    f'be about the loss of that prediction. {why}',
                    f'λ = 100时它给出的验证损失为{strong:.3g}。衰减得这样强的权重几乎为0，所以模型对'
                    '每个输入的预测都约为15个训练标签的均值，它在留出的5个样本上的损失应当约等于这个预测的损失。'
                    f'{why_zh}')


def _validation_sweep(train_rows, valid_rows, init_scale=1, total=False, lambdas=None):
    """A wrong validation_losses: the lesson's sweep trained on train_rows, measured on
    valid_rows (numpy, the same updates)."""
    def validation_losses(features, labels, given):
        X, y = features.asnumpy(), labels.asnumpy()
        lams = lambdas or given
        W, b = _sgd(X[train_rows], y[train_rows], [0] * len(lams), lams, init_scale)
        l = (X[valid_rows] @ W + b - y[valid_rows]) ** 2 / 2
        return l.sum(axis=0) if total else l.mean(axis=0)
    return validation_losses


@ex1.wrong('trained on all 20 examples, the validation examples included')
def _():
    return _validation_sweep(slice(None), slice(15, None))


@ex1.wrong('held out the first 5 examples, not the last 5')
def _():
    return _validation_sweep(slice(5, None), slice(None, 5))


@ex1.wrong('the sum of the 5 validation losses, not their mean')
def _():
    return _validation_sweep(slice(None, 15), slice(15, None), total=True)


@ex1.wrong("the lesson's sweep_lambdas, not the lambdas given")
def _():
    return _validation_sweep(slice(None, 15), slice(15, None), lambdas=SWEEP_LAMBDAS)


@ex1.wrong('weights from N(0, 0.01^2), not N(0, 1) as in the sweep')
def _():
    return _validation_sweep(slice(None, 15), slice(15, None), init_scale=0.01)


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('The L1 step', 'L1范数惩罚项下的一步更新'),
    T('The Method section turned the L2 penalty into the step $\\mathbf{w} \\leftarrow (1 - '
      '\\eta\\lambda)\\mathbf{w} - \\eta\\nabla$. Do the same for the L1 penalty '
      '$\\lambda\\|\\mathbf{w}\\|_1$: write `l1_step(w, grad, lr, lambd)`, the weights after one '
      'SGD step with learning rate `lr` on the loss plus $\\lambda\\|\\mathbf{w}\\|_1$, where `grad` '
      'is the gradient of the loss alone (the mean over the batch, $\\nabla$ above). Why is this '
      'step not a shrinking by a factor?',
      '“方法”一节由L2范数惩罚项推出了一步更新'
      '$\\mathbf{w} \\leftarrow (1 - \\eta\\lambda)\\mathbf{w} - \\eta\\nabla$。'
      '对L1范数惩罚项$\\lambda\\|\\mathbf{w}\\|_1$做同样的推导：写出'
      '`l1_step(w, grad, lr, lambd)`，返回以学习率`lr`对损失与$\\lambda\\|\\mathbf{w}\\|_1$之和做'
      '一步随机梯度下降后的权重，其中`grad`只是损失本身的梯度（在小批量上取平均，'
      '即上式中的$\\nabla$）。为什么这一步不是按某个因子缩小权重？'),
    """def l1_step(w, grad, lr, lambd):
    ...  # your code: w after one SGD step on the loss plus lambd * |w|_1

ex[2].check(l1_step)""", kind='function',
    what=T('Write the body of l1_step above, then run the cell again.',
           '在上面写出l1_step的函数体，然后再运行这个单元格。'),
    hints=[T('The step is $\\mathbf{w} - \\eta$ times the gradient of the loss plus that of the '
             'penalty. What is the derivative of $\\lambda|w_j|$ with respect to $w_j$, for '
             '$w_j > 0$, and for $w_j < 0$?',
             '这一步是$\\mathbf{w}$减去$\\eta$乘以（损失的梯度加上惩罚项的梯度）。$\\lambda|w_j|$关于'
             '$w_j$的导数是多少？分$w_j > 0$和$w_j < 0$两种情况。'),
           T('It is $\\lambda\\,\\mathrm{sign}(w_j)$: `return w - lr * (grad + lambd * w.sign())`. '
             'Compare what it takes from a weight of 1 and from a weight of 0.001 with what the L2 '
             'step takes from them.',
             '它是$\\lambda\\,\\mathrm{sign}(w_j)$：'
             '`return w - lr * (grad + lambd * w.sign())`。比较一下：'
             '对大小为1和大小为0.001的权重，这一步各减去多少？L2的一步又各减去多少？')],
    explanation=T(
        'The gradient of the penalty is $\\lambda\\,\\mathrm{sign}(\\mathbf{w})$: it depends on the '
        'sign of each weight, not on its size. So the step is $\\mathbf{w} - '
        '\\eta\\lambda\\,\\mathrm{sign}(\\mathbf{w}) - \\eta\\nabla$: it takes the same amount '
        '$\\eta\\lambda$ off the size of every weight, a constant amount rather than a constant '
        'fraction, and there is no factor to pull out because $\\mathrm{sign}(w_j)$ is not '
        'proportional to $w_j$. That is why L1 brings small weights all the way to 0, where the L2 '
        'factor only ever shrinks them, and why a weight closer to 0 than $\\eta\\lambda$ jumps '
        'over it (exercise 4).',
        '惩罚项的梯度是$\\lambda\\,\\mathrm{sign}(\\mathbf{w})$：它只取决于每个权重的符号，而与权重的大小'
        '无关。所以这一步是$\\mathbf{w} - \\eta\\lambda\\,\\mathrm{sign}(\\mathbf{w}) - \\eta\\nabla$：它从'
        '每个权重的大小中减去同样的$\\eta\\lambda$，减去的是一个固定的量，而不是一个固定的比例；由于'
        '$\\mathrm{sign}(w_j)$不与$w_j$成正比，也就提不出一个因子。这就是L1能把较小的权重一直推到0的'
        '原因（L2的因子只会让它们不断缩小），也是离0比$\\eta\\lambda$还近的权重会跳过0的原因（练习4）。'))


@ex2.solves
def l1_step(w, grad, lr, lambd):
    return w - lr * (grad + lambd * w.sign())  # the gradient of lambd * |w|_1 is lambd * sign(w)


def _l1_reference(w, grad, lr, lambd):
    """One step along autograd's gradient of the loss (gradient grad) plus lambd * |w|_1."""
    v = w.copy()
    v.attach_grad()
    with autograd.record():
        l = lambd * v.abs().sum() + (grad * v).sum()  # a loss whose gradient is grad, plus L1
    l.backward()
    return w - lr * v.grad


@ex2.checks
def _(answer):
    f = expect_function(answer, 'l1_step')
    rng = np.random.RandomState(2)
    cases = []
    for shape, lr, lambd in (((200, 1), 0.01, 0.5), ((4, 3), 0.1, 0.02)):
        w = rng.normal(size=shape)
        w = np.sign(w) * np.maximum(np.abs(w), 0.002)  # no weight at 0, where |w| has no slope
        w.flat[:2] = (1.5, -0.002)  # a large weight and one closer to 0 than lr * lambd
        cases.append((nd.array(w), nd.array(rng.normal(size=shape)), lr, lambd))
    for w, grad, lr, lambd in cases:
        when = T(f'given w of shape {w.shape}, lr = {lr}, lambd = {lambd}',
                 f'输入形状为{w.shape}的w、lr = {lr}、lambd = {lambd}')
        got = expect_ndarray(call(f, w.copy(), grad.copy(), lr, lambd, when=when),
                             'l1_step(w, grad, lr, lambd)', shape=w.shape)
        expected = _l1_reference(w, grad, lr, lambd)
        if nd.abs(got - expected).max().asscalar() <= 1e-5:
            continue
        shown = f'(w of shape {w.shape}, lr = {lr}, lambd = {lambd})'
        shown_zh = f'（w的形状为{w.shape}，lr = {lr}，lambd = {lambd}）'
        sign = w.sign()
        known = [
            ((1 - lr * lambd) * w - lr * grad,
             'That is the L2 step, (1 - lr lambd) w - lr grad: it takes a fraction of each weight, '
             'but the gradient of λ|w|₁ is not proportional to w.',
             '这是L2的一步，(1 - lr lambd) w - lr grad：它从每个权重中减去一个比例，但λ|w|₁的梯度并不'
             '与w成正比。'),
            (w - lr * (grad - lambd * sign),
             'It moves the weights away from 0: the penalty\'s gradient must be added to grad, and '
             'the step goes against the gradient.',
             '它把权重推离0：惩罚项的梯度应当加到grad上，而这一步沿梯度的反方向走。'),
            (w - lr * lambd * sign,
             'It leaves out grad, the gradient of the loss: the step follows the loss plus the '
             'penalty.', '它漏掉了grad，即损失的梯度：这一步针对的是损失与惩罚项之和。'),
            (w - lr * (grad + lambd / 2 * sign),
             'Its penalty pull is half what it should be: unlike the L2 penalty, the L1 penalty '
             'λ|w|₁ has no ½.', '它对权重的拉力只有应有的一半：与L2范数惩罚项不同，'
                                'L1范数惩罚项λ|w|₁中没有½。'),
        ]
        for wrong, en, zh in known:
            if nd.abs(got - wrong).max().asscalar() <= 1e-5:
                raise Wrong(f'{en} {shown}', f'{zh}{shown_zh}')
        raise Wrong(f'It differs from one SGD step along the gradient of the loss plus λ|w|₁ '
                    f'(computed with autograd) {shown}.',
                    f'它与沿着损失加上λ|w|₁的梯度（由自动求梯度算出）走一步的结果不同{shown_zh}。')


@ex2.wrong('the L2 step: shrinking by the factor (1 - lr lambd)')
def _():
    return lambda w, grad, lr, lambd: (1 - lr * lambd) * w - lr * grad


@ex2.wrong('the wrong sign: the penalty pushes the weights away from 0')
def _():
    return lambda w, grad, lr, lambd: w - lr * (grad - lambd * w.sign())


@ex2.wrong('the gradient of the loss left out')
def _():
    return lambda w, grad, lr, lambd: w - lr * lambd * w.sign()


@ex2.wrong('a ½ carried over from the L2 penalty')
def _():
    return lambda w, grad, lr, lambd: w - lr * (grad + lambd / 2 * w.sign())


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('A small start, without decay', '从较小的初始值开始，不加衰减'),
    T('Start the from-scratch model from $\\mathcal{N}(0, 0.01^2)$ instead of '
      '$\\mathcal{N}(0, 1)$, with $\\lambda = 0$, and keep what the training returns: '
      '`fit_penalised([0], [0], init_scale=0.01)` does just that (or `fit_and_plot(lambd=0)`, '
      'after changing `init_params`). What happens to the weight norm and the test loss, and why? '
      '(Think of the 180 directions the training inputs do not reach.) The check looks at your '
      'run and shows you its numbers.',
      '从零开始实现的模型改为从$\\mathcal{N}(0, 0.01^2)$（而不是$\\mathcal{N}(0, 1)$）初始化，'
      '取$\\lambda = 0$，并保存训练的返回值：`fit_penalised([0], [0], init_scale=0.01)`正是这样做'
      '的（也可以在修改`init_params`之后调用`fit_and_plot(lambd=0)`）。权重范数和测试损失会怎样？'
      '为什么？（想想训练输入触及不到的那180个方向。）检查会查看你这次训练的结果，'
      '并显示其中的数值。'),
    """run = ...  # fit_penalised([0], [0], init_scale=0.01), or what fit_and_plot returns

ex[3].check(run)""",
    what=T('Set run to what the training returns, then run the cell again.',
           '把run设为训练的返回值，然后再运行这个单元格。'),
    hints=[T('The training moves $\\mathbf{w}$ only within the 20 directions of the training '
             'inputs. What do the other 180 directions of $\\mathbf{w}$ hold at the end, after a '
             'start from $\\mathcal{N}(0, 1)$, and after one from $\\mathcal{N}(0, 0.01^2)$?',
             '训练只在训练输入的20个方向内移动$\\mathbf{w}$。训练结束时，$\\mathbf{w}$在其余180个方向上'
             '是什么？从$\\mathcal{N}(0, 1)$开始时如何？从$\\mathcal{N}(0, 0.01^2)$开始时又如何？'),
           T('They keep their start: a norm of about $\\sqrt{180} \\approx 13$ from '
             '$\\mathcal{N}(0, 1)$, about $0.01\\sqrt{180} \\approx 0.13$ from '
             '$\\mathcal{N}(0, 0.01^2)$, and a test input turns that part of $\\mathbf{w}$ into an '
             'error of its prediction. Run `run = fit_penalised([0], [0], init_scale=0.01)` and '
             'compare the norm of `run[0]` and the test loss `run[2]` with the lesson\'s runs '
             'with $\\lambda = 0$ and $\\lambda = 3$.',
             '它们保持着初始值：从$\\mathcal{N}(0, 1)$开始时范数约为$\\sqrt{180} \\approx 13$，从'
             '$\\mathcal{N}(0, 0.01^2)$开始时约为$0.01\\sqrt{180} \\approx 0.13$；测试输入会把$\\mathbf{w}$'
             '的这一部分变成预测的误差。运行`run = fit_penalised([0], [0], init_scale=0.01)`，把`run[0]`'
             '的范数和测试损失`run[2]`与本节$\\lambda = 0$和$\\lambda = 3$的结果相比较。')],
    explanation=T(
        'From $\\mathcal{N}(0, 0.01^2)$ the training loss still falls to practically 0 (the model '
        'still fits the 20 examples exactly), but the weight norm stays small, about 0.13 to 0.16, '
        'and the test loss is a few hundredths at most: thousands of times below that of the start '
        'from $\\mathcal{N}(0, 1)$, and close to that of $\\lambda = 3$. The training moves '
        '$\\mathbf{w}$ only within the span of the 20 training inputs; the other 180 directions '
        'keep their start. From $\\mathcal{N}(0, 1)$ they hold a norm of about 13, which the test '
        'inputs turn into large errors; from $\\mathcal{N}(0, 0.01^2)$ only about 0.13. A small '
        'start is thus a regulariser of its own, but a fragile one: it depends on the start and on '
        'where the training stops, while weight decay shrinks those directions from any start.',
        '从$\\mathcal{N}(0, 0.01^2)$开始，训练损失仍然降到几乎为0（模型仍然精确拟合20个样本），但权重'
        '范数保持很小，约为0.13到0.16，测试损失至多为零点零几：比从$\\mathcal{N}(0, 1)$开始时低几千倍，'
        '与$\\lambda = 3$时相近。训练只在20个训练输入张成的空间内移动$\\mathbf{w}$；其余180个方向'
        '保持着初始值。从$\\mathcal{N}(0, 1)$开始时，这些方向上的范数约为13，测试输入会把它变成很大的'
        '误差；从$\\mathcal{N}(0, 0.01^2)$开始时只有约0.13。可见较小的初始值本身就起着正则化的作用，但它'
        '并不可靠：它取决于初始值和训练停在哪里，而权重衰减从任何初始值出发都会让这些方向缩小。'))


@ex3.solves
def train_from_a_small_start():
    run = fit_penalised([0], [0], init_scale=0.01)  # lambda = 0, the weights from N(0, 0.01^2)
    W, train_l, test_l = run
    print(f'L2 norm of w {np.linalg.norm(W):.3f}, train loss {train_l[0]:.2g}, '
          f'test loss {test_l[0]:.3g}')
    return run


def _run_numbers(answer):
    """(norm of w, final train loss, final test loss, epochs or None) of what fit_and_plot
    returns, (train_ls, test_ls, w), or what fit_penalised returns, (W, train_l, test_l)."""
    expected = T('Expected what the training returns: fit_penalised\'s (W, train_l, test_l) or '
                 f'fit_and_plot\'s (train_ls, test_ls, w); got {kind(answer)}.',
                 '应为训练的返回值：fit_penalised的(W, train_l, test_l)或fit_and_plot的'
                 f'(train_ls, test_ls, w)；得到的是{kind(answer, "zh")}。')
    if not isinstance(answer, (tuple, list)) or len(answer) != 3:
        raise Unusable(expected['en'], expected['zh'])
    parts = [_array(part, 'run') for part in answer]
    if parts[0].ndim == 2 and parts[0].shape[0] == NUM_INPUTS:  # fit_penalised: columns
        W, train_l, test_l = parts
        if W.shape[1] != 1 or train_l.size != 1 or test_l.size != 1:
            raise Unusable(f'This run of fit_penalised trains {W.shape[1]} models (columns): pass '
                           'a run of one, fit_penalised([0], [0], init_scale=0.01).',
                           f'这次fit_penalised训练了{W.shape[1]}个模型（列）：请传入只训练一个模型的结果，'
                           '即fit_penalised([0], [0], init_scale=0.01)。')
        return np.linalg.norm(W), float(train_l.ravel()[0]), float(test_l.ravel()[0]), None
    if parts[2].size == NUM_INPUTS and parts[0].ndim == parts[1].ndim == 1 and \
            parts[0].size == parts[1].size > 0:  # fit_and_plot: curves per epoch
        train_ls, test_ls, w = parts
        return np.linalg.norm(w), float(train_ls[-1]), float(test_ls[-1]), train_ls.size
    raise Unusable(expected['en'], expected['zh'])


@ex3.checks
def _(answer):
    norm, train_loss, test_loss, epochs = _run_numbers(answer)
    if epochs is not None and epochs != NUM_EPOCHS:
        raise Wrong(f'Your run has {epochs} epochs: the lesson trains for 100.',
                    f'你的训练有{epochs}个迭代周期：本节训练100个。')
    if not np.isfinite([norm, train_loss, test_loss]).all():
        raise Wrong('Your run has a loss or a weight that is not finite.',
                    '你的训练中有的损失或权重不是有限值。')
    if norm > 2:
        raise Wrong(f'The L2 norm of your w is {norm:.3g}, as after a start from N(0, 1): did the '
                    'weights start from N(0, 0.01^2) (init_scale=0.01, or scale=0.01 in '
                    'init_params)?',
                    f'你的w的L2范数为{norm:.3g}，像是从N(0, 1)开始的：权重是否从N(0, 0.01^2)开始'
                    '（init_scale=0.01，或init_params中的scale=0.01）？')
    if train_loss > 1e-6:
        raise Wrong(f'Your final training loss is {train_loss:.2g}: with λ = 0, 200 weights fit the '
                    '20 examples practically exactly after 100 epochs. Was λ 0 (no L2 or L1 '
                    'penalty), and did it train for 100 epochs?',
                    f'你最终的训练损失为{train_loss:.2g}：λ = 0时，200个权重在100个迭代周期后几乎能精确'
                    '拟合20个样本。λ是否为0（没有L2或L1惩罚），是否训练了100个迭代周期？')
    print(text(T(f'Your run: L2 norm of w {norm:.3g}, final training loss {train_loss:.2g}, test '
                 f'loss {test_loss:.3g}. Compare them with the lesson\'s runs from N(0, 1), with '
                 'λ = 0 and with λ = 3.',
                 f'你的训练：w的L2范数为{norm:.3g}，最终训练损失为{train_loss:.2g}，测试损失为'
                 f'{test_loss:.3g}。把它们与本节从N(0, 1)开始、λ = 0和λ = 3的结果相比较。')))


@ex3.wrong('from N(0, 1), as in the lesson')
def _():
    return fit_penalised([0], [0], init_scale=1)


@ex3.wrong('with weight decay, λ = 3')
def _():
    return fit_penalised([0], [3], init_scale=0.01)


@ex3.wrong('fit_and_plot for 10 epochs, not 100')
def _():
    return _fit_and_plot(0, init_scale=0.01, num_epochs=10)


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('L1 with λ = 1', 'λ = 1的L1范数惩罚项'),
    T('In the L1 comparison, give L1 $\\lambda = 1$: `fit_penalised([0.1, 1], [0, 0])` trains '
      'one column with $\\lambda = 0.1$ and one with $\\lambda = 1$. With $\\lambda = 1$ far fewer '
      'weights end below 0.001, though the penalty is ten times stronger. Why?\n\n'
      '(a) $\\lambda = 1$ is still too weak to pull the weights to 0 in 2,000 steps &nbsp; '
      '(b) every step moves each weight $\\eta\\lambda = 0.003$ towards 0, more than 0.001: a weight '
      'near 0 overshoots it and jumps back and forth across it &nbsp; '
      '(c) with a penalty this strong SGD diverges, and the weights grow &nbsp; '
      '(d) the weights settle at a small value away from 0, where the pull of the penalty and '
      'that of the data cancel',
      '在L1与L2的对照实验中，给L1取$\\lambda = 1$：`fit_penalised([0.1, 1], [0, 0])`用'
      '$\\lambda = 0.1$训练一列，用$\\lambda = 1$训练另一列。$\\lambda = 1$时，'
      '尽管惩罚项强了十倍，最终低于0.001的权重却少得多。为什么？\n\n'
      '(a) $\\lambda = 1$仍然太弱，无法在2,000步内把权重拉到0 &nbsp; '
      '(b) 每一步都把每个权重向0移动$\\eta\\lambda = 0.003$，比0.001还大：接近0的权重会越过0，'
      '在0的两侧来回跳动 &nbsp; '
      '(c) 惩罚项这么强时，随机梯度下降发散，权重越来越大 &nbsp; '
      '(d) 权重稳定在一个不为0的小值上，此时惩罚项的拉力与数据的拉力相互抵消'),
    hints=[T('Exercise 2\'s step: how far does the penalty move a weight in one step with '
             '$\\eta = 0.003$ and $\\lambda = 1$, and where does a weight of 0.001 land?',
             '用练习2推出的那一步来想：$\\eta = 0.003$、$\\lambda = 1$时，'
             '惩罚在一步中把一个权重移动多远？一个大小为0.001的权重会落在哪里？'),
           T('A weight $a$ with $0 < a < 0.003$ lands at $a - 0.003 < 0$, then back: it never stays '
             'at 0. Run `W, _, _ = fit_penalised([0.1, 1], [0, 0])` and count, for each column, the '
             'share of `np.abs(W)` below 0.001 and below 0.003.',
             '一个满足$0 < a < 0.003$的权重$a$会落到$a - 0.003 < 0$，然后再跳回来：它永远停不在0上。'
             '运行`W, _, _ = fit_penalised([0.1, 1], [0, 0])`，对每一列数一数`np.abs(W)`中低于0.001和'
             '低于0.003的比例。')],
    explanation=T(
        'With $\\lambda = 1$ the penalty moves every weight by $\\eta\\lambda = 0.003$ each step. A '
        'weight at $a$ from 0, with $a$ below 0.003, lands at $0.003 - a$ on the other side, then '
        'jumps back: it never stays at 0, and it is about as likely to be anywhere within 0.003 of '
        '0. So only a third or so of the weights end below 0.001 (a quarter to a half of them), '
        'while most end within 0.003 of 0 and none far beyond, as the output shows. With '
        '$\\lambda = 0.1$ the jumps are only 0.0003, below the mark of 0.001, and most weights '
        'count as 0. The "jittering by '
        '$\\pm\\eta\\lambda$" of the lesson does no harm while $\\eta\\lambda$ is small; SGD with '
        'an L1 penalty never makes weights exactly 0 (proximal methods, which stop a weight at 0 '
        'instead of jumping over it, do).',
        '$\\lambda = 1$时，惩罚每一步都把每个权重移动$\\eta\\lambda = 0.003$。'
        '一个离0为$a$（$a$小于0.003）的权重会落到0另一侧的$0.003 - a$处，然后再跳回来：'
        '它永远停不在0上，而且落在离0不超过0.003的任何位置的可能性差不多。'
        '所以最终只有三分之一左右的权重低于0.001（四分之一到一半），'
        '而大多数权重离0都在0.003以内，也没有哪个权重离得远很多，正如输出所示。'
        '$\\lambda = 0.1$时每次跳动只有0.0003，小于0.001这条线，大部分权重都算作0。'
        '本节所说的“在$\\pm\\eta\\lambda$范围内抖动”只要$\\eta\\lambda$很小就无妨；'
        '带L1范数惩罚项的随机梯度下降从不会让权重恰好为0（近端方法会：它让权重停在0上，'
        '而不是跳过0）。'))


@ex4.solves
def why_so_few_weights_near_0():
    W, _, _ = fit_penalised([0.1, 1], [0, 0])  # L1 with lambda 0.1, and with 1, from N(0, 0.01^2)
    for k, lambd in enumerate((0.1, 1)):
        size, step = np.abs(W[:, k]), 0.003 * lambd  # how far the penalty moves a weight per step
        print(f'L1, lambda = {lambd}: |w| < 0.001 for {(size < 0.001).mean():.0%} of the weights; '
              f'one step of the penalty: lr * lambda = {step:g}; |w| <= {step:g} for '
              f'{(size <= step).mean():.0%}, largest |w| {size.max():.4f}')
    return 'b'  # each weight near 0 jumps across it by up to lr * lambda = 0.003


CHOICES_4 = {
    'a': T('From N(0, 0.01^2) a pull of 0.003 per step brings any weight to 0 within a few dozen '
           'steps; λ = 0.1, ten times weaker, already takes most weights below 0.001.',
           '从N(0, 0.01^2)开始，每步0.003的拉力在几十步之内就能把任何权重拉到0；弱十倍的λ = 0.1已经让大部分'
           '权重低于0.001。'),
    'c': T('Nothing diverges: each step moves a weight by about 0.003 plus the small pull of the '
           'data, and the weights stay within a few thousandths of 0.',
           '并没有发散：每一步把一个权重移动约0.003，再加上数据的一点小拉力，权重始终在离0千分之几的范围内。'),
    'd': T('That is how L2 behaves. The L1 pull has the same size λ at every weight that is not '
           '0, far more than the data\'s pull on such small weights, so the two cannot cancel '
           'away from 0: the weights do not settle.',
           '那是L2的行为。L1的拉力在每个不为0的权重上大小都是λ，远大于数据对这么小的权重的拉力，'
           '所以二者不可能在0以外的地方相互抵消：权重停不下来。'),
}
ex4.choice(CHOICES_4)


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('One Trainer, the bias not decayed', '只用一个Trainer，不衰减偏差'),
    T('One `Trainer` can decay the weights and not the bias: once the parameters exist, '
      '`net.collect_params(\'.*bias\').setattr(\'wd_mult\', 0)` sets the decay multiplier of the '
      'bias (the `Trainer` multiplies its `wd` by it) to 0. Write `one_trainer(net, lr, wd)`: a '
      'single `gluon.Trainer`, SGD with learning rate `lr` over all the parameters of `net`, '
      'that decays the weights by `wd` and not the bias. The check trains a copy of a model with '
      'it, beside a copy trained the lesson\'s way with two `Trainer`s, and compares their '
      'parameters. (Made this way, the "every parameter" copy of `fit_decay_bias` ends with '
      'exactly the parameters of the "weights only" copy.)',
      '一个`Trainer`也可以只衰减权重而不衰减偏差：在参数创建之后，'
      "`net.collect_params('.*bias').setattr('wd_mult', 0)`把偏差的衰减乘数（`Trainer`会把它的"
      '`wd`乘以这个数）设为0。写出`one_trainer(net, lr, wd)`：只用一个`gluon.Trainer`，'
      '对`net`的全部参数做学习率为`lr`的随机梯度下降，按`wd`衰减权重，但不衰减偏差。'
      '检查会用它训练一个模型的副本，同时按本节的方式用两个`Trainer`训练另一个副本，'
      '再比较二者的参数。（用这种方式构造时，`fit_decay_bias`中“every parameter”副本最终的参数就'
      '与“weights only”副本完全相同。）'),
    """def one_trainer(net, lr, wd):
    ...  # your code: one gluon.Trainer over net.collect_params(), the bias not decayed

ex[5].check(one_trainer)""", kind='function',
    what=T('Write the body of one_trainer above, then run the cell again.',
           '在上面写出one_trainer的函数体，然后再运行这个单元格。'),
    hints=[T('A `Trainer` multiplies its `wd` by each parameter\'s `wd_mult` (1 unless it is set). '
             'Which parameters should get 0, and which keep 1?',
             '`Trainer`会把它的`wd`乘以每个参数的`wd_mult`（未设置时为1）。哪些参数应当设为0，哪些保持1？'),
           T('`net.collect_params(\'.*bias\').setattr(\'wd_mult\', 0)`, then `return '
             'gluon.Trainer(net.collect_params(), \'sgd\', {\'learning_rate\': lr, \'wd\': wd})`. '
             'The pattern is matched from the start of each name, such as `dense0_bias`: '
             '`\'bias\'` alone selects nothing.',
             '先`net.collect_params(\'.*bias\').setattr(\'wd_mult\', 0)`，再`return '
             'gluon.Trainer(net.collect_params(), \'sgd\', {\'learning_rate\': lr, \'wd\': wd})`。模式从'
             '每个参数名（例如`dense0_bias`）的开头开始匹配：只写`\'bias\'`什么也选不中。')],
    explanation=T(
        'With `wd_mult` 0 on the bias, its decay is `wd * 0`: the bias gets the plain SGD step and '
        'the weights the decayed one, which are exactly the two updates of the lesson\'s two '
        '`Trainer`s, so the parameters come out the same after any number of steps (the check '
        'compared them after an epoch). The pattern is a regular expression matched from the start '
        'of each name, as with `collect_params(\'.*weight\')` in the lesson: `\'bias\'` alone '
        'selects no parameter, `setattr` then changes nothing, and the bias is still decayed, '
        'without any error. Nor does `lr_mult` 0 do it: that stops the bias from learning at all.',
        '偏差的`wd_mult`为0时，它的衰减就是`wd * 0`：偏差按普通的随机梯度下降更新，权重按衰减后的方式更新，'
        '这恰好就是本节两个`Trainer`的两种更新，所以无论走多少步，参数都完全相同（检查在一个迭代周期之后比较'
        '了它们）。模式是一个从每个参数名的开头开始匹配的正则表达式，就像本节中的`collect_params(\'.*weight\')`：'
        '只写`\'bias\'`选不中任何参数，`setattr`于是什么也没改，偏差仍然被衰减，而且不会报任何错。'
        '`lr_mult`设为0也不行：那会让偏差根本不再学习。'))


@ex5.solves
def one_trainer(net, lr, wd):
    net.collect_params('.*bias').setattr('wd_mult', 0)  # the bias: its wd is multiplied by 0
    return gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr, 'wd': wd})


def _dense(weight):
    """A Dense(1) with its parameters created: the weight given, the bias 0."""
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    net(nd.zeros((1, weight.size)))
    net[0].weight.set_data(nd.array(weight.reshape((1, -1))))
    return net


@ex5.checks
def _(answer):
    f = expect_function(answer, 'one_trainer')
    X, y, _, _ = _draw(5)
    y = y + 5  # labels far from 0, so that a decayed bias shows
    w0 = np.random.RandomState(5).normal(size=NUM_INPUTS).astype('float32')
    order = np.random.RandomState(6).permutation(N_TRAIN)
    lr, wd = 0.005, 5
    mine, lessons = _dense(w0), _dense(w0)
    trainer = call(f, mine, lr, wd, when=T(f'given a Dense(1) net, lr = {lr} and wd = {wd}',
                                           f'输入一个Dense(1)网络、lr = {lr}和wd = {wd}'))
    if not isinstance(trainer, gluon.Trainer):
        raise Unusable(f'one_trainer(net, lr, wd) should return a gluon.Trainer; it returns '
                       f'{kind(trainer)}.',
                       f'one_trainer(net, lr, wd)应返回一个gluon.Trainer；它返回的是{kind(trainer, "zh")}。')
    trainers = [gluon.Trainer(lessons.collect_params('.*weight'), 'sgd', {'learning_rate': lr,
                                                                          'wd': wd}),
                gluon.Trainer(lessons.collect_params('.*bias'), 'sgd', {'learning_rate': lr})]
    loss = gloss.L2Loss()
    for i in order:
        for net, steps in ((mine, [trainer]), (lessons, trainers)):
            with autograd.record():
                l = loss(net(nd.array(X[i:i + 1])), nd.array(y[i:i + 1]))
            l.backward()
            for t in steps:
                try:
                    call(t.step, 1, when=T('stepping your Trainer', '用你的Trainer走一步'))
                except Wrong as e:
                    if 'not been updated by backward' not in str(e):
                        raise
                    raise Wrong('Your Trainer updates parameters that the net it was given does not '
                                'use: is it a Trainer over net.collect_params() of that net?',
                                '你的Trainer更新的参数不是传给它的网络所用的参数：它是针对这个网络的'
                                'net.collect_params()的Trainer吗？') from None
    w, b = mine[0].weight.data().asnumpy().ravel(), mine[0].bias.data().asscalar()
    w_ref, b_ref = lessons[0].weight.data().asnumpy().ravel(), lessons[0].bias.data().asscalar()
    if np.abs(w - w_ref).max() <= 1e-5 * max(1, np.abs(w_ref).max()) and abs(b - b_ref) <= 1e-5:
        return
    if np.array_equal(w, w0) and b == 0:
        raise Wrong('After an epoch of steps with your Trainer neither the weights nor the bias of '
                    'the net it was given have moved: is it a Trainer over net.collect_params() of '
                    'that net?',
                    '用你的Trainer走了一个迭代周期之后，传给它的网络的权重和偏差都没有变化：它是针对这个网络的'
                    'net.collect_params()的Trainer吗？')
    if b == 0:
        raise Wrong('After an epoch of steps with your Trainer the bias has not moved: it must be '
                    'trained, only not decayed. Is it among the Trainer\'s parameters, with its '
                    'learning rate multiplier lr_mult left at 1?',
                    '用你的Trainer走了一个迭代周期之后，偏差没有变化：偏差要训练，只是不衰减。它在Trainer的'
                    '参数之中吗？它的学习率乘数lr_mult是否保持为1？')
    variants = {(wd_w, wd_b): _decay_steps(w0, 0., X, y, order, lr, wd_w, wd_b)
                for wd_w in (wd, 0) for wd_b in (wd, 0)}

    def like(variant):
        vw, vb = variants[variant]
        return np.abs(w - vw).max() <= 1e-4 * max(1, np.abs(vw).max()) and abs(b - vb) <= 1e-4
    if like((wd, wd)):
        raise Wrong('Your Trainer still decays the bias, like a single Trainer with wd over every '
                    'parameter: did wd_mult 0 reach the bias? (collect_params matches its pattern '
                    'from the start of each name, such as dense0_bias.)',
                    '你的Trainer仍然衰减偏差，就像对所有参数使用wd的单个Trainer那样：'
                    'wd_mult为0是否真的设到了偏差上？（collect_params从每个参数名的开头开始匹配模'
                    '式，参数名形如dense0_bias。）')
    if like((0, 0)) or like((0, wd)):
        raise Wrong('Your Trainer does not decay the weights: only the bias should have wd_mult 0, '
                    'and the Trainer needs wd.',
                    '你的Trainer没有衰减权重：只有偏差的wd_mult应为0，而且Trainer需要wd。')
    raise Wrong('After an epoch of steps its parameters differ from those of the lesson\'s two '
                f'Trainers (largest difference: weights {np.abs(w - w_ref).max():.3g}, bias '
                f'{abs(b - b_ref):.3g}): is it SGD with learning rate lr and wd?',
                '走了一个迭代周期之后，它的参数与本节两个Trainer得到的参数不同（最大差别：权重'
                f'{np.abs(w - w_ref).max():.3g}，偏差{abs(b - b_ref):.3g}）：它是学习率为lr、带wd的随机'
                '梯度下降吗？')


@ex5.wrong("the pattern 'bias', which matches no name (they start with dense0_)")
def _():
    def one_trainer(net, lr, wd):
        net.collect_params('bias').setattr('wd_mult', 0)
        return gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr, 'wd': wd})
    return one_trainer


@ex5.wrong('wd_mult 0 on the weights instead of the bias')
def _():
    def one_trainer(net, lr, wd):
        net.collect_params('.*weight').setattr('wd_mult', 0)
        return gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr, 'wd': wd})
    return one_trainer


@ex5.wrong('lr_mult 0 on the bias: not decayed, but not trained either')
def _():
    def one_trainer(net, lr, wd):
        net.collect_params('.*bias').setattr('lr_mult', 0)
        return gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr, 'wd': wd})
    return one_trainer


@ex5.wrong("the lesson's single Trainer, which decays every parameter")
def _():
    return lambda net, lr, wd: gluon.Trainer(net.collect_params(), 'sgd',
                                             {'learning_rate': lr, 'wd': wd})


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('A hundred epochs, the labels shifted by 5', '标签平移5，训练100个迭代周期'),
    T('Run `history = fit_decay_bias(shift=5, num_epochs=100)` (five times the lesson\'s 20 '
      'epochs, so it takes a while; `show_decay_bias(history, true_b + 5)` draws it). Does the '
      'undecayed bias reach 5.05? Where does the decayed one stay, and what happens to its '
      'training loss? The check looks at your run and shows you its numbers.',
      '运行`history = fit_decay_bias(shift=5, num_epochs=100)`（是本节20个迭代周期的五倍，'
      '需要一些时间；`show_decay_bias(history, true_b + 5)`会把它画出来）。'
      '不被衰减的偏差能达到5.05吗？被衰减的偏差停在哪里，它的训练损失又会怎样？'
      '检查会查看你这次训练的结果，并显示其中的数值。'),
    """history = ...  # fit_decay_bias(shift=5, num_epochs=100)

ex[6].check(history)""",
    what=T('Set history to what fit_decay_bias returns, then run the cell again.',
           '把history设为fit_decay_bias的返回值，然后再运行这个单元格。'),
    hints=[T('In the lesson\'s run with the shift, the decayed bias had stopped within two '
             'epochs. What holds it there, and would more epochs change that?',
             '在本节带平移的训练中，被衰减的偏差在两个迭代周期内就停住了。是什么让它停住的？更多的迭代周期会'
             '改变这一点吗？'),
           T('Where the decayed bias stops, each step\'s decay $\\eta \\cdot \\text{wd} \\cdot b$ '
             'cancels the data\'s pull upwards. Run the line above and compare epoch 20 with '
             'epoch 100: `history[\'every parameter\'][19]` and `[99]` (train loss, test loss, '
             'norm of w, b), and the same for `\'weights only\'`.',
             '被衰减的偏差停住的地方，每一步的衰减$\\eta \\cdot \\text{wd} \\cdot b$恰好抵消了数据向上的拉力。'
             '运行上面那行代码，比较第20个和第100个迭代周期：`history[\'every parameter\'][19]`和`[99]`'
             '（训练损失、测试损失、w的范数、b），`\'weights only\'`也一样。')],
    explanation=T(
        'The undecayed bias keeps climbing and comes close to 5.05 (about 4.8 to 5.0 after 100 '
        'epochs, still rising slowly); with the offset in the bias, the weights shrink to a few '
        'hundredths, and the test loss falls to a few hundredths or less, about as low as the '
        'decayed runs without a shift. The decayed bias stays where it was after 20 epochs (about '
        '0.3 to 0.5): there the decay\'s pull towards 0 balances the data\'s pull up, and more '
        'epochs change neither. Its training loss stops falling too, at about 0.6 to 1.5, and its '
        'test loss stays at 11 to 12, near that of predicting 0 (12.8): the model underfits '
        'however long it trains. Decaying the bias is not cured by training longer: it moves the '
        'minimum that the training finds.',
        '不被衰减的偏差持续上升，接近5.05（100个迭代周期后约为4.8到5.0，仍在缓慢上升）；'
        '偏移量由偏差承担后，权重缩小到零点零几，测试损失降到零点零几甚至更低，'
        '与不平移时有衰减的训练差不多。被衰减的偏差停在20个迭代周期后的位置上（约0.3到0.5）：'
        '在这个位置，衰减把它拉向0的力与数据把它往上拉的力相互平衡，'
        '再多的迭代周期也改变不了这两者。它的训练损失也不再下降，停在约0.6到1.5，'
        '测试损失停在11到12，接近对所有输入都预测0的损失（12.8）：无论训练多久，模型都欠拟合。'
        '衰减偏差的问题不是训练更久就能解决的：它改变了训练所找到的最小值。'))


@ex6.solves
def train_a_hundred_epochs():
    history = fit_decay_bias(shift=5, num_epochs=100)
    for name, rows in history.items():
        for epoch in (2, 20, 100):  # rows: train loss, test loss, norm of w, b
            train_l, test_l, norm, b = rows[epoch - 1]
            print(f'{name + " decayed":>25}, epoch {epoch:3}: b {b:.3f}, train loss {train_l:.3g}, '
                  f'test loss {test_l:.3g}, L2 norm of w {norm:.3f}')
    return history


def _histories(answer):
    expected = T('Expected what fit_decay_bias returns: a dict with the keys \'every parameter\' '
                 f'and \'weights only\'; got {kind(answer)}.',
                 '应为fit_decay_bias的返回值：以 \'every parameter\' 和 \'weights only\' 为键的字典；'
                 f'得到的是{kind(answer, "zh")}。')
    if not isinstance(answer, Mapping) or set(answer) != {'every parameter', 'weights only'}:
        raise Unusable(expected['en'], expected['zh'])
    rows = {name: _array(value, f"history['{name}']") for name, value in answer.items()}
    for name, value in rows.items():
        if value.ndim != 2 or value.shape[1] != 4 or not len(value):
            raise Unusable(f"history['{name}'] should have one row per epoch of 4 numbers (train "
                           f'loss, test loss, norm of w, b); its shape is {value.shape}.',
                           f"history['{name}']应当每个迭代周期一行、每行4个数（训练损失、测试损失、w的范数、"
                           f'b）；它的形状为{value.shape}。')
    return rows['every parameter'], rows['weights only']


@ex6.checks
def _(answer):
    decayed, undecayed = _histories(answer)
    if len(decayed) != 100 or len(undecayed) != 100:
        raise Wrong(f'Your run has {len(decayed)} epochs: the exercise asks for 100 '
                    '(num_epochs=100).',
                    f'你的训练有{len(decayed)}个迭代周期：练习要求100个（num_epochs=100）。')
    if not np.isfinite(decayed).all() or not np.isfinite(undecayed).all():
        raise Wrong('Your run has a loss or a parameter that is not finite.',
                    '你的训练中有的损失或参数不是有限值。')
    if np.allclose(decayed, undecayed):
        raise Wrong('The two copies of your run are the same: the "every parameter" copy does not '
                    'decay its bias. Run the lesson\'s fit_decay_bias as it is (not changed as in '
                    'exercise 5).',
                    '你的两个副本完全相同：“every parameter”副本没有衰减它的偏差。'
                    '请原样运行本节的fit_decay_bias（不要像练习5那样修改）。')
    if undecayed[-1, 3] < 2:
        raise Wrong(f'The undecayed bias ends at {undecayed[-1, 3]:.3g}: were the labels shifted '
                    'by 5 (shift=5)?',
                    f'不被衰减的偏差最终为{undecayed[-1, 3]:.3g}：标签是否平移了5（shift=5）？')
    b20, b100 = decayed[19, 3], decayed[-1, 3]
    print(text(T(
        f'Your run, after 100 epochs: the undecayed bias is at {undecayed[-1, 3]:.3f} (the true '
        f'bias is 5.05), the decayed one at {b100:.3f} (after 20 epochs: {b20:.3f}). Training '
        f'loss of the decayed copy: {decayed[19, 0]:.3g} after 20 epochs, {decayed[-1, 0]:.3g} '
        f'after 100; of the other copy: {undecayed[19, 0]:.3g} and {undecayed[-1, 0]:.3g}. Test '
        f'losses after 100 epochs: {decayed[-1, 1]:.3g} and {undecayed[-1, 1]:.3g}.',
        f'你的训练，100个迭代周期之后：不被衰减的偏差为{undecayed[-1, 3]:.3f}（真实偏差为5.05），被衰减的'
        f'偏差为{b100:.3f}（20个迭代周期后为{b20:.3f}）。被衰减副本的训练损失：20个迭代周期后为'
        f'{decayed[19, 0]:.3g}，100个之后为{decayed[-1, 0]:.3g}；另一个副本分别为{undecayed[19, 0]:.3g}'
        f'和{undecayed[-1, 0]:.3g}。100个迭代周期后的测试损失：{decayed[-1, 1]:.3g}和'
        f'{undecayed[-1, 1]:.3g}。')))


@ex6.wrong("the lesson's run: 20 epochs, not 100")
def _():
    return fit_decay_bias(shift=5, num_epochs=20)


@ex6.wrong('without the shift of the labels')
def _():
    return fit_decay_bias(num_epochs=100)


@ex6.wrong("fit_decay_bias changed as in exercise 5: neither copy decays the bias")
def _():
    return fit_decay_bias(shift=5, num_epochs=100, everything_decayed=False)


# --- 7 ------------------------------------------------------------------------------------------

OPTIONS_7 = 'abcde'

ex7 = exercise(
    T('Other remedies for overfitting', '应对过拟合的其他办法'),
    T('Besides weight decay, more training data and a model of the right complexity, what else '
      'counters overfitting? Choose every option that does (a string of letters).\n\n'
      '(a) dropout (丢弃法): during training, set hidden units to zero at random (the next lesson) '
      '&nbsp; (b) early stopping (提前停止): stop training when the loss on a validation set stops '
      'falling &nbsp; (c) training for more epochs, until the training loss reaches 0 &nbsp; '
      '(d) more parameters: more inputs, a higher polynomial degree, more hidden units &nbsp; '
      '(e) a larger scale for the initial weights, $\\mathcal{N}(0, 10^2)$ instead of '
      '$\\mathcal{N}(0, 1)$',
      '除了权重衰减、增大训练数据量和使用复杂度合适的模型，还有什么办法可以应对过拟合？'
      '选出所有可行的选项（答案为由字母组成的字符串）。\n\n'
      '(a) 丢弃法（dropout）：训练时随机地将隐藏单元清零（下一节的内容） &nbsp; '
      '(b) 提前停止（early stopping）：当验证数据集上的损失不再下降时停止训练 &nbsp; '
      '(c) 训练更多的迭代周期，直到训练损失降为0 &nbsp; '
      '(d) 更多的参数：更多的输入、更高的多项式阶数、更多的隐藏单元 &nbsp; '
      '(e) 用更大的尺度初始化权重，用$\\mathcal{N}(0, 10^2)$代替$\\mathcal{N}(0, 1)$'),
    """answer = ...  # a string of letters: every option that counters overfitting

ex[7].check(answer)""", book=['3.12.1'],
    what=T('Set answer to the letters of your options, then run the cell again.',
           '把answer设为你所选选项的字母，然后再运行这个单元格。'),
    hints=[T('Take the options one by one: does it make the model less able to fit the noise of '
             'its training data, or more able?',
             '逐个考虑这些选项：它让模型更难还是更容易拟合训练数据中的噪声？'),
           T('Overfitting is fitting the training data too exactly. An option counters it if it '
             'stops the training before that, or makes it harder for the model to rely on any '
             'single unit; an option that lets the training fit the 20 examples more exactly, or '
             'keeps more of a random start in the weights (exercise 3), feeds it.',
             '过拟合就是把训练数据拟合得太精确。一个选项如果能让训练在此之前停下，或者让模型难以依赖任何单个单元，'
             '它就能应对过拟合；一个选项如果让训练把20个样本拟合得更精确，或者让权重保留更多的随机初始值'
             '（练习3），它就会加重过拟合。')],
    explanation=T(
        'Dropout (the next lesson) trains with noise: each hidden unit may vanish at any step, '
        'so no unit can rely on others fitting the noise of particular examples. Early stopping '
        'ends the training while the model still generalises, before it fits the training data\'s '
        'noise; it needs a validation set, just as choosing $\\lambda$ does (exercise 1). Training '
        'until the training loss is 0 is how this lesson\'s $\\lambda = 0$ run overfits; more parameters are more '
        'flexibility, and so more overfitting; a larger start leaves larger random weights in the '
        'directions the training data never reaches (exercise 3). Other remedies you will meet: '
        'data augmentation (new examples made from the ones you have) and averaging several '
        'models.',
        '丢弃法（下一节）在训练中加入噪声：每个隐藏单元在任何一步都可能被丢弃，'
        '所以没有哪个单元能依赖别的单元去拟合个别样本的噪声。提前停止在模型仍有良好泛化能力时、'
        '在它拟合训练数据的噪声之前结束训练；它需要一个验证数据集，'
        '正如选择$\\lambda$那样（练习1）。一直训练到训练损失为0，正是本节$\\lambda = 0$的训练发生'
        '过拟合的过程；更多的参数意味着更高的灵活性，也就意味着更严重的过拟合；'
        '更大的初始值会在训练数据从未触及的方向上留下更大的随机权重（练习3）。'
        '你以后还会遇到其他办法：数据增广（由已有的样本造出新样本）以及对多个模型取平均。'))


@ex7.solves
def what_counters_overfitting():
    return 'ab'  # dropout and early stopping; (c), (d) and (e) let the model fit noise more


CHOICES_7 = {
    'c': T('(c) feeds overfitting: training until the training loss is 0 is how this lesson\'s '
           'λ = 0 run came to fit the noise of its 20 examples.',
           '(c) 会加重过拟合：训练到训练损失为0，正是本节λ = 0的训练把20个样本的噪声也拟合进去的方式。'),
    'd': T('(d) feeds overfitting: more parameters make a more flexible model, more able to fit '
           'noise (200 inputs for 20 examples is what makes this lesson\'s model overfit).',
           '(d) 会加重过拟合：更多的参数使模型更灵活，更能拟合噪声（本节的模型正是因为20个样本配200个输入'
           '而过拟合）。'),
    'e': T('(e) feeds overfitting: the directions the training inputs never reach keep their '
           'start (exercise 3), and a larger start makes them larger errors on new inputs.',
           '(e) 会加重过拟合：训练输入从未触及的方向保持着初始值（练习3），更大的初始值会在新输入上造成更大的误差。'),
}


def _expect_letters(answer, options):
    """A choice of one option or more, 'ab', 'a, b' or 'B A', as a set of letters."""
    letters = set(answer.lower()) - set(' ,;') if isinstance(answer, str) else None
    if not letters or not letters <= set(options):
        got = repr(answer) if isinstance(answer, str) else kind(answer)
        raise Unusable(f'Expected a string of the letters of your options, from {options[0]} to '
                       f'{options[-1]}; got {got}.',
                       f'应为由你所选选项的字母组成的字符串，字母从{options[0]}到{options[-1]}；'
                       f'得到的是{got}。')
    return letters


@ex7.checks
def _(answer):
    letters = _expect_letters(answer, OPTIONS_7)
    right = set(ex7.oracle())
    wrong = sorted(letters - right)
    if wrong:
        raise Wrong(' '.join(CHOICES_7[c]['en'] for c in wrong),
                    ''.join(CHOICES_7[c]['zh'] for c in wrong))
    if letters != right:
        raise Wrong('Each option you chose does counter overfitting, but another of the options '
                    'does too.', '你选的每个选项确实都能应对过拟合，但还有别的选项也可以。')


for _letters in ('a', 'abc', 'de', 'abe'):
    ex7.wrong(f'choice {_letters}')(lambda c=_letters: c)


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('Weight decay in Bayesian terms', '贝叶斯统计中的权重衰减'),
    T('Which concept of Bayesian statistics does weight decay correspond to? Minimising the '
      'squared loss alone is maximum likelihood estimation (最大似然估计) for labels with Gaussian '
      'noise; the penalty $\\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$ adds one more term, as if to '
      '$-\\log$ of one more probability.\n\n'
      '(a) the likelihood $p(\\text{labels} \\mid \\mathbf{w})$ &nbsp; '
      '(b) a prior (先验) $p(\\mathbf{w})$: each weight normally distributed around 0 &nbsp; '
      '(c) the posterior (后验) $p(\\mathbf{w} \\mid \\text{labels})$ &nbsp; '
      '(d) the evidence $p(\\text{labels})$',
      '权重衰减对应贝叶斯统计里的哪个概念？只最小化平方损失，就是对带高斯噪声的标签做最大似然估计'
      '（maximum likelihood estimation）；惩罚项$\\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$则多加了'
      '一项，仿佛又加上了另一个概率的$-\\log$。\n\n'
      '(a) 似然$p(\\text{labels} \\mid \\mathbf{w})$ &nbsp; '
      '(b) 先验（prior）$p(\\mathbf{w})$：每个权重服从以0为均值的正态分布 &nbsp; '
      '(c) 后验（posterior）$p(\\mathbf{w} \\mid \\text{labels})$ &nbsp; '
      '(d) 证据$p(\\text{labels})$'),
    book=['3.12.2'],
    hints=[T('The penalty does not involve the data at all, only $\\mathbf{w}$. Of which of these '
             'is $\\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$ the $-\\log$, up to a constant?',
             '惩罚项完全不涉及数据，只涉及$\\mathbf{w}$。不计一个常数的话，'
             '$\\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$是哪一个的$-\\log$？'),
           T('Bayes\' rule: posterior ∝ likelihood × prior, so $-\\log p(\\mathbf{w} \\mid '
             '\\text{labels}) = -\\log p(\\text{labels} \\mid \\mathbf{w}) - \\log p(\\mathbf{w}) + C$. And '
             'for a normal density with mean 0 and variance $\\tau^2$, $-\\log p(w_j) = w_j^2 / (2\\tau^2) + '
             'C$, with $C$ a constant.',
             '贝叶斯公式：后验 ∝ 似然 × 先验，所以$-\\log p(\\mathbf{w} \\mid \\text{labels}) = -\\log '
             'p(\\text{labels} \\mid \\mathbf{w}) - \\log p(\\mathbf{w}) + C$。而对于均值为0、方差为$\\tau^2$'
             '的正态分布密度，$-\\log p(w_j) = w_j^2 / (2\\tau^2) + C$，其中$C$为常数。')],
    explanation=T(
        'By Bayes\' rule $p(\\mathbf{w} \\mid \\text{labels}) \\propto p(\\text{labels} \\mid '
        '\\mathbf{w})\\,p(\\mathbf{w})$. Its $-\\log$ is the squared loss (scaled, for Gaussian '
        'noise) plus $-\\log p(\\mathbf{w})$, and with the prior $\\mathcal{N}(0, \\tau^2)$ on each '
        'weight that is $\\|\\mathbf{w}\\|^2 / (2\\tau^2)$ plus a constant: the L2 penalty, as the '
        'output shows for two weight vectors. Minimising the loss plus the penalty is maximising '
        'the posterior (maximum a posteriori estimation, 最大后验估计): weight decay is a prior '
        'belief that the weights are small, and the larger $\\lambda$, the narrower that prior. '
        'The L1 penalty is a Laplace prior in the same way, sharply peaked at 0, which is why it '
        'prefers weights of exactly 0.',
        '由贝叶斯公式，'
        '$p(\\mathbf{w} \\mid \\text{labels}) \\propto p(\\text{labels} \\mid \\mathbf{w})\\,p(\\'
        'mathbf{w})$。它的$-\\log$是（对高斯噪声而言经过缩放的）平方损失加上'
        '$-\\log p(\\mathbf{w})$；当每个权重的先验为$\\mathcal{N}(0, \\tau^2)$时，'
        '后者就是$\\|\\mathbf{w}\\|^2 / (2\\tau^2)$加上一个常数，即L2范数惩罚项，'
        '正如输出对两个权重向量所显示的。最小化损失加惩罚项，就是最大化后验（最大后验估计，'
        'maximum a posteriori estimation）：权重衰减是一个“权重很小”的先验信念，$\\lambda$越大，'
        '这个先验越窄。同样地，L1范数惩罚项对应拉普拉斯先验，它在0处有一个尖峰，'
        '这就是它偏爱恰好为0的权重的原因。'))


@ex8.solves
def which_concept():
    tau = 0.1  # a normal prior N(0, tau^2) on each weight

    def neg_log_prior(w):
        return (w ** 2 / (2 * tau ** 2) + np.log(np.sqrt(2 * np.pi) * tau)).sum()

    for w in (np.array([0.3, -0.2]), np.array([1.0, 2.0, -0.5])):
        print(f'w = {w}: -log p(w) + log p(0) = {neg_log_prior(w) - neg_log_prior(0 * w):.4f}, '
              f'l2_penalty(w) / tau^2 = {(w ** 2).sum() / 2 / tau ** 2:.4f}')
    return 'b'  # the prior: -log p(w) is the L2 penalty (lambda = 1 / tau^2) plus a constant


CHOICES_8 = {
    'a': T('The likelihood is the squared loss\'s part (for Gaussian noise): it is about the labels '
           'given w, while the penalty does not involve the data at all.',
           '似然对应的是平方损失那一部分（对高斯噪声而言）：它关乎给定w时的标签，而惩罚项完全不涉及数据。'),
    'c': T('The posterior is likelihood × prior: minimising the loss plus the penalty maximises it, '
           'but the penalty alone is only one of its two factors.',
           '后验是似然 × 先验：最小化损失加惩罚项就是最大化后验，但惩罚项本身只是它两个因子中的一个。'),
    'd': T('The evidence p(labels) does not depend on w at all, so it cannot change which w is '
           'best.', '证据p(labels)完全不依赖于w，所以它不可能改变哪个w最好。'),
}
ex8.choice(CHOICES_8)


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('The width of the prior', '先验的宽度'),
    T('Put numbers on exercise 8. Let the label noise be $\\mathcal{N}(0, \\sigma^2)$ with '
      '$\\sigma = 0.01$, as in the lesson\'s data, and give each weight the distribution '
      '$\\mathcal{N}(0, \\tau^2)$ before any data is seen. For which standard deviation $\\tau$ '
      'does minimising the lesson\'s loss $\\frac{1}{n}\\sum_{i=1}^n \\frac{1}{2}(\\hat y^{(i)} - '
      'y^{(i)})^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$, with $n = 20$ and $\\lambda = 3$, give '
      'the same $\\mathbf{w}$ as maximising the probability of $\\mathbf{w}$ given the labels? '
      'Compare $\\tau$ with the true weights, 0.01.',
      '为练习8代入具体的数值。设标签噪声为$\\mathcal{N}(0, \\sigma^2)$，$\\sigma = 0.01$，'
      '与本节的数据相同；在看到任何数据之前，每个权重服从$\\mathcal{N}(0, \\tau^2)$。'
      '标准差$\\tau$为多少时，最小化本节的损失'
      '$\\frac{1}{n}\\sum_{i=1}^n \\frac{1}{2}(\\hat y^{(i)} - y^{(i)})^2 + \\frac{\\lambda}{2}\\'
      '|\\mathbf{w}\\|^2$（$n = 20$，$\\lambda = 3$）与最大化给定标签时$\\mathbf{w}$的概率得到相'
      '同的$\\mathbf{w}$？把$\\tau$与真实的权重0.01相比较。'),
    """answer = ...  # tau, a number

ex[9].check(answer)""", book=['3.12.2'],
    what=T('Set answer to your value of τ, then run the cell again.',
           '把answer设为你得到的τ，然后再运行这个单元格。'),
    hints=[T('Write $-\\log$ of likelihood × prior for the 20 labels: '
             '$\\frac{1}{2\\sigma^2}\\sum_i (\\hat y^{(i)} - y^{(i)})^2 + '
             '\\frac{1}{2\\tau^2}\\|\\mathbf{w}\\|^2$ plus a constant. By which number must the '
             'lesson\'s loss be multiplied for its first term to be the same?',
             '写出20个标签的似然 × 先验的$-\\log$：$\\frac{1}{2\\sigma^2}\\sum_i (\\hat y^{(i)} - '
             'y^{(i)})^2 + \\frac{1}{2\\tau^2}\\|\\mathbf{w}\\|^2$加上一个常数。本节的损失要乘以哪个数，'
             '它的第一项才与此相同？'),
           T('Multiplied by $n / \\sigma^2$, the lesson\'s loss becomes '
             '$\\frac{1}{2\\sigma^2}\\sum_i (\\hat y^{(i)} - y^{(i)})^2 + '
             '\\frac{n\\lambda}{2\\sigma^2}\\|\\mathbf{w}\\|^2$, with the same minimiser. So '
             '$1/\\tau^2 = n\\lambda/\\sigma^2$: `sigma / (n * lambd) ** 0.5`.',
             '乘以$n / \\sigma^2$之后，本节的损失变为$\\frac{1}{2\\sigma^2}\\sum_i (\\hat y^{(i)} - '
             'y^{(i)})^2 + \\frac{n\\lambda}{2\\sigma^2}\\|\\mathbf{w}\\|^2$，最小值点不变。所以'
             '$1/\\tau^2 = n\\lambda/\\sigma^2$：`sigma / (n * lambd) ** 0.5`。')],
    explanation=T(
        '$\\tau = \\sigma / \\sqrt{n\\lambda} = 0.01 / \\sqrt{60} \\approx 0.0013$: a prior that '
        'expects weights about eight times smaller than the true 0.01, which is why $\\lambda = 3$ '
        'leaves the lesson\'s weights far smaller than the true ones (a norm of a few hundredths, '
        'against the true 0.14). The output checks the correspondence: on 20 examples drawn like '
        'the lesson\'s, the minimiser of the lesson\'s loss (the bias not penalised) and the most '
        'probable $\\mathbf{w}$ given the labels, both solved exactly, agree to rounding. Because '
        'the lesson\'s loss is a mean over the examples, the same $\\lambda$ is a narrower prior '
        'the more examples there are: to keep the prior, $\\lambda$ must shrink as $1/n$.',
        '$\\tau = \\sigma / \\sqrt{n\\lambda} = 0.01 / \\sqrt{60} \\approx 0.0013$：这个先验预期权重比真实的'
        '0.01小约八倍，这就是$\\lambda = 3$使本节的权重远小于真实权重的原因（范数为零点零几，而真实权重的范数'
        '为0.14）。输出验证了这个对应关系：在20个按本节方式生成的样本上，本节损失（偏差不受惩罚）的最小值点与'
        '给定标签时最可能的$\\mathbf{w}$，两者都精确求解，在舍入误差内一致。由于本节的损失是对样本取平均，同一个'
        '$\\lambda$在样本越多时对应的先验越窄：要保持先验不变，$\\lambda$必须按$1/n$缩小。'))


@ex9.solves
def prior_standard_deviation():
    n, sigma, lambd = 20, 0.01, 3
    tau = sigma / (n * lambd) ** 0.5  # the lesson's loss times n / sigma^2: 1 / tau^2 = n lambd / sigma^2
    # both minimisers exactly, on examples like the lesson's: a column of ones for the bias b
    rng = np.random.RandomState(0)
    X = np.hstack([rng.normal(size=(n, 200)), np.ones((n, 1))])
    y = X[:, :200].sum(axis=1) * 0.01 + 0.05 + rng.normal(scale=sigma, size=n)
    penalised = np.diag([1.0] * 200 + [0.0])  # the bias is not penalised
    w_decay = np.linalg.solve(X.T @ X / n + lambd * penalised, X.T @ y / n)
    w_map = np.linalg.solve(X.T @ X / sigma ** 2 + penalised / tau ** 2, X.T @ y / sigma ** 2)
    print(f'tau = {tau:.5f}; weight decay and the most probable w differ by at most '
          f'{np.abs(w_decay - w_map).max():.1e} (their norm: {np.linalg.norm(w_decay[:200]):.4f})')
    return tau


_TAU_MISTAKES = [
    (lambda s, n, lam: s / lam ** 0.5,
     T('That is the prior for a loss summed over the examples; the lesson\'s loss is their mean, '
       'which makes the penalty weigh n times more against the data.',
       '这是对样本求和的损失所对应的先验；本节的损失是对样本取平均，这使惩罚项相对于数据的分量重了n倍。')),
    (lambda s, n, lam: 1 / (n * lam) ** 0.5,
     T('The noise is missing: the likelihood of Gaussian noise is exp(-(ŷ - y)² / (2σ²)), so the '
       'data\'s term of -log(likelihood × prior) carries 1/σ².',
       '漏掉了噪声：高斯噪声的似然为exp(-(ŷ - y)² / (2σ²))，所以-log(似然 × 先验)中数据那一项带有1/σ²。')),
    (lambda s, n, lam: 1 / lam ** 0.5,
     T('Both the noise σ and the number of examples n are missing: -log(likelihood × prior) has '
       '1/σ² in its data term, and the lesson\'s loss is a mean over n examples.',
       '噪声σ和样本数n都漏掉了：-log(似然 × 先验)的数据项带有1/σ²，而本节的损失是对n个样本取平均。')),
    (lambda s, n, lam: s ** 2 / (n * lam),
     T('That looks like a variance, τ²: the question asks for the standard deviation τ.',
       '这看起来是方差τ²：题目问的是标准差τ。')),
    (lambda s, n, lam: s * (2 / (n * lam)) ** 0.5,
     T('Off by a factor √2: mind the ½ both in the lesson\'s squared loss and in the exponent of a '
       'normal density.', '差了√2倍：注意本节平方损失中的½，以及正态分布密度指数中的½。')),
    (lambda s, n, lam: s * (n * lam) ** 0.5,
     T('Upside down: a larger λ must mean a narrower prior, a smaller τ.',
       '颠倒了：λ越大，先验应当越窄，即τ越小。')),
]


@ex9.checks
def _(answer):
    tau = expect_number(answer, 'answer')
    oracle = ex9.oracle()
    if not np.isfinite(tau) or tau <= 0:
        raise Wrong('A standard deviation is a positive number.', '标准差是一个正数。')
    if abs(tau - oracle) <= 0.02 * oracle:
        return
    for mistake, why in _TAU_MISTAKES:
        if abs(tau - mistake(0.01, 20, 3)) <= 0.03 * mistake(0.01, 20, 3):
            raise Wrong(why['en'], why['zh'])
    if tau > oracle:
        raise Wrong('That prior is wider than the one weight decay with λ = 3 amounts to: match '
                    '-log(likelihood × prior) term by term with the lesson\'s loss times n/σ².',
                    '这个先验比λ = 3的权重衰减所对应的先验更宽：把-log(似然 × 先验)与本节损失的'
                    'n/σ²倍逐项对照。')
    raise Wrong('That prior is narrower than the one weight decay with λ = 3 amounts to: match '
                '-log(likelihood × prior) term by term with the lesson\'s loss times n/σ².',
                '这个先验比λ = 3的权重衰减所对应的先验更窄：把-log(似然 × 先验)与本节损失的n/σ²倍'
                '逐项对照。')


for _value, _why in ((0.01 / 3 ** 0.5, 'the n of the mean forgotten'),
                     (1 / 60 ** 0.5, 'the noise variance forgotten'),
                     (1e-4 / 60, 'the variance, not the standard deviation'),
                     (0.01, 'the true weights, not the prior')):
    ex9.wrong(_why)(lambda v=_value: v)
