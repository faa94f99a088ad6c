"""Lesson 02, linear regression with Gluon: the exercises."""
import inspect

import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_ndarray, is_number, kind
from .lesson01 import generate_data

EXERCISES, exercise = lesson()


# --- what the solutions share: the lesson's data, model and training loop -----------------------

def new_model(initializer=None):
    """The lesson's model, nn.Dense(1) in an nn.Sequential, initialised as the lesson does (or with
    the initializer given)."""
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(initializer or init.Normal(sigma=0.01))
    return net


def train_gluon(net, features, labels, lr, num_epochs, batch_size=10):
    """The lesson's training loop: L2Loss, a Trainer with SGD, trainer.step(batch_size)."""
    data_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), batch_size, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
    loss = gloss.L2Loss()
    for epoch in range(num_epochs):
        for X, y in data_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
    return net


def analytic_solution(features, labels):
    """theta* = [w1, w2, b], by np.linalg.lstsq as in the lesson."""
    X1 = np.hstack([features.asnumpy().astype('float64'), np.ones((len(features), 1))])
    return np.linalg.lstsq(X1, labels.asnumpy().astype('float64'), rcond=None)[0]


def distance(net, theta_star):
    """The largest |theta - theta*| of the model's [w1, w2, b]."""
    dense = net[0]
    theta = np.append(dense.weight.data().asnumpy(), dense.bias.data().asnumpy()).astype('float64')
    return np.abs(theta - theta_star).max()


def _names(answer, options, what, what_zh, aliases=None):
    """The learner's set of names among options: strings ('L2Loss', 'gloss.L2Loss', 'init.Zero()'),
    classes or instances; Unusable for anything else."""
    listed = ', '.join(options)
    if isinstance(answer, (str, bytes)) or not isinstance(answer, (set, frozenset, list, tuple)):
        raise Unusable(f"Expected a set of names of {what}, written {{'...', '...'}}; got {kind(answer)}.",
                       f"应为由{what_zh}的名字构成的集合，写作{{'...', '...'}}；得到的是{kind(answer, 'zh')}。")
    by_lower = {o.lower(): o for o in options}
    names = set()
    for item in answer:
        if isinstance(item, str):
            name = item.strip().split('(')[0].strip().split('.')[-1]
        elif inspect.isclass(item):
            name = item.__name__
        elif isinstance(item, (gloss.Loss, init.Initializer)):
            name = type(item).__name__
        else:
            raise Unusable(f'Your set holds {kind(item)}: expected the names of {what}, as strings.',
                           f'你的集合里有{kind(item, "zh")}：应为{what_zh}的名字（字符串）。')
        name = (aliases or {}).get(name, name)
        if name.lower() not in by_lower:
            raise Unusable(f'{item!r} is not one of the listed {what}: {listed}.',
                           f'{item!r}不是所列的{what_zh}之一：{listed}。')
        names.add(by_lower[name.lower()])
    if not names:
        raise Unusable(f'Your set is empty: name the {what} that fit.', f'你的集合是空的：写出合适的{what_zh}的名字。')
    return names


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('The mean loss and trainer.step', '平均损失与trainer.step'),
    T('In the lesson\'s loop, replace `l = loss(net(X), y)` by `l = loss(net(X), y).mean()`. What '
      'must change in `trainer.step(batch_size)` for training to behave the same? Write '
      '`train_step(net, trainer, loss, X, y)`: one step of the loop on the mini-batch `X, y`, with '
      'the loss averaged by `.mean()`, that moves the parameters exactly as the lesson\'s step '
      'does. Then try it in the training loop.',
      '在本节的训练循环中，把`l = loss(net(X), y)`换成`l = loss(net(X), y).mean()`。'
      '`trainer.step(batch_size)`需要怎样修改，训练才会和原来一样？写出`train_step(net, trainer, loss, X, y)`：'
      '在小批量`X, y`上执行训练循环的一步，损失用`.mean()`取平均，并且让参数的移动与本节的一步完全相同。'
      '然后在训练循环中试一试。'),
    """def train_step(net, trainer, loss, X, y):
    ...  # your code: one step on the mini-batch X, y, with the loss averaged by .mean()

ex[1].check(train_step)""", kind='function', book=['3.3.1'],
    what=T('Write the body of train_step above, then run the cell again.',
           '在上面写出train_step的函数体，然后再运行这个单元格。'),
    hints=[T('What does `trainer.step(batch_size)` do to the gradient before it updates the '
             'parameters? And what has `.mean()` already done to it?',
             '`trainer.step(batch_size)`在更新参数之前对梯度做了什么？`.mean()`又已经对梯度做了什么？'),
           T('`trainer.step(n)` divides the gradient by `n`, as the previous lesson\'s `sgd` divided by '
             '`batch_size`. The gradient of the mean is the gradient of the sum already divided by the '
             'batch size: under `autograd.record()` compute `l = loss(net(X), y).mean()`, call '
             '`l.backward()`, then step with the `n` that leaves the gradient as it is.',
             '`trainer.step(n)`把梯度除以`n`，就像上一节的`sgd`除以`batch_size`那样。平均损失的梯度就是'
             '损失之和的梯度已经除以了批量大小：在`autograd.record()`下计算`l = loss(net(X), y).mean()`，'
             '调用`l.backward()`，然后用一个使梯度保持不变的`n`来迈出这一步。')],
    explanation=T(
        '`trainer.step(batch_size)` scales the gradient by 1/batch_size before the SGD update, as '
        'the previous lesson\'s `sgd` did. The gradient of the mean loss is already the gradient '
        'of the sum divided by the batch size, so dividing again would make every step 10 times '
        'shorter, like a learning rate of 0.003. With `.mean()`, `trainer.step(1)` gives exactly the '
        'lesson\'s steps, on a batch of any size: the mean divides by the number of examples the '
        'batch really has, even a short last batch. Put into the lesson\'s loop, `train_step(net, '
        'trainer, loss, X, y)` in place of its three lines trains exactly as before.',
        '`trainer.step(batch_size)`在SGD更新之前把梯度乘以1/batch_size，和上一节的`sgd`一样。平均损失的'
        '梯度已经是损失之和的梯度除以批量大小，所以再除一次会使每一步都短10倍，相当于学习率0.003。用了'
        '`.mean()`之后，`trainer.step(1)`给出的步长与本节的完全相同，而且对任何大小的批量都成立：平均值除以的是'
        '批量中实际的样本数，哪怕是最后一个不满的批量。把`train_step(net, trainer, loss, X, y)`放进本节的训练'
        '循环，代替那三行代码，训练结果和原来完全一样。'))


@ex1.solves
def train_step(net, trainer, loss, X, y):
    with autograd.record():
        l = loss(net(X), y).mean()  # the mean: the gradient is already divided by the batch size
    l.backward()
    trainer.step(1)  # so the trainer must not divide it again


def _twin_models(rng):
    """Two models with the same parameters: the lesson's step on one, the learner's on the other."""
    weight, bias = nd.array(rng.normal(size=(1, 2))), nd.array(rng.normal(size=(1,)))
    nets = []
    for _ in range(2):
        net = nn.Sequential()
        net.add(nn.Dense(1, in_units=2))
        net.initialize()
        net[0].weight.set_data(weight)
        net[0].bias.set_data(bias)
        nets.append(net)
    return nets


def _parameters(net):
    return np.append(net[0].weight.data().asnumpy(), net[0].bias.data().asnumpy()).astype('float64')


@ex1.checks
def _(answer):
    f = expect_function(answer, 'train_step')
    rng = np.random.RandomState(1)
    loss = gloss.L2Loss()
    for n in (10, 7):
        X, y = nd.array(rng.normal(size=(n, 2))), nd.array(rng.normal(size=n))
        reference, net = _twin_models(rng)
        start = _parameters(net)
        trainer = gluon.Trainer(reference.collect_params(), 'sgd', {'learning_rate': 0.03})
        with autograd.record():
            l = loss(reference(X), y)
        l.backward()
        trainer.step(n)  # the lesson's step
        expected = _parameters(reference) - start
        trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.03})
        steps, step = [], trainer.step

        def recording_step(batch_size, ignore_stale_grad=False):
            steps.append(batch_size)
            return step(batch_size, ignore_stale_grad)

        trainer.step = recording_step
        call(f, net, trainer, loss, X, y, when=T(f'given a mini-batch of {n} examples', f'输入{n}个样本的小批量'))
        moved = _parameters(net) - start
        if not np.abs(moved).max() > 0:
            raise Wrong('After train_step the parameters have not moved: does it call l.backward() and '
                        'trainer.step(...)?', '执行train_step之后参数没有动：它调用l.backward()和'
                        'trainer.step(...)了吗？')
        if np.abs(moved - expected).max() > 1e-4 * np.abs(expected).max():
            ratio = np.linalg.norm(moved) / np.linalg.norm(expected)
            if abs(ratio * n - 1) < 0.05:
                raise Wrong(f'On a mini-batch of {n} examples its step is {n} times shorter than the '
                            "lesson's: the gradient of the mean is already divided by the batch size. What "
                            'does trainer.step(batch_size) do to it?',
                            f'在{n}个样本的小批量上，它的一步比本节的短{n}倍：平均损失的梯度已经除以了批量大小。'
                            'trainer.step(batch_size)又对它做了什么？')
            if abs(ratio / n - 1) < 0.05:
                raise Wrong(f'On a mini-batch of {n} examples its step is {n} times longer than the '
                            "lesson's: is the loss averaged with .mean() before backward()?",
                            f'在{n}个样本的小批量上，它的一步比本节的长{n}倍：在backward()之前用.mean()对损失'
                            '取平均了吗？')
            raise Wrong(f"On a mini-batch of {n} examples it moves the parameters differently from the "
                        f"lesson's step ({ratio:.2g} times as far): one step of the loop is a forward pass "
                        'under autograd.record(), backward() and one trainer.step(...).',
                        f'在{n}个样本的小批量上，它移动参数的方式与本节的一步不同'
                        f'（移动距离是本节的{ratio:.2g}倍）：训练循环的一步是在autograd.record()下做一次'
                        '正向传播，调用backward()，再调用一次'
                        'trainer.step(...)。')
        if steps and steps[-1] != 1 and steps[-1] == n:
            raise Wrong("It moves the parameters as the lesson's step does, but with trainer.step(batch_size): "
                        'that is the lesson\'s loop as it stands, the loss summed. The exercise asks for the '
                        'loss averaged with .mean().',
                        '它移动参数的方式与本节的一步相同，但用的是trainer.step(batch_size)：'
                        '这就是本节原来的训练循环，损失是求和的。这道练习要求用.mean()对损失取平均。')


@ex1.wrong('the mean, with trainer.step(batch_size) unchanged: steps 10 times too short')
def _():
    def f(net, trainer, loss, X, y):
        with autograd.record():
            l = loss(net(X), y).mean()
        l.backward()
        trainer.step(len(X))
    return f


@ex1.wrong('the sum with trainer.step(1): steps 10 times too long')
def _():
    def f(net, trainer, loss, X, y):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(1)
    return f


@ex1.wrong("the lesson's step unchanged: the sum with trainer.step(batch_size)")
def _():
    def f(net, trainer, loss, X, y):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(len(X))
    return f


@ex1.wrong('no backward(): the trainer has no gradient to step with')
def _():
    def f(net, trainer, loss, X, y):
        with autograd.record():
            loss(net(X), y).mean()
        trainer.step(1)
    return f


# --- 2 ------------------------------------------------------------------------------------------

LOSSES = ('L2Loss', 'L1Loss', 'HuberLoss', 'SoftmaxCrossEntropyLoss', 'SigmoidBinaryCrossEntropyLoss',
          'HingeLoss', 'LogisticLoss')
LOSS_ALIASES = {'SoftmaxCELoss': 'SoftmaxCrossEntropyLoss', 'SigmoidBCELoss': 'SigmoidBinaryCrossEntropyLoss'}

ex2 = exercise(
    T('Which losses fit linear regression', '哪些损失函数适用于线性回归'),
    T('`gluon.loss` offers many losses besides `L2Loss`. Which of these fit linear regression, '
      'whose labels are real numbers that the output should equal: `L2Loss`, `L1Loss`, '
      '`HuberLoss`, `SoftmaxCrossEntropyLoss`, `SigmoidBinaryCrossEntropyLoss`, `HingeLoss`, '
      '`LogisticLoss`? Read their documentation (`help(gloss.HuberLoss)`), or try each on a few '
      'predictions and real-valued labels. Answer with the set of their names.',
      '除了`L2Loss`，`gluon.loss`还提供了许多损失函数。线性回归的标签是实数，输出应当等于标签；下面这些损失函数'
      '中哪些适用于线性回归：`L2Loss`、`L1Loss`、`HuberLoss`、`SoftmaxCrossEntropyLoss`、'
      '`SigmoidBinaryCrossEntropyLoss`、`HingeLoss`、`LogisticLoss`？读一读它们的文档（`help(gloss.HuberLoss)`），'
      '或者在几个预测值和实数标签上逐个试一试。答案写成由这些名字构成的集合。'),
    """answer = ...  # a set of names, such as {'...', '...'}

ex[2].check(answer)""", book=['3.3.2'],
    what=T('Set answer to the set of names, then run the cell again.',
           '把answer设为名字的集合，然后再运行这个单元格。'),
    hints=[T('A loss for regression is 0 where the prediction equals the label and grows as the two '
             'move apart, for any real label. Try each one: `gloss.HingeLoss()(nd.array([[3.7], '
             '[4.7]]), nd.array([3.7, 3.7]))` gives the loss of a prediction equal to the label 3.7, '
             'and of one 1 above it.',
             '用于回归的损失函数在预测值等于标签处为0，两者相差越远损失越大，而且对任何实数标签都如此。逐个试一试：'
             '`gloss.HingeLoss()(nd.array([[3.7], [4.7]]), nd.array([3.7, 3.7]))`给出预测值等于标签3.7时的'
             '损失，以及比标签大1时的损失。'),
           T('The losses for classification (分类) expect labels of another kind, class indices '
             '(`SoftmaxCrossEntropyLoss`), 0 or 1 (`SigmoidBinaryCrossEntropyLoss`), −1 or 1 '
             '(`HingeLoss`, `LogisticLoss`), and read the output as a score rather than as a '
             'prediction of the label itself. What is left?',
             '用于分类（classification）的损失函数要求的是另一种标签：类别索引（`SoftmaxCrossEntropyLoss`）、'
             '0或1（`SigmoidBinaryCrossEntropyLoss`）、−1或1（`HingeLoss`、`LogisticLoss`），并且把输出当作'
             '一个得分，而不是对标签本身的预测。剩下的是哪些？')],
    explanation=T(
        '`L2Loss`, `L1Loss` and `HuberLoss` are 0 exactly where the prediction equals the label and '
        'grow as the two part, for any real label, as the solution\'s table shows: each can train '
        'linear regression. `L2Loss`, the squared loss, is the lesson\'s, and the maximum '
        'likelihood loss for Gaussian noise; `L1Loss`, $|\\hat{y} - y|$, is swayed less by outliers '
        '(it fits the median rather than the mean); `HuberLoss` is squared near 0 and absolute '
        'beyond `rho`, between the two. The other four are for classification: they read the label '
        'as a class index, as 0 or 1, or as ±1, and the output as a score. With a real-valued label '
        'they are 0 everywhere, negative, or smallest somewhere other than at the label.',
        '`L2Loss`、`L1Loss`和`HuberLoss`恰好在预测值等于标签处为0，两者相差越远损失越大，而且对任何实数标签都'
        '如此，正如解答中的表格所示：它们都可以用来训练线性回归。`L2Loss`即平方损失，是本节所用的，也是高斯噪声下'
        '的最大似然损失；`L1Loss`即$|\\hat{y} - y|$，受异常值的影响较小（它拟合的是中位数而不是均值）；'
        '`HuberLoss`在0附近是平方，超过`rho`之后是绝对值，介于两者之间。其余四个用于分类：它们把标签读作类别'
        '索引、0或1、±1，把输出读作得分。对实数标签，它们要么处处为0，要么为负，要么最小值不在标签处。'))


@ex2.solves
def losses_that_fit_regression():
    y = nd.array([3.7, -1.2, 0.5])  # real-valued labels
    shifts = (-1, -0.1, 0, 0.1, 1)  # prediction minus label
    print(f'{"loss":30} mean loss at prediction - label = {shifts}')
    fits = set()
    for name in ('L2Loss', 'L1Loss', 'HuberLoss', 'SoftmaxCrossEntropyLoss', 'SigmoidBinaryCrossEntropyLoss',
                 'HingeLoss', 'LogisticLoss'):
        loss = getattr(gloss, name)()
        values = [loss((y + shift).reshape((-1, 1)), y).asnumpy() for shift in shifts]
        zero_at_label = np.abs(values[2]).max() < 1e-6
        positive_elsewhere = all((v > 1e-6).all() for i, v in enumerate(values) if shifts[i] != 0)
        if zero_at_label and positive_elsewhere:  # smallest exactly where the prediction is the label
            fits.add(name)
        print(f'{name:30}', [round(float(v.mean()), 3) for v in values], '<- fits' if name in fits else '')
    return fits


WHY_NOT_2 = {
    'SoftmaxCrossEntropyLoss': T(
        'SoftmaxCrossEntropyLoss reads the label as a class index and the outputs as the scores of '
        'the classes: with the one output of linear regression it is 0 for every prediction, and '
        'pulls it nowhere.',
        'SoftmaxCrossEntropyLoss把标签读作类别索引，把输出读作各个类别的得分：线性回归只有一个输出，对任何预测'
        '值它都为0，不会把预测值往任何方向拉。'),
    'SigmoidBinaryCrossEntropyLoss': T(
        'SigmoidBinaryCrossEntropyLoss expects labels 0 or 1 and turns the output into a '
        'probability: for a label like 3.7 it keeps falling as the prediction grows, below 0, with '
        'no minimum at the label.',
        'SigmoidBinaryCrossEntropyLoss要求标签为0或1，并把输出变成概率：对3.7这样的标签，预测值越大它就越小，'
        '一直降到0以下，在标签处并没有最小值。'),
    'HingeLoss': T(
        'HingeLoss is for labels −1 and 1, classification by the sign of the output: it is 0 for '
        'every prediction beyond its margin, wherever the label lies.',
        'HingeLoss用于标签为−1和1、按输出的符号分类的情形：只要预测值越过了间隔，无论标签在哪里，它都为0。'),
    'LogisticLoss': T(
        'LogisticLoss is for labels −1 and 1 (or 0 and 1): it keeps falling as the output grows in '
        'the direction of the label, with no minimum at the label.',
        'LogisticLoss用于标签为−1和1（或0和1）的情形：输出越往标签的方向增大，它就越小，在标签处并没有'
        '最小值。'),
}


@ex2.checks
def _(answer):
    chosen = _names(answer, LOSSES, 'losses', '损失函数', LOSS_ALIASES)
    fits = ex2.oracle()
    for name in LOSSES:
        if name in chosen and name not in fits:
            why = WHY_NOT_2.get(name, T(f'{name} is not smallest where the prediction equals a real-valued label.',
                                        f'{name}并不是在预测值等于实数标签处最小。'))
            raise Wrong(why['en'], why['zh'])
    if fits - chosen:
        raise Wrong('At least one loss of the list that fits regression is missing from your set: which of '
                    'them are smallest exactly where the prediction equals a real-valued label?',
                    '你的集合漏掉了列表中至少一个适用于回归的损失函数：其中哪些恰好在预测值等于实数标签处最小？')


ex2.wrong('only the lesson\'s L2Loss')(lambda: {'L2Loss'})
ex2.wrong('the regression losses and the softmax loss the next lessons use')(
    lambda: {'L2Loss', 'L1Loss', 'HuberLoss', 'SoftmaxCrossEntropyLoss'})
ex2.wrong('every loss of the list')(lambda: set(LOSSES))
ex2.wrong('the losses whose name does not say cross-entropy')(
    lambda: {'L2Loss', 'L1Loss', 'HuberLoss', 'HingeLoss', 'LogisticLoss'})


# --- 3 ------------------------------------------------------------------------------------------

INITIALIZERS = ('Zero', 'One', 'Normal', 'Uniform', 'Xavier', 'Constant')

ex3 = exercise(
    T('Which initialisers fit linear regression', '哪些初始化方法适用于线性回归'),
    T('`init` offers many initialisers besides `Normal`. Which of these starting points bring the '
      'lesson\'s model, trained as in the lesson (3 epochs, learning rate 0.03, batch size 10), '
      'within 0.005 of the analytic solution, as the self-check asks: `init.Zero()`, `init.One()`, '
      '`init.Normal(sigma=0.01)`, `init.Uniform(scale=0.07)`, `init.Xavier()`, '
      '`init.Constant(1000)`? (An initialiser sets the weight; the bias starts at 0 in every '
      'case.) Answer with the set of their class names.',
      '除了`Normal`，`init`还提供了许多初始化方法。从下面哪些起点出发，像本节那样训练（3个迭代周期，学习率0.03，'
      '批量大小10）之后，本节的模型能与解析解相差不超过0.005（正如自测所要求的）：`init.Zero()`、`init.One()`、'
      '`init.Normal(sigma=0.01)`、`init.Uniform(scale=0.07)`、`init.Xavier()`、`init.Constant(1000)`？'
      '（初始化方法设定的是权重；偏差在每种情况下都从0开始。）答案写成由这些类名构成的集合。'),
    """answer = ...  # a set of class names, such as {'...', '...'}

ex[3].check(answer)""", book=['3.3.2'], solution_seconds=7,
    what=T('Set answer to the set of class names, then run the cell again.',
           '把answer设为类名的集合，然后再运行这个单元格。'),
    hints=[T('Linear regression\'s loss is a bowl with a single minimum. What can the starting point '
             'change, other than how far training has to go? How far is each start from '
             '$\\boldsymbol{\\theta}^* \\approx [2, -3.4, 4.2]$?',
             '线性回归的损失是一个只有一个极小值点的碗。除了训练要走多远之外，起点还能改变什么？每个起点离'
             '$\\boldsymbol{\\theta}^* \\approx [2, -3.4, 4.2]$有多远？'),
           T('Each step at learning rate 0.03 shrinks the distance to $\\boldsymbol{\\theta}^*$ by '
             'about 3% (features of variance 1), so 300 steps shrink it by a factor of about '
             '$0.97^{300} \\approx 10^{-4}$. Or try each: `net.initialize(init.One(), '
             'force_reinit=True)`, a new `Trainer`, the lesson\'s loop, then `gluon_to_analytic`.',
             '学习率为0.03的每一步使到$\\boldsymbol{\\theta}^*$的距离缩小约3%（特征方差为1），所以300步'
             '使它缩小为约$0.97^{300} \\approx 10^{-4}$倍。或者逐个试一试：`net.initialize(init.One(), '
             'force_reinit=True)`，新建一个`Trainer`，运行本节的训练循环，再算`gluon_to_analytic`。')],
    explanation=T(
        'Linear regression\'s loss is a bowl with one minimum, and each step at learning rate 0.03 '
        'shrinks the distance to it by about 3%: 300 steps shrink it about 10,000-fold, whatever '
        'the start. From zero, one, small random or Xavier weights the start is a few units away '
        '(the bias alone is 4.2 away), and three epochs end well within 0.005, as the solution '
        'prints. From `Constant(1000)` the start is 1000 away, and 10,000 times less still leaves a '
        'distance of the order of 0.1. Zero is fine here, because each weight has a feature of its '
        'own and nothing is symmetric. For a bowl the initialiser only sets the length of the road; '
        'for deep networks it decides much more (lesson 12).',
        '线性回归的损失是一个只有一个极小值点的碗，学习率为0.03的每一步使到最小值点的距离缩小约3%：无论从哪里'
        '出发，300步都使它缩小约10,000倍。从零、一、较小的随机数或Xavier权重出发，起点离最小值点只有几个单位'
        '（仅偏差就差4.2），三个迭代周期后都远在0.005以内，正如解答所打印的。从`Constant(1000)`出发，起点离'
        '最小值点约1000，缩小10,000倍后仍剩下0.1量级的距离。零初始化在这里没有问题，因为每个权重都有自己的'
        '特征，不存在对称性。对一个碗来说，初始化方法只决定路有多长；对深度网络，它决定的要多得多（第12节）。'))


@ex3.solves
def train_from_each_initialiser():
    features, labels = generate_data()
    theta_star = analytic_solution(features, labels)
    close = set()
    for initializer in (init.Zero(), init.One(), init.Normal(sigma=0.01), init.Uniform(scale=0.07),
                        init.Xavier(), init.Constant(1000)):
        net = train_gluon(new_model(initializer), features, labels, lr=0.03, num_epochs=3)
        name = type(initializer).__name__
        print(f'{name:8} after 3 epochs: largest |theta - theta*| = {distance(net, theta_star):.2g}')
        if distance(net, theta_star) < 0.005:
            close.add(name)
    return close


WHY_NOT_3 = {
    'Constant': T('`init.Constant(1000)` starts every weight at 1000, about 1000 from θ*: three epochs at '
                  'learning rate 0.03 shrink the distance about 10,000-fold, which does not bring such a '
                  'start within 0.005.',
                  '`init.Constant(1000)`让每个权重都从1000开始，离θ*约1000：以学习率0.03训练三个迭代周期，'
                  '距离缩小约10,000倍，不足以让这样的起点进入0.005以内。'),
}
CLOSE_3 = {'Zero', 'One', 'Normal', 'Uniform', 'Xavier'}  # what train_from_each_initialiser() finds


@ex3.checks
def _(answer):
    chosen = _names(answer, INITIALIZERS, 'initialisers', '初始化方法')
    for name in INITIALIZERS:
        if name in chosen and name not in CLOSE_3:
            raise Wrong(WHY_NOT_3[name]['en'], WHY_NOT_3[name]['zh'])
    if CLOSE_3 - chosen:
        raise Wrong('At least one initialiser that you left out trains the model to within 0.005 just as '
                    'well: for a loss shaped like a bowl, what can the starting point change, other than '
                    'how far training has to go?',
                    '你漏掉的初始化方法中，至少有一个同样能把模型训练到0.005以内：对于碗状的损失，除了训练要走多远'
                    '之外，起点还能改变什么？')


ex3.wrong('all but Zero (zero weights thought to stay symmetric)')(lambda: CLOSE_3 - {'Zero'})
ex3.wrong('all six, Constant(1000) included')(lambda: set(INITIALIZERS))
ex3.wrong("only the lesson's Normal")(lambda: {'Normal'})
ex3.wrong('only the random ones')(lambda: {'Normal', 'Uniform', 'Xavier'})


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('The gradient of dense.weight', 'dense.weight的梯度'),
    T('How do you read the gradient (梯度) of `dense.weight`? Write `weight_gradient(net, loss, X, '
      'y)`: it runs the lesson\'s forward and backward pass on the mini-batch `X, y` (`l = '
      'loss(net(X), y)` under `autograd.record()`, then `l.backward()`) and returns the gradient '
      'of the first layer\'s weight. The check compares it with the chain rule, '
      '$\\mathbf{X}^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})$ as in the previous lesson, in the shape of '
      'the weight.',
      '如何读取`dense.weight`的梯度（gradient）？写出`weight_gradient(net, loss, X, y)`：它在小批量`X, y`'
      '上执行本节的正向传播和反向传播（在`autograd.record()`下计算`l = loss(net(X), y)`，然后'
      '`l.backward()`），并返回第一层权重的梯度。检查会把它与链式法则的结果比较，即上一节的'
      '$\\mathbf{X}^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})$，写成权重的形状。'),
    """def weight_gradient(net, loss, X, y):
    ...  # your code: forward and backward on X, y, then the gradient of the first layer's weight

ex[4].check(weight_gradient)""", kind='function', book=['3.3.3'],
    what=T('Write the body of weight_gradient above, then run the cell again.',
           '在上面写出weight_gradient的函数体，然后再运行这个单元格。'),
    hints=[T('A Gluon parameter holds its value and its gradient: `dense.weight.data()` gives the '
             'value. Which method gives the gradient, and when is it filled in?',
             'Gluon的参数同时存放它的值和梯度：`dense.weight.data()`给出的是值。哪个方法给出梯度？梯度是在'
             '什么时候填进去的？'),
           T('`with autograd.record(): l = loss(net(X), y)`, then `l.backward()`, then return '
             '`net[0].weight.grad()`.',
             '`with autograd.record(): l = loss(net(X), y)`，然后`l.backward()`，最后返回`net[0].weight.grad()`。')],
    explanation=T(
        '`dense.weight.grad()` returns the gradient that the last `backward()` wrote, an NDArray of '
        'the weight\'s shape, (1, 2): Gluon\'s `Dense` keeps its weight as (outputs, inputs), the '
        'transpose of the previous lesson\'s `w` of shape (2, 1). As `l` holds one loss per example, '
        '`backward()` computes the gradient of their sum, $(\\hat{\\mathbf{y}} - '
        '\\mathbf{y})^\\top\\mathbf{X}$, the transpose of the previous lesson\'s '
        '$\\mathbf{X}^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})$; `trainer.step(batch_size)` then divides '
        'it by the batch size. Each `backward()` overwrites the gradient (`grad_req=\'write\'`), so '
        'read it after the `backward()` of the batch you mean.',
        '`dense.weight.grad()`返回最近一次`backward()`写入的梯度，是一个与权重形状相同的NDArray，形状为'
        '(1, 2)：Gluon的`Dense`按（输出数, 输入数）存放权重，是上一节形状为(2, 1)的`w`的转置。由于`l`'
        '中每个样本有一个损失，`backward()`计算的是它们之和的梯度$(\\hat{\\mathbf{y}} - \\mathbf{y})^\\top'
        '\\mathbf{X}$，即上一节$\\mathbf{X}^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})$的转置；随后'
        '`trainer.step(batch_size)`再把它除以批量大小。每次`backward()`都会覆盖梯度（`grad_req=\'write\'`），'
        '所以要在你所关心的那个批量的`backward()`之后读取它。'))


@ex4.solves
def weight_gradient(net, loss, X, y):
    with autograd.record():
        l = loss(net(X), y)
    l.backward()  # the gradient of the sum of the losses
    return net[0].weight.grad()  # the gradient, of the weight's shape (1, 2)


@ex4.checks
def _(answer):
    f = expect_function(answer, 'weight_gradient')
    rng = np.random.RandomState(4)
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=1))
    loss = gloss.L2Loss()
    earlier = None
    for n in (10, 7):
        X, y = nd.array(rng.normal(size=(n, 2))), nd.array(rng.normal(size=n))
        net(X)  # the parameters exist (Gluon infers their shapes at the first batch)
        got = call(f, net, loss, X, y, when=T(f'given a mini-batch of {n} examples', f'输入{n}个样本的小批量'))
        if isinstance(got, (nd.NDArray, np.ndarray)) and tuple(got.shape) == (2, 1):
            raise Wrong("It gives an array of shape (2, 1), the shape of the previous lesson's w: Gluon's Dense "
                        'keeps its weight as (outputs, inputs), (1, 2), and its gradient has the same shape. '
                        'Return the gradient as Gluon keeps it.',
                        '它返回形状为(2, 1)的数组，即上一节w的形状：Gluon的Dense按（输出数, 输入数）存放权重，'
                        '即(1, 2)，它的梯度也是这个形状。请按Gluon存放的样子返回梯度。')
        got = expect_ndarray(got, 'weight_gradient(net, loss, X, y)', shape=(1, 2)).asnumpy().astype('float64')
        weight = net[0].weight.data().asnumpy().astype('float64')
        bias = net[0].bias.data().asnumpy().astype('float64')
        Xn, yn = X.asnumpy().astype('float64'), y.asnumpy().astype('float64')
        expected = ((Xn @ weight.T + bias - yn.reshape((-1, 1))).T @ Xn)  # (y_hat - y)^T X, shape (1, 2)
        if np.abs(got - expected).max() <= 1e-4 * np.abs(expected).max():
            earlier = expected
            continue
        if np.abs(got - weight).max() < 1e-6:
            raise Wrong('It gives the weight itself (what dense.weight.data() holds), not its gradient.',
                        '它返回的是权重本身（即dense.weight.data()存放的值），而不是它的梯度。')
        if not np.abs(got).max() > 0:
            raise Wrong('It gives all zeros: is l.backward() called on the loss of X, y before the gradient '
                        'is read?', '它返回的全是0：在读取梯度之前，对X, y的损失调用l.backward()了吗？')
        if earlier is not None and np.abs(got - earlier).max() <= 1e-4 * np.abs(earlier).max():
            raise Wrong(f'On a second mini-batch ({n} examples) it gives the gradient of the first one: is '
                        'backward() run on each X, y it is given?',
                        f'在第二个小批量（{n}个样本）上，它返回的是第一个小批量的梯度：对传给它的每个X, y都调用'
                        'backward()了吗？')
        if np.abs(got * n - expected).max() <= 1e-4 * np.abs(expected).max():
            raise Wrong(f'On a mini-batch of {n} examples it is {n} times smaller than the gradient that '
                        'l.backward() gives for l = loss(net(X), y), one loss per example: the gradient of '
                        'the mean, not of the sum.',
                        f'在{n}个样本的小批量上，它比对l = loss(net(X), y)（每个样本一个损失）调用l.backward()'
                        f'得到的梯度小{n}倍：这是平均损失的梯度，而不是损失之和的梯度。')
        raise Wrong(f'On a mini-batch of {n} examples it differs from the gradient of the summed loss with '
                    'respect to the weight, (y_hat - y)^T X by the chain rule.',
                    f'在{n}个样本的小批量上，它与损失之和关于权重的梯度（由链式法则得(y_hat - y)^T X）不同。')


@ex4.wrong('the weight itself, dense.weight.data()')
def _():
    def f(net, loss, X, y):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        return net[0].weight.data()
    return f


@ex4.wrong('no backward(): the gradient is still zero')
def _():
    def f(net, loss, X, y):
        loss(net(X), y)
        return net[0].weight.grad()
    return f


@ex4.wrong("the previous lesson's formula X^T (y_hat - y), of shape (2, 1)")
def _():
    def f(net, loss, X, y):
        return nd.dot(X.T, net(X) - y.reshape((-1, 1)))
    return f


@ex4.wrong('the gradient of the mean loss')
def _():
    def f(net, loss, X, y):
        with autograd.record():
            l = loss(net(X), y).mean()
        l.backward()
        return net[0].weight.grad()
    return f


@ex4.wrong("the bias's gradient")
def _():
    def f(net, loss, X, y):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        return net[0].bias.grad()
    return f


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('A ten times smaller learning rate', '小十倍的学习率'),
    T('Train a fresh model with learning rate (学习率) 0.003 instead of 0.03, recording after each '
      'epoch how far its parameters are from the analytic solution: the largest $|\\boldsymbol{\\theta} '
      '- \\boldsymbol{\\theta}^*|$, the lesson\'s `gluon_to_analytic`. How far are they after 3 '
      'epochs? After how many epochs are they within 0.005 of it, as the self-check asks of the '
      'run at 0.03? Train until they are, and pass the list of distances.',
      '用学习率（learning rate）0.003代替0.03训练一个新模型，在每个迭代周期后记下它的参数离解析解有多远：即最大的'
      '$|\\boldsymbol{\\theta} - \\boldsymbol{\\theta}^*|$，也就是本节的`gluon_to_analytic`。3个迭代周期后，'
      '参数离解析解有多远？要多少个迭代周期，它们才能与解析解相差不超过0.005（正如自测对学习率为0.03的训练所'
      '要求的）？一直训练到满足这一点为止，然后把距离的列表传给检查。'),
    """distances = ...  # the largest |theta - theta_star| after each epoch, from a fresh net at lr 0.003

ex[5].check(distances)""", solution_seconds=9,
    what=T('Fill distances with one distance per epoch, then run the cell again.',
           '把每个迭代周期的距离放进distances，然后再运行这个单元格。'),
    hints=[T('A fresh model needs a new `net` (or `net.initialize(init.Normal(sigma=0.01), '
             'force_reinit=True)`) and a new `Trainer` with `{\'learning_rate\': 0.003}`: the '
             'lesson\'s `net` is trained already.',
             '新模型需要一个新的`net`（或者`net.initialize(init.Normal(sigma=0.01), force_reinit=True)`），'
             '以及一个`{\'learning_rate\': 0.003}`的新`Trainer`：本节的`net`已经训练过了。'),
           T('In the lesson\'s loop, after each epoch compute `theta = np.append(dense.weight.data().asnumpy(), '
             'dense.bias.data().asnumpy())` (with `dense = net[0]` of the new net) and append '
             '`np.abs(theta - theta_star).max()` to `distances`; repeat `while not distances or '
             'distances[-1] > 0.005`.',
             '在本节的训练循环中，每个迭代周期后计算`theta = np.append(dense.weight.data().asnumpy(), '
             'dense.bias.data().asnumpy())`（其中`dense = net[0]`取自新的net），把'
             '`np.abs(theta - theta_star).max()`添加到`distances`中；在`while not distances or '
             'distances[-1] > 0.005`的条件下反复训练。')],
    explanation=T(
        'From a fresh start the parameters are about 4.2 from $\\boldsymbol{\\theta}^*$ (the bias), '
        'and each epoch at 0.003 shrinks the distance to about 0.74 of itself ($0.997^{100}$): about '
        '1.7 after 3 epochs, and within 0.005 only after some 20 to 25 epochs, as the solution '
        'prints. At 0.03 one epoch shrinks it about twentyfold ($0.97^{100} \\approx 0.05$), and 2 '
        'or 3 epochs suffice. Ten times smaller steps take about ten times as many epochs: '
        '$(1 - \\eta)^k$ depends on $\\eta k$ when $\\eta$ is small, so the number of steps to cover '
        'a given share of the way is proportional to $1/\\eta$.',
        '从新的起点出发，参数离$\\boldsymbol{\\theta}^*$约为4.2（差距来自偏差），学习率为0.003时每个迭代周期把'
        '这个距离缩小为原来的约0.74（$0.997^{100}$）：3个迭代周期后约为1.7，要大约20到25个迭代周期才进入'
        '0.005以内，正如解答所打印的。学习率为0.03时，一个迭代周期就把距离缩小约20倍（$0.97^{100} \\approx '
        '0.05$），2到3个迭代周期就够了。步长小十倍，所需的迭代周期约多十倍：$\\eta$很小时$(1 - \\eta)^k$'
        '取决于$\\eta k$，所以走完同样比例的路程所需的步数与$1/\\eta$成正比。'))


@ex5.solves
def train_at_a_ten_times_smaller_learning_rate():
    features, labels = generate_data()
    theta_star = analytic_solution(features, labels)
    net = new_model()  # fresh parameters, as the lesson initialises them
    data_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), 10, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.003})
    loss = gloss.L2Loss()
    distances = []
    while (not distances or distances[-1] > 0.005) and len(distances) < 60:
        for X, y in data_iter:  # one epoch of the lesson's loop
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(10)
        distances.append(float(f'{distance(net, theta_star):.3g}'))
    print(f'after 3 epochs: {distances[2]};  within 0.005 after epoch {len(distances)}')
    return distances  # the largest |theta - theta*| after each epoch


@ex5.checks
def _(answer):
    if isinstance(answer, nd.NDArray):
        answer = answer.asnumpy()
    if isinstance(answer, np.ndarray):
        answer = answer.ravel().tolist()
    if not isinstance(answer, (list, tuple)) or not answer or not all(is_number(d) for d in answer):
        raise Unusable(f'Expected distances: a list of numbers, one per epoch; got {kind(answer)}.',
                       f'distances应为一个由数构成的列表，每个迭代周期一个；得到的是{kind(answer, "zh")}。')
    d = [float(x) for x in answer]
    if not all(np.isfinite(x) and x >= 0 for x in d):
        raise Wrong('Every distance should be a finite number, 0 or more: did the run diverge?',
                    '每个距离都应是有限的、不小于0的数：训练发散了吗？')
    if len(d) < 3:
        raise Wrong(f'{len(d)} distances: the exercise asks for one after each epoch, for at least 3 epochs.',
                    f'{len(d)}个距离：这道练习要求每个迭代周期后记一个距离，至少3个迭代周期。')
    if d[0] < 1:
        raise Wrong(f'After its first epoch your model is already {d[0]:.2g} from theta*: closer than 100 steps '
                    'of learning rate 0.003 bring a fresh model, which starts about 4.2 away. Is it a fresh '
                    'net, trained by a new Trainer with learning rate 0.003?',
                    f'第一个迭代周期后你的模型离theta*已经只有{d[0]:.2g}：从新参数（起初相距约4.2）出发，学习率'
                    '为0.003的100步走不到这么近。它是新的net吗？是用学习率为0.003的新Trainer训练的吗？')
    for ratio in (d[1] / d[0], d[2] / d[1]):
        if ratio < 0.6:
            raise Wrong(f'In one epoch your distance shrinks to {ratio:.2g} of itself: faster than steps of '
                        'learning rate 0.003 go. Is the Trainer\'s learning rate 0.003?',
                        f'一个迭代周期内你的距离缩小为原来的{ratio:.2g}：比学习率为0.003的步子快。Trainer的学习率'
                        '是0.003吗？')
        if ratio > 0.85:
            raise Wrong(f'In one epoch your distance shrinks only to {ratio:.2g} of itself: slower than steps '
                        'of learning rate 0.003 go. Is the learning rate 0.003, with trainer.step(batch_size) '
                        'on the loss of each example (not its mean)?',
                        f'一个迭代周期内你的距离只缩小为原来的{ratio:.2g}：比学习率为0.003的步子慢。学习率是0.003'
                        '吗？trainer.step(batch_size)用的是每个样本的损失（而不是它们的平均值）吗？')
    if d[-1] > 0.005:
        raise Wrong(f'After {len(d)} epochs your model is {d[-1]:.2g} from theta*: not yet within 0.005. '
                    'Train on.', f'{len(d)}个迭代周期后你的模型离theta*还有{d[-1]:.2g}：尚未进入0.005以内。'
                    '继续训练。')
    first = next(i + 1 for i, x in enumerate(d) if x <= 0.005)
    print(text(T(f'Your run: {d[2]:.2g} from theta* after 3 epochs, within 0.005 after epoch {first}.',
                 f'你的训练：3个迭代周期后与theta*相距{d[2]:.2g}，第{first}个迭代周期后进入0.005以内。')))


def _distances(net, lr, num_epochs, features, labels):
    theta_star = analytic_solution(features, labels)
    return [distance(train_gluon(net, features, labels, lr, 1), theta_star) for _ in range(num_epochs)]


@ex5.wrong("going on from the lesson's trained net")
def _():
    features, labels = generate_data()
    net = train_gluon(new_model(), features, labels, 0.03, 3)
    return _distances(net, 0.003, 4, features, labels)


@ex5.wrong("the lesson's learning rate 0.03, from a fresh net")
def _():
    features, labels = generate_data()
    return _distances(new_model(), 0.03, 4, features, labels)


@ex5.wrong('only 3 epochs')
def _():
    features, labels = generate_data()
    return _distances(new_model(), 0.003, 3, features, labels)


@ex5.wrong('the mean loss with trainer.step(batch_size): steps 10 times shorter')
def _():
    features, labels = generate_data()
    return _distances(new_model(), 0.003 / 10, 4, features, labels)  # what such steps amount to
