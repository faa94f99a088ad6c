"""Lesson 01, linear regression from scratch: the exercises."""
import numbers
import timeit

import numpy as np
from mxnet import autograd, nd

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_integer, expect_number, is_number, kind
from ..data import data_iter
from ..selfcheck import RANGES
from ..training import linreg, sgd, squared_loss

EXERCISES, exercise = lesson()
TRUE_W, TRUE_B = [2, -3.4], 4.2



# --- what the solutions share: the lesson's data and its training loop ---------------------------

def generate_data(noise=0.01, num_examples=1000):
    """The lesson's data set: 2 standard-normal features, labels from true_w, true_b and noise."""
    features = nd.random.normal(scale=1, shape=(num_examples, 2))
    labels = TRUE_W[0] * features[:, 0] + TRUE_W[1] * features[:, 1] + TRUE_B
    labels += nd.random.normal(scale=noise, shape=labels.shape)
    return features, labels


def train_linreg(features, labels, lr, num_epochs, w=None, b=None, step=sgd, loss=squared_loss,
                 batch_size=10):
    """The lesson's training loop, from fresh parameters (or from w and b, trained on in place);
    returns the squared loss on the whole data set after each epoch, and w and b."""
    if w is None:
        w, b = nd.random.normal(scale=0.01, shape=(2, 1)), nd.zeros(shape=(1,))
    w.attach_grad()
    b.attach_grad()
    epoch_losses = []
    for epoch in range(num_epochs):
        for X, y in data_iter(batch_size, features, labels):
            with autograd.record():
                l = loss(linreg(X, w, b), y)
            l.backward()
            step([w, b], lr, batch_size)
        epoch_losses.append(float(squared_loss(linreg(features, w, b), labels).mean().asscalar()))
    return epoch_losses, w, b


def analytic_solution(features, labels):
    """theta* = [w1, w2, b], the solution of the normal equations, in float64."""
    X1 = np.hstack([features.asnumpy().astype('float64'), np.ones((len(features), 1))])
    y1 = labels.asnumpy().astype('float64')
    return np.linalg.solve(X1.T @ X1, X1.T @ y1)


def theta(w, b):
    """The parameters [w1, w2, b] as one float64 vector."""
    return np.append(w.asnumpy(), b.asnumpy()).astype('float64')




def _numbers(value, what):
    """A list, tuple or array of numbers as a list of floats (nan and inf allowed)."""
    if isinstance(value, nd.NDArray):
        value = value.asnumpy()
    if isinstance(value, np.ndarray):
        value = value.ravel().tolist()
    if isinstance(value, (list, tuple)):
        value = [v.asscalar() if isinstance(v, nd.NDArray) and v.size == 1 else v for v in value]
        if value and all(is_number(v) for v in value):
            return [float(v) for v in value]
    raise Unusable(f'{what} should be a list of numbers (the loss after each epoch); it is {kind(value)}.',
                   f'{what}应为一个由数构成的列表（每个迭代周期后的损失）；它是{kind(value, "zh")}。')


def _runs(answer, rates, name):
    """The learner's {learning rate: [loss after each epoch]}."""
    keys = ', '.join(f'{lr}: [...]' for lr in rates)
    if not isinstance(answer, dict) or set(answer) != set(rates):
        got = f'a dict with keys {list(answer)}' if isinstance(answer, dict) else kind(answer)
        got_zh = f'键为{list(answer)}的字典' if isinstance(answer, dict) else kind(answer, "zh")
        raise Unusable(f'Expected {name} = {{{keys}}}: a dict with the learning rates as keys; got {got}.',
                       f'应为{name} = {{{keys}}}：以学习率为键的字典；得到的是{got_zh}。')
    return {lr: _numbers(answer[lr], f'{name}[{lr}]') for lr in rates}


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Starting from zero weights', '从零权重开始'),
    T('The lesson starts the weights at small random numbers. What happens if they start at zero, '
      '`w = nd.zeros(shape=(num_inputs, 1))`, like the bias? Try it: train as in the lesson from '
      'zero weights, and compare.\n\n'
      '(a) Nothing is learned: the gradient of the loss at $\\mathbf{w} = \\mathbf{0}$ is zero, so '
      'the weights never move.\n\n'
      '(b) The two weights stay equal to each other throughout training (nothing breaks the '
      'symmetry), so the model cannot learn $\\mathbf{w} = [2, -3.4]^\\top$.\n\n'
      '(c) It trains as well as from random weights, and ends at the same parameters.\n\n'
      '(d) It trains, but ends at another minimum of the loss than a random start reaches.',
      '本节把权重初始化为较小的随机数。如果像偏差那样把权重也初始化为零，即'
      '`w = nd.zeros(shape=(num_inputs, 1))`，会怎样？试一试：从零权重出发，像本节那样训练，再比较结果。\n\n'
      '(a) 什么也学不到：损失在$\\mathbf{w} = \\mathbf{0}$处的梯度为零，所以权重始终不动。\n\n'
      '(b) 两个权重在整个训练过程中始终相等（没有什么能打破这种对称性），所以模型学不到'
      '$\\mathbf{w} = [2, -3.4]^\\top$。\n\n'
      '(c) 训练效果与从随机权重开始时一样好，最后得到相同的参数。\n\n'
      '(d) 能够训练，但最后停在损失函数的另一个极小值点上，而不是随机初始化时到达的那个。'),
    solution_seconds=3,
    hints=[T('Write down the gradient of the loss with respect to $\\mathbf{w}$ at $\\mathbf{w} = '
             '\\mathbf{0}$, $b = 0$. Is it zero? Are its two entries equal?',
             '写出$\\mathbf{w} = \\mathbf{0}$、$b = 0$处损失关于$\\mathbf{w}$的梯度。它为零吗？它的两个元素'
             '相等吗？'),
           T('There the gradient is $-\\frac{1}{n}\\mathbf{X}^\\top\\mathbf{y}$: each weight gets the '
             'correlation of its own feature with the labels. To see what follows, set '
             '`w = nd.zeros(shape=(num_inputs, 1))` and `b = nd.zeros(shape=(1,))`, call '
             '`attach_grad()` on both, run the lesson\'s training cell again and compare its losses '
             'and the learned `w` with those of the random start.',
             '此时梯度为$-\\frac{1}{n}\\mathbf{X}^\\top\\mathbf{y}$：每个权重得到的是它自己的特征与标签的'
             '相关程度。要看接下来会怎样，令`w = nd.zeros(shape=(num_inputs, 1))`、'
             '`b = nd.zeros(shape=(1,))`，对两者调用`attach_grad()`，再运行一次本节的训练单元格，把损失和学到的'
             '`w`与随机初始化时的比较。')],
    explanation=T(
        'From zero weights the very first step moves each weight: the gradient at $\\mathbf{w} = '
        '\\mathbf{0}$, $b = 0$ is $-\\frac{1}{n}\\mathbf{X}^\\top\\mathbf{y}$, whose entries, about '
        '−2 and 3.4 as printed above, are the correlations of each feature with the labels: '
        'different from each other and far from zero. The loss of linear regression is a bowl '
        'with a single minimum, so every start ends in the same place: the losses of the two runs '
        'and their learned parameters agree to within the noise. Zero initialisation fails where '
        'units are interchangeable, as the hidden units of a multilayer perceptron are (lesson '
        '12, symmetry); here each weight multiplies a feature of its own.',
        '从零权重出发，第一步就会让每个权重动起来：$\\mathbf{w} = \\mathbf{0}$、$b = 0$处的梯度为'
        '$-\\frac{1}{n}\\mathbf{X}^\\top\\mathbf{y}$，它的两个元素（如上面所打印的，约为−2和3.4）是每个特征'
        '与标签的相关程度：彼此不同，而且远不为零。线性回归的损失是一个只有一个极小值点的碗，所以从哪里出发都会'
        '停在同一个地方：两次训练的损失和学到的参数在噪声范围内一致。只有当各个单元可以互换时，零初始化才会出问题，'
        '比如多层感知机的隐藏单元（第12节，对称性）；而这里每个权重乘的是它自己的特征。'))


@ex1.solves
def train_from_zero_weights():
    features, labels = generate_data()
    w, b = nd.zeros(shape=(2, 1)), nd.zeros(shape=(1,))
    w.attach_grad()
    with autograd.record():
        l = squared_loss(linreg(features, w, b), labels).mean()
    l.backward()
    print('gradient of the loss at w = 0, b = 0:', w.grad.reshape((-1,)).asnumpy())
    ends = {}
    for start in ('random', 'zero'):
        w = nd.random.normal(scale=0.01, shape=(2, 1)) if start == 'random' else nd.zeros(shape=(2, 1))
        losses, w, b = train_linreg(features, labels, 0.03, 3, w, nd.zeros(shape=(1,)))
        ends[start] = theta(w, b)
        print(f'{start:6} start: loss after each epoch {np.round(losses, 6)}, '
              f'learned [w1, w2, b] {np.round(ends[start], 4)}')
    return 'c' if np.abs(ends['zero'] - ends['random']).max() < 0.01 else 'd'


WHY_NOT_1 = {
    'a': T('The gradient at w = 0 is -X^T (y - b) / n, not zero: the labels depend on the features, '
           'so the very first step moves both weights.',
           'w = 0处的梯度为-X^T (y - b) / n，并不为零：标签依赖于特征，所以第一步就会让两个权重都动起来。'),
    'b': T('Each weight multiplies its own feature, so the two get different gradients from the '
           'first step on. Weights stay equal only in units that see the same inputs and feed the '
           'same outputs, like the hidden units of lesson 12.',
           '每个权重乘的是各自的特征，所以从第一步起两者的梯度就不相同。只有输入相同、输出也相同的单元'
           '（比如第12节的隐藏单元）的权重才会始终相等。'),
    'd': T('The squared loss of linear regression is a bowl with a single minimum: every start '
           'that converges ends in the same place.',
           '线性回归的平方损失是一个只有一个极小值点的碗：无论从哪里出发，只要收敛，都停在同一个地方。'),
}


ex1.choice(WHY_NOT_1, right='c')  # 'c': what train_from_zero_weights() finds


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Other learning rates', '其他学习率'),
    T('Train a fresh model (new `w` and `b`, as in the lesson) for 3 epochs with each of the '
      'learning rates (学习率) 0.003, 0.3 and 3, and keep the loss on the whole data set after '
      'each epoch (the lesson\'s `epoch_losses`). Which converge, which diverge, and how does the '
      'curve show it? The check judges your runs.',
      '分别用学习率（learning rate）0.003、0.3和3，从新的模型参数出发（像本节那样重新生成`w`和`b`）训练'
      '3个迭代周期，并记下每个迭代周期后整个数据集上的损失（即本节的`epoch_losses`）。哪些收敛，哪些发散？'
      '曲线是怎样显示这一点的？检查会评判你的训练结果。'),
    """results = ...  # {0.003: [loss after epochs 1, 2, 3], 0.3: [...], 3: [...]}, each run from fresh w, b

ex[2].check(results)""", book=['3.2.2'], solution_seconds=4,
    what=T('Fill results with the three runs, then run the cell again.',
           '把三次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('Each run needs fresh parameters: after the lesson\'s training, `w` and `b` already '
             'sit at the minimum, and a run that goes on from there shows nothing about its '
             'learning rate.',
             '每次训练都需要新的参数：本节训练之后，`w`和`b`已经到了最小值附近，在此基础上接着训练，看不出学习率'
             '的作用。'),
           T('Wrap the lesson\'s training loop in a function `train(lr)` that first makes fresh `w` '
             'and `b` (and calls `attach_grad()` on them), passes `lr` to `sgd` and returns '
             '`epoch_losses`; then `results = {lr: train(lr) for lr in (0.003, 0.3, 3)}`.',
             '把本节的训练循环写成函数`train(lr)`：先生成新的`w`和`b`（并对它们调用`attach_grad()`），'
             '把`lr`传给`sgd`，最后返回`epoch_losses`；然后'
             '`results = {lr: train(lr) for lr in (0.003, 0.3, 3)}`。')],
    explanation=T(
        'With 0.003 every step is ten times shorter than the lesson\'s: the loss falls steadily but '
        'slowly, to about 9, 5 and 3 after the three epochs, still far above the noise floor '
        '(about $5 \\times 10^{-5}$). It converges, but would need many more epochs. With 0.3 the '
        'loss reaches the noise floor within the first epoch and stays there: larger steps are '
        'faster, as long as each one still lands closer to the minimum than it started. With 3 '
        'each step overshoots the minimum by more than it started from, so the distance grows '
        'geometrically: the loss overflows to inf within the first epoch, then becomes nan. On '
        'the lesson\'s log-scale curve these are a gentle slope, a drop straight to the floor, and '
        'a line that leaves the plot upwards.',
        '学习率为0.003时，每一步都比本节的短十倍：损失稳定而缓慢地下降，三个迭代周期后约为9、5和3，'
        '仍远高于噪声下限（约$5 \\times 10^{-5}$）。它是收敛的，只是还需要多得多的迭代周期。学习率为0.3时，'
        '损失在第一个迭代周期内就降到噪声下限，并一直停留在这个水平：只要每一步落点都比出发点更接近最小值，步子越大就越快。'
        '学习率为3时，每一步都越过最小值，越过的距离比出发时离最小值的距离还大，于是距离按几何级数增长：'
        '损失在第一个迭代周期内就溢出为inf，随后变成nan。在本节对数尺度的曲线上，这三种情形分别是一段平缓的'
        '斜坡、一下子落到噪声下限的陡降，以及一条冲出图外的上升线。'))


@ex2.solves
def train_with_other_learning_rates():
    features, labels = generate_data()
    results = {}
    for lr in (0.003, 0.3, 3):
        losses, _, _ = train_linreg(features, labels, lr, 3)  # fresh w and b for each run
        results[lr] = [float(f'{l:.3g}') for l in losses]
    return results  # the loss after each of the 3 epochs, for each learning rate


@ex2.checks
def _(answer):
    runs = _runs(answer, (0.003, 0.3, 3), 'results')
    for lr, losses in runs.items():
        if len(losses) != 3:
            raise Wrong(f'The run with learning rate {lr} has {len(losses)} '
                        f'loss{"" if len(losses) == 1 else "es"}: the lesson trains '
                        'for 3 epochs, one loss after each.',
                        f'学习率为{lr}的训练有{len(losses)}个损失值：本节训练3个迭代周期，每个迭代周期后'
                        '记一个损失。')
    slow, fast, huge = runs[0.003], runs[0.3], runs[3]
    if not np.isfinite(slow).all() or slow[0] < 1:
        raise Wrong(f'The run with learning rate 0.003 has a loss of {slow[0]:.3g} after its first '
                    'epoch: lower than 100 steps that short can bring a fresh model, whose loss '
                    'starts near 17. Did it go on from the lesson\'s trained w and b, or take larger '
                    'steps than 0.003?',
                    f'学习率为0.003的训练在第一个迭代周期后的损失为{slow[0]:.3g}：从新的参数（其损失起初约为17）'
                    '出发，这么短的100步降不到这么低。它是不是在本节已训练的w和b上接着训练的，或者步长比'
                    '0.003大？')
    if not slow[0] > slow[1] > slow[2] or not 1 < slow[2] < 6:
        raise Wrong('The run with learning rate 0.003 does not fall the way steps of that size from '
                    f'a fresh start do (its losses: {", ".join(f"{x:.3g}" for x in slow)}): is lr '
                    'passed on to sgd, and does every run start from fresh w and b?',
                    '学习率为0.003的训练，损失的下降情况与从新参数出发、以这样的步长训练时应有的情况不符（它的损失：'
                    f'{", ".join(f"{x:.3g}" for x in slow)}）：lr传给sgd了吗？每次训练都从新的w和b开始吗？')
    if not np.isfinite(fast).all():
        raise Wrong('The run with learning rate 0.3 diverged: does each step still divide the '
                    'gradient by batch_size, and did the run start from fresh w and b?',
                    '学习率为0.3的训练发散了：每一步还把梯度除以batch_size吗？这次训练是从新的w和b开始的吗？')
    if fast[-1] > 1e-3:
        raise Wrong(f'The run with learning rate 0.3 ends at a loss of {fast[-1]:.3g}, which 300 '
                    'steps of that size do not leave: was its learning rate 0.3?',
                    f'学习率为0.3的训练最终损失为{fast[-1]:.3g}，以这样的步长走完300步，损失不会还这么高：它的学习率是0.3吗？')
    if np.isfinite(huge).all() and huge[-1] < 1:
        raise Wrong(f'The run with learning rate 3 ends at a loss of {huge[-1]:.3g}: did lr = 3 '
                    'reach sgd?', f'学习率为3的训练最终损失为{huge[-1]:.3g}：传给sgd的lr真的是3吗？')
    for lr, losses in runs.items():
        shown = ', '.join(f'{x:.3g}' for x in losses)
        state = (T('diverged', '发散了') if not np.isfinite(losses[-1]) or losses[-1] > 100 else
                 T('at the noise floor', '处于噪声下限') if losses[-1] < 1e-4 else
                 T('still falling', '仍在下降'))
        print(text(T(f'learning rate {lr}: losses {shown}: {state["en"]}',
                     f'学习率{lr}：损失{shown}：{state["zh"]}')))


def _train_three(lrs, num_epochs=3, step=sgd):
    features, labels = generate_data()
    return {lr: train_linreg(features, labels, lr, num_epochs, step=step)[0] for lr in lrs}


@ex2.wrong("all three runs going on from the lesson's trained w and b")
def _():
    features, labels = generate_data()
    _, w, b = train_linreg(features, labels, 0.03, 3)
    return {lr: train_linreg(features, labels, lr, 3, w, b)[0] for lr in (0.003, 0.3, 3)}


@ex2.wrong('one epoch each instead of three')
def _():
    return _train_three((0.003, 0.3, 3), num_epochs=1)


@ex2.wrong('sgd without the division by batch_size: every step 10 times larger')
def _():
    return _train_three((0.003, 0.3, 3), step=lambda params, lr, batch_size: sgd(params, lr, 1))


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('An sgd that forgets the batch size', '忘了除以批量大小的sgd'),
    T('Change `sgd` so that it does not divide by `batch_size` (`param[:] = param - lr * '
      'param.grad`), run the lesson again from the top and read its self-check (then change `sgd` '
      'back). Which self-checks fail, and why does the loss still end near the noise floor?\n\n'
      '(a) None fails: the loss still ends near the noise floor, so every range holds.\n\n'
      '(b) The loss after the first epoch falls below its range (often the second epoch\'s too), '
      'and the one-step comparison with the update formula fails; the loss still ends at the '
      'noise floor because steps 10 times larger are those of learning rate 0.3, still small '
      'enough to converge.\n\n'
      '(c) Every loss range fails and the parameters end far from the truth: steps 10 times too '
      'large make training diverge.\n\n'
      '(d) The losses end above their ranges: steps 10 times too large overshoot the minimum at '
      'every step, so the loss never gets down to the noise floor.',
      '修改`sgd`，使它不再除以`batch_size`（`param[:] = param - lr * param.grad`），从头重新运行本节，'
      '读一读自测的结果（然后把`sgd`改回去）。自测中哪几项通不过？为什么损失最后仍然接近噪声下限？\n\n'
      '(a) 全部通过：损失最后仍接近噪声下限，所以每项结果都在范围内。\n\n'
      '(b) 第一个迭代周期后的损失低于它的范围（第二个迭代周期的也常常如此），sgd的一步与迭代公式的比较也通不过；'
      '损失最后仍落在噪声下限，是因为大10倍的步长就是学习率0.3的步长，仍然小到足以收敛。\n\n'
      '(c) 各个损失都超出范围，参数最后远离真实值：步长大了10倍，训练发散。\n\n'
      '(d) 损失最后高于它们的范围：步长大了10倍，每一步都越过最小值，所以损失始终降不到噪声下限。'),
    solution_seconds=2,
    hints=[T('Not dividing the summed gradient of 10 examples by 10 makes each step 10 times '
             'larger: which learning rate would give the same steps with the lesson\'s `sgd`? What '
             'did such steps do in exercise 2?',
             '对10个样本的梯度之和不除以10，每一步就大了10倍：用本节的`sgd`，哪个学习率会给出同样的步长？'
             '这样的步长在练习2中表现如何？'),
           T('Read the self-check\'s lines one by one: the loss after each epoch against its range, '
             'and "one sgd step against the update formula", which compares a step of your `sgd` '
             'with the formula $\\frac{\\eta}{|\\mathcal{B}|}\\sum \\ldots$, 1/10 included.',
             '逐行读自测的输出：每个迭代周期后的损失与其范围的比较，以及“sgd的一步与迭代公式”，'
             '它把你的`sgd`的一步与包含1/10的公式$\\frac{\\eta}{|\\mathcal{B}|}\\sum \\ldots$相比较。')],
    explanation=T(
        'Without the division each step is 10 times larger: the steps of learning rate 0.3 with '
        'the right `sgd`. That is still small enough that every step lands closer to the minimum, '
        'so training converges, only faster: the loss is already at the noise floor after the '
        'first epoch, far below the range that steps of the intended size give (0.02 to 0.08), '
        'and one step of it no longer matches the update formula: it is 10 times too long. The '
        'losses of the later epochs, the parameters and the analytic comparisons mostly stay in '
        'range, because the end point is the same minimum: that is why the self-check watches the '
        'first epoch, where the size of the steps shows.',
        '不做这个除法，每一步就大了10倍：相当于用正确的`sgd`取学习率0.3时的步长。这样的步长仍然小到每一步'
        '都落得比出发点更接近最小值，所以训练照样收敛，只是更快：第一个迭代周期后损失就已经在噪声下限，远低于'
        '预定步长所给出的范围（0.02到0.08）；而它的一步也不再与迭代公式一致：长了10倍。后面几个迭代周期的损失、'
        '参数以及与解析解的比较大多仍在范围内，因为终点是同一个最小值。所以自测要盯住第一个迭代周期：'
        '只有在那时才看得出步长的大小。'))


@ex3.solves
def train_without_dividing_by_batch_size():
    def sgd_without_division(params, lr, batch_size):
        for param in params:
            param[:] = param - lr * param.grad  # the / batch_size left out

    features, labels = generate_data()
    losses, w, b = train_linreg(features, labels, 0.03, 3, step=sgd_without_division)
    X, y = features[:10], labels[:10]  # one step on the first 10 examples, as the lesson's cell
    w0, b0 = nd.random.normal(scale=0.01, shape=(2, 1)), nd.zeros(shape=(1,))
    w_step, b_step = w0.copy(), b0.copy()
    w_step.attach_grad()
    b_step.attach_grad()
    with autograd.record():
        l = squared_loss(linreg(X, w_step, b_step), y)
    l.backward()
    sgd_without_division([w_step, b_step], 0.03, 10)
    w_formula = w0 - 0.03 / 10 * nd.dot(X.T, linreg(X, w0, b0) - y.reshape((-1, 1)))
    measured = {'loss_epoch1': losses[0], 'loss_epoch2': losses[1], 'loss_epoch3': losses[2],
                'sgd_step_error': abs(w_step - w_formula).max().asscalar(),
                'w_error': np.abs(theta(w, b)[:2] - TRUE_W).max()}
    ranges = RANGES['01-linear-regression-scratch']
    failing = []
    for name, value in measured.items():
        lo, hi = ranges[name].get('lo', 0), ranges[name]['hi']
        failing += [name] if not lo <= value <= hi else []
        print(f'{name:15} {value:.3g}   range {lo} to {hi}:', 'in range' if lo <= value <= hi else 'FAILS')
    return 'b' if {'loss_epoch1', 'sgd_step_error'} <= set(failing) and losses[-1] < 1e-4 else 'a'


WHY_NOT_3 = {
    'a': T('The self-check does notice: after the first epoch the loss is already at the noise '
           'floor, far below where steps of the right size have brought it by then, and one step '
           'of the changed `sgd` no longer matches the update formula.',
           '自测确实会发现：第一个迭代周期后损失就已经在噪声下限，远低于正确步长此时能达到的水平；而且修改后的'
           '`sgd`的一步不再与迭代公式一致。'),
    'c': T('Leaving out a division by 10 gives the steps of learning rate 0.3, not of a learning '
           'rate so large that each step overshoots by more than it gains: training still '
           'converges.',
           '少除以10得到的是学习率0.3的步长，还没有大到每一步越过的距离比前进的距离还多：训练仍然收敛。'),
    'd': T('Overshooting a little still converges: as long as each step lands closer to the '
           'minimum than it started, even on its other side, the loss keeps falling to the noise '
           'floor, and here it gets there sooner.',
           '稍微越过一点仍然收敛：只要每一步的落点比出发点更接近最小值，哪怕落在另一侧，损失也会一直降到噪声下限，'
           '这里甚至更早到达。'),
}


ex3.choice(WHY_NOT_3, right='b')  # 'b': what train_without_dividing_by_batch_size() finds


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('The last mini-batch', '最后一个小批量'),
    T('`data_iter` reads the 1000 examples in mini-batches (小批量) of `batch_size`. What does it '
      'do when the number of examples is not divisible by the batch size? With `batch_size = 64`, '
      'how many mini-batches does one epoch give, and how many examples are in the last one?',
      '`data_iter`以`batch_size`个样本为一个小批量（mini-batch）读取这1000个样本。样本数不能被批量大小'
      '整除时，它会怎样？取`batch_size = 64`时，一个迭代周期有多少个小批量？最后一个小批量有多少个样本？'),
    """answer = ...  # (number of mini-batches, number of examples in the last one)

ex[4].check(answer)""", book=['3.2.3'],
    what=T('Set answer to (number of mini-batches, examples in the last one), then run the cell again.',
           '把answer设为（小批量的个数, 最后一个小批量的样本数），然后再运行这个单元格。'),
    hints=[T('Look at the loop of `data_iter`: `range(0, num_examples, batch_size)` and the '
             '`min(i + batch_size, num_examples)` in the slice. What do they do for the last `i`?',
             '看`data_iter`中的循环：`range(0, num_examples, batch_size)`和切片中的'
             '`min(i + batch_size, num_examples)`。对最后一个`i`，它们做了什么？'),
           T('Count them: `sizes = [len(y) for X, y in data_iter(64, features, labels)]`, then '
             '`len(sizes)` and `sizes[-1]`.',
             '数一数：`sizes = [len(y) for X, y in data_iter(64, features, labels)]`，然后看`len(sizes)`和'
             '`sizes[-1]`。')],
    explanation=T(
        '`range(0, 1000, 64)` starts a mini-batch at 0, 64, ..., 960: 16 of them. The first 15 '
        'are full, and `min(i + batch_size, num_examples)` cuts the last one off at 1000, so it '
        'holds the 40 examples left over: every example is read exactly once per epoch, and only '
        'the last mini-batch is smaller. (Gluon\'s `DataLoader` does the same by default, '
        '`last_batch=\'keep\'`; `\'discard\'` drops the short batch, `\'rollover\'` carries its '
        'examples into the next epoch.) One consequence: the lesson\'s `sgd` divides by '
        '`batch_size`, 64, also for the 40 examples of the last batch, whose step is therefore '
        'shorter than an average over its examples would be.',
        '`range(0, 1000, 64)`在0、64、……、960处各开始一个小批量：共16个。前15个是满的，'
        '`min(i + batch_size, num_examples)`把最后一个截止在1000，所以它装的是剩下的40个样本：每个样本在一个'
        '迭代周期中恰好被读取一次，只有最后一个小批量较小。（Gluon的`DataLoader`默认也这样做，即'
        '`last_batch=\'keep\'`；`\'discard\'`丢掉这个不满的批量，`\'rollover\'`把其中的样本留到下一个迭代周期。）'
        '由此带来的一个后果是：本节的`sgd`对最后一个批量的40个样本也除以`batch_size`，即64，所以这一步'
        '比按其样本取平均时要短。'))


@ex4.solves
def count_mini_batches():
    features, labels = generate_data()
    sizes = [len(y) for X, y in data_iter(64, features, labels)]
    print('the sizes of the mini-batches of one epoch:', sizes)
    return len(sizes), sizes[-1]


def _pair(answer, what, what_zh):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Unusable(f'Expected answer = ({what}): a pair; got {kind(answer)}.',
                       f'应为answer = ({what_zh})：一对值；得到的是{kind(answer, "zh")}。')
    return answer


@ex4.checks
def _(answer):
    count, last = _pair(answer, 'number of mini-batches, examples in the last one',
                        '小批量的个数, 最后一个小批量的样本数')
    count = expect_integer(count, 'answer[0]')
    last = expect_integer(last, 'answer[1]')
    right_count, right_last = ex4.oracle()
    if count < right_count:
        raise Wrong(f'{count} mini-batches are too few: data_iter reads every one of the 1000 '
                    'examples once per epoch, and a mini-batch holds at most 64 of them.',
                    f'{count}个小批量太少了：data_iter在一个迭代周期中把1000个样本每个都读一次，而一个小批量'
                    '最多装64个。')
    if count > right_count:
        raise Wrong(f'{count} mini-batches are too many: all but the last one are full, with 64 '
                    'examples each.', f'{count}个小批量太多了：除最后一个外，每个小批量都是满的，各有64个样本。')
    if last == 64:
        raise Wrong('The last mini-batch cannot be full: 1000 is not a multiple of 64.',
                    '最后一个小批量不可能是满的：1000不是64的倍数。')
    if last <= 0 or last > 64:
        raise Wrong(f'A mini-batch of {last} examples: data_iter never gives an empty one, nor one '
                    'larger than batch_size.', f'{last}个样本的小批量：data_iter既不会返回空的小批量，'
                    '也不会返回比batch_size大的小批量。')
    if last != right_last:
        raise Wrong(f'{last} is not what is left for the last mini-batch once the full ones are '
                    'read.', f'{last}不是读完那些满的小批量之后留给最后一个小批量的样本数。')


ex4.wrong('1000 // 64 mini-batches, all full (the remainder dropped)')(lambda: (15, 64))
ex4.wrong('every mini-batch full, the last one too')(lambda: (16, 64))
ex4.wrong('the right last batch, but one mini-batch too few')(lambda: (15, 40))
ex4.wrong('the last batch as what it lacks (64 - 40)')(lambda: (16, 24))


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Why squared_loss needs reshape', '为什么squared_loss需要reshape'),
    T('`squared_loss` reshapes `y` like `y_hat`. Why? Take 10 labels `y = nd.arange(10)`, of '
      'shape (10,), and a perfect prediction of them as a column, the shape `linreg` gives: '
      '`y_hat = y.reshape((10, 1))`. Without the reshape, what is the shape of `y_hat - y`, and '
      'what does `((y_hat - y) ** 2 / 2).mean()` give for this perfect prediction?',
      '`squared_loss`把`y`变形成与`y_hat`相同的形状。为什么？取10个标签`y = nd.arange(10)`，形状为'
      '(10,)；再取一个完全准确的预测，写成一列，即`linreg`给出的形状：`y_hat = y.reshape((10, 1))`。'
      '不做reshape时，`y_hat - y`的形状是什么？对这个完全准确的预测，`((y_hat - y) ** 2 / 2).mean()`'
      '给出多少？'),
    """answer = ...  # (the shape of y_hat - y, as a tuple; the mean loss it gives)

ex[5].check(answer)""", book=['3.2.1'], solution_seconds=2,
    what=T('Set answer to (shape, mean loss), then run the cell again.',
           '把answer设为（形状, 平均损失），然后再运行这个单元格。'),
    hints=[T('MXNet broadcasts as NumPy does: subtracting an array of shape (10,) from one of '
             'shape (10, 1) lines the two shapes up from the right. Which differences does the '
             'result hold?',
             'MXNet的广播规则与NumPy相同：形状为(10, 1)的数组减去形状为(10,)的数组时，两个形状从右端对齐。'
             '结果里存放的是哪些差？'),
           T('Entry (i, j) of `y_hat - y` is $\\hat{y}_i - y_j$: every prediction minus every '
             'label. Try it: `(y_hat - y).shape`, then the mean of `(y_hat - y) ** 2 / 2`.',
             '`y_hat - y`的第(i, j)个元素是$\\hat{y}_i - y_j$：每个预测值减去每个标签。试一试：'
             '`(y_hat - y).shape`，再求`(y_hat - y) ** 2 / 2`的平均值。')],
    explanation=T(
        'Broadcasting (广播) turns `y_hat - y` into a 10 × 10 matrix of every prediction minus '
        'every label, $\\hat{y}_i - y_j$. Its diagonal holds the 10 differences we want, all 0 '
        'here; the other 90 entries compare a prediction with another example\'s label, so the '
        'mean loss of a perfect prediction is 8.25, not 0. Nothing raises an error: the number is '
        'just wrong, and training with it goes wrong quietly. Its gradient pulls every prediction '
        'towards the mean label of its mini-batch rather than towards its own label, and the '
        'weights stay far from [2, −3.4], as the run above shows. `y.reshape(y_hat.shape)` makes '
        'both (10, 1), and the subtraction is element by element again.',
        '广播（broadcasting）把`y_hat - y`变成一个10 × 10的矩阵，存放每个预测值减去每个标签的差'
        '$\\hat{y}_i - y_j$。它的对角线上是我们想要的10个差，这里全为0；其余90个元素是拿一个预测值去和另一个'
        '样本的标签比较，所以完全准确的预测的平均损失是8.25，而不是0。这里不会报任何错：只是数值不对，用它训练'
        '也会在不知不觉中出错。它的梯度把每个预测值拉向所在小批量的平均标签，而不是它自己的标签，于是权重一直离'
        '[2, −3.4]很远，正如上面的训练所示。`y.reshape(y_hat.shape)`使两者都成为(10, 1)，减法又变回逐元素'
        '进行。'))


@ex5.solves
def subtract_without_reshape():
    y = nd.arange(10)  # 10 labels, shape (10,)
    y_hat = y.reshape((10, 1))  # a perfect prediction, as a column: the shape linreg gives
    difference = y_hat - y  # broadcast: every prediction minus every label
    mean_loss = float((difference ** 2 / 2).mean().asscalar())
    print('shape of y_hat - y:', difference.shape, '  mean loss without reshape:', mean_loss,
          '  with reshape:', squared_loss(y_hat, y).mean().asscalar())

    def loss_without_reshape(y_hat, y):
        return (y_hat - y) ** 2 / 2

    features, labels = generate_data()
    _, w, b = train_linreg(features, labels, 0.03, 3, loss=loss_without_reshape)
    print('trained 3 epochs with it: w', w.reshape((-1,)).asnumpy(), ' b', b.asscalar(),
          '  (true: w [2, -3.4], b 4.2)')
    return difference.shape, mean_loss


def _shape(value):
    if isinstance(value, (tuple, list)) and all(isinstance(n, numbers.Integral) for n in value):
        return tuple(int(n) for n in value)
    raise Unusable(f'The shape should be a tuple of whole numbers, as `.shape` gives; got {kind(value)}.',
                   f'形状应为由整数构成的元组，就像`.shape`给出的那样；得到的是{kind(value, "zh")}。')


@ex5.checks
def _(answer):
    shape, loss = _pair(answer, 'shape, mean loss', '形状, 平均损失')
    shape, loss = _shape(shape), expect_number(loss, 'answer[1]')
    y = nd.arange(10)
    difference = y.reshape((10, 1)) - y
    if shape != difference.shape:
        extra = T(' It has neither the shape of y_hat nor that of y.', '它既不是y_hat的形状，也不是y的形状。') \
            if shape in ((10, 1), (10,)) else T('', '')
        raise Wrong(f'That is not the shape MXNet gives y_hat - y.{extra["en"]} MXNet broadcasts (10, 1) '
                    'against (10,) as NumPy does: try `(nd.zeros((10, 1)) - nd.zeros(10)).shape`.',
                    f'这不是MXNet给出的y_hat - y的形状。{extra["zh"]}MXNet像NumPy一样对(10, 1)和(10,)'
                    '做广播：试试`(nd.zeros((10, 1)) - nd.zeros(10)).shape`。')
    if abs(loss - (difference ** 2 / 2).mean().asscalar()) > 1e-3:
        if loss == 0:
            raise Wrong('0 is the loss of the perfect prediction with the reshape. Without it, the '
                        'mean is taken over the whole broadcast matrix, not only over its diagonal.',
                        '0是做了reshape时完全准确的预测的损失。不做reshape，平均值是对整个广播得到的矩阵取的，'
                        '而不只是它的对角线。')
        raise Wrong(f'{loss:g} is not the mean of (y_hat - y) ** 2 / 2 over the broadcast matrix, whose '
                    'entry (i, j) is (y_hat_i - y_j) ** 2 / 2: compute it.',
                    f'{loss:g}不是(y_hat - y) ** 2 / 2在广播得到的矩阵上的平均值，该矩阵的第(i, j)个元素是'
                    '(y_hat_i - y_j) ** 2 / 2：算一算。')


ex5.wrong('no broadcasting: the shape of y_hat and a loss of 0')(lambda: ((10, 1), 0.0))
ex5.wrong('the shape of y and a loss of 0')(lambda: ((10,), 0.0))
ex5.wrong('the right shape, but the loss of the diagonal only')(lambda: ((10, 10), 0.0))
ex5.wrong('the right shape, the loss without the / 2')(lambda: ((10, 10), 16.5))


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('The normal equations without the bias', '不含偏差的正规方程'),
    T('Solve the normal equations for $\\mathbf{X}$ alone, without the column of ones (the bias '
      'fixed at 0): $\\mathbf{X}^\\top\\mathbf{X}\\,\\mathbf{w} = \\mathbf{X}^\\top\\mathbf{y}$. How '
      'far is this $\\mathbf{w}$ from the true weights (the larger of $|w_1 - 2|$ and $|w_2 + '
      '3.4|$), and what is its training loss $\\frac{1}{2n}\\|\\mathbf{X}\\mathbf{w} - '
      '\\mathbf{y}\\|^2$?',
      '只用$\\mathbf{X}$、不加那列1来解正规方程（偏差固定为0）：$\\mathbf{X}^\\top\\mathbf{X}\\,\\mathbf{w} '
      '= \\mathbf{X}^\\top\\mathbf{y}$。这样得到的$\\mathbf{w}$离真实权重有多远（$|w_1 - 2|$与'
      '$|w_2 + 3.4|$中较大的那个）？它的训练损失$\\frac{1}{2n}\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2$'
      '是多少？'),
    """answer = ...  # (largest |w - true_w|, training loss), both without the column of ones

ex[6].check(answer)""",
    what=T('Set answer to (largest |w - true_w|, training loss), then run the cell again.',
           '把answer设为（最大的|w - true_w|, 训练损失），然后再运行这个单元格。'),
    hints=[T('Take the lesson\'s analytic solution and use `X = features.asnumpy().astype(\'float64\')` '
             'where it uses `X1`.',
             '照搬本节的解析解，只是在用`X1`的地方改用`X = features.asnumpy().astype(\'float64\')`。'),
           T('`w0 = np.linalg.solve(X.T @ X, X.T @ y1)`, then `np.abs(w0 - true_w).max()` and '
             '`((X @ w0 - y1) ** 2).mean() / 2`.',
             '`w0 = np.linalg.solve(X.T @ X, X.T @ y1)`，然后求`np.abs(w0 - true_w).max()`和'
             '`((X @ w0 - y1) ** 2).mean() / 2`。')],
    explanation=T(
        'Without the column of ones, $\\mathbf{w}$ moves away from the truth by about 4.2 times the '
        'mean of each feature (printed beside it): a few hundredths to a few tenths, because the '
        'features\' means are close to 0. Exercise 7 asks why that makes the move so small. The '
        'training loss, about 8.8, is close to $\\frac{1}{2} \\cdot 4.2^2 = 8.82$: the bias that '
        'the model can no longer express is left in every residual, far above the noise '
        'floor. The self-check\'s `analytic_error` would catch this mistake through $b^* = 0$, 4.2 '
        'from the true bias.',
        '不加那列1时，$\\mathbf{w}$偏离真实值的大小约为各个特征的均值乘以4.2（打印在旁边）：百分之几到十分之几，'
        '因为各个特征的均值接近0。偏离为什么这么小，是练习7要问的问题。训练损失约为8.8，接近'
        '$\\frac{1}{2} \\cdot 4.2^2 = 8.82$：模型已无法表示的偏差留在了每一个残差里，使训练损失远高于噪声下限。'
        '自测中的`analytic_error`会通过$b^* = 0$（与真实偏差相差4.2）发现这个错误。'))


@ex6.solves
def solve_without_bias():
    features, labels = generate_data()
    X = features.asnumpy().astype('float64')  # no column of ones: the bias is fixed at 0
    y = labels.asnumpy().astype('float64')
    w = np.linalg.solve(X.T @ X, X.T @ y)
    distance = np.abs(w - TRUE_W).max()
    loss = ((X @ w - y) ** 2).mean() / 2
    print('w - true_w:', w - TRUE_W, '  4.2 * the mean of each feature:', 4.2 * X.mean(axis=0))
    print('training loss:', loss, '  1/2 * 4.2 ** 2 =', 4.2 ** 2 / 2)
    return float(distance), float(loss)


@ex6.checks
def _(answer):
    distance, loss = _pair(answer, 'largest |w - true_w|, training loss', '最大的|w - true_w|, 训练损失')
    distance, loss = expect_number(distance, 'answer[0]'), expect_number(loss, 'answer[1]')
    reference = ex6.oracle()[1]
    if not 0.7 * reference < loss < 1.4 * reference:
        raise Wrong(f'A training loss of {loss:.3g} is not that of the weights without a bias: half the '
                    'mean of the squared residuals, ((X @ w - y) ** 2).mean() / 2, with X the features alone.',
                    f'训练损失{loss:.3g}不是不含偏差的权重的训练损失：它是残差平方的平均值的一半，即'
                    '((X @ w - y) ** 2).mean() / 2，其中X只含特征。')
    if abs(loss / reference - 1) > 0.02:
        raise Wrong(f'A training loss of {loss:.3g} is close, but not what these weights give on the '
                    "lesson's data: is it half the mean of the squared residuals, computed in float64?",
                    f'训练损失{loss:.3g}接近了，但不是这些权重在本节数据上给出的值：它是残差平方的平均值的一半吗？'
                    '是用float64计算的吗？')
    if distance < 0.002:
        raise Wrong(f'w is {distance:.2g} from the truth: as close as only the solution with the bias '
                    'gets. Is the column of ones still in the matrix you solved with?',
                    f'w离真实值{distance:.2g}：只有含偏差的解才能这么近。你解方程所用的矩阵里还有那列1吗？')
    if distance > 1:
        raise Wrong(f'w is {distance:.2g} from the truth: farther than leaving out the bias moves it '
                    "on the lesson's data. Is the distance that of w (2 numbers) from true_w = [2, -3.4]?",
                    f'w离真实值{distance:.2g}：在本节的数据上，去掉偏差不会让它偏离这么远。你算的是w（2个数）'
                    '与true_w = [2, -3.4]的距离吗？')


ex6.wrong('the training loss without the 1/2')(lambda: (0.15, 2 * 8.8))
ex6.wrong('still with the column of ones (the lesson\'s analytic solution)')(lambda: (0.0002, 5.0e-5))
ex6.wrong('the distance of theta (with b = 0) from [2, -3.4, 4.2]')(lambda: (4.2, 8.8))


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('Why the weights hardly move', '为什么权重几乎不动'),
    T('Exercise 6 left the bias out of the model, yet $\\mathbf{w}$ moved only a little, though '
      'the bias, 4.2, is as large as the weights. Why so little?\n\n'
      '(a) The features have mean about 0, so the constant 4.2 in every label is almost '
      'uncorrelated with them: no weighted sum of the features can stand in for it, and the best '
      'weights hardly change.\n\n'
      '(b) The normal equations give the best weights whatever else the model leaves out, so '
      '$\\mathbf{w}$ cannot change.\n\n'
      '(c) The noise is small (standard deviation 0.01), so the weights are pinned down, bias or '
      'no bias.\n\n'
      '(d) The weights take over the bias: $w_1$ and $w_2$ together now carry the 4.2.',
      '练习6把偏差从模型中去掉了，可是$\\mathbf{w}$只移动了一点点，尽管偏差4.2与权重一样大。为什么'
      '移动得这么少？\n\n'
      '(a) 各个特征的均值约为0，所以每个标签中的常数4.2与特征几乎不相关：特征的任何加权和都代替不了它，'
      '最优的权重也就几乎不变。\n\n'
      '(b) 无论模型中还漏掉了什么，正规方程给出的都是最优的权重，所以$\\mathbf{w}$不会变。\n\n'
      '(c) 噪声很小（标准差0.01），所以不管有没有偏差，权重都被确定下来了。\n\n'
      '(d) 权重接过了偏差：$w_1$和$w_2$合起来承担了这个4.2。'),
    hints=[T('Compute `features.mean(axis=0)`. How much of a constant can a weighted sum of two '
             'features with mean about 0 produce?',
             '算一算`features.mean(axis=0)`。两个均值约为0的特征，它们的加权和能凑出多少常数？'),
           T('The normal equations make the residual uncorrelated with each feature. A constant '
             '$c$ in the labels correlates with feature $j$ as $c$ times its mean. Try the '
             'opposite case: solve again for the features shifted by 1, `X + 1`, with labels made '
             'from them by the same true parameters.',
             '正规方程使残差与每个特征都不相关。标签中的常数$c$与特征$j$的相关程度是$c$乘以该特征的均值。'
             '试试相反的情形：把特征平移1，即`X + 1`，用同样的真实参数由它生成标签，再解一次。')],
    explanation=T(
        'The normal equations choose the weights so that the residual is uncorrelated with every '
        'feature. A constant in the labels correlates with a feature only through the feature\'s '
        'mean, and the features were drawn with mean 0: their sample means are a few hundredths, '
        'so the weights absorb only about 4.2 times those means, and the rest of the 4.2 stays in '
        'the residuals, which is why the training loss jumps. With features of mean 1 (`X + 1`) '
        'the same mistake moves $\\mathbf{w}$ by more than 1, as the solution prints: a model '
        'without a bias is only harmless for centred features, which is one reason inputs are '
        'standardised (标准化) to mean 0 (lesson 13).',
        '正规方程选取权重，使残差与每个特征都不相关。标签中的常数只通过特征的均值与特征相关，而特征是按均值0'
        '抽取的：它们的样本均值只有百分之几，所以权重只吸收了大约4.2乘以这些均值的部分，4.2的其余部分留在了残差'
        '里，这就是训练损失猛增的原因。对于均值为1的特征（`X + 1`），同样的错误会让$\\mathbf{w}$移动超过1，'
        '正如解答所打印的：没有偏差的模型只有在特征均值为0时才无害，这也是输入要标准化（standardisation）为均值0'
        '的原因之一（第13节）。'))


@ex7.solves
def compare_centred_and_shifted_features():
    features, labels = generate_data()
    X, y = features.asnumpy().astype('float64'), labels.asnumpy().astype('float64')
    noise = y - X @ TRUE_W - TRUE_B
    print('feature means:', X.mean(axis=0))
    moved = {}
    for name, X_used in (('features', X), ('features + 1', X + 1)):
        y_used = X_used @ TRUE_W + TRUE_B + noise  # labels from the same true parameters
        w = np.linalg.solve(X_used.T @ X_used, X_used.T @ y_used)  # without the bias
        moved[name] = np.abs(w - TRUE_W).max()
        print(f'{name:13} w without bias {w},  largest |w - true_w| {moved[name]:.3f}')
    return 'a' if moved['features'] < 0.5 < 1 < moved['features + 1'] else 'b'


WHY_NOT_7 = {
    'b': T('The best weights of a model without a bias are in general other weights: shift the '
           'features by 1 (`X + 1`), solve again, and w moves far from the truth.',
           '没有偏差的模型，其最优权重一般是另一组权重：把特征平移1（`X + 1`）再解一次，w就会远离真实值。'),
    'c': T('Small noise pins down the best weights of the model being fitted; it cannot make up for '
           'a term that the model lacks, and the large training loss of exercise 6 shows that the '
           'term is still missing.',
           '噪声小，只能把所拟合的模型的最优权重确定下来；它弥补不了模型缺少的那一项，练习6中很大的训练损失'
           '表明这一项仍然缺着。'),
    'd': T('If the weights carried the bias, they would have moved far from [2, −3.4], and the '
           'training loss would not have jumped; neither happened.',
           '如果权重承担了偏差，它们就会远离[2, −3.4]，训练损失也不会猛增；这两件事都没有发生。'),
}


ex7.choice(WHY_NOT_7)


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('Least squares, the numerically safer way', '最小二乘：数值上更稳妥的解法'),
    T('`np.linalg.lstsq(X1, y1, rcond=None)` solves the same least-squares problem as the normal '
      'equations without forming $\\mathbf{X}_1^\\top\\mathbf{X}_1$. Write `least_squares(X, y)`: '
      'for features `X` (a NumPy array, $n \\times d$) and labels `y` ($n$ numbers) it returns '
      '$\\boldsymbol{\\theta}^* = [w_1, \\ldots, w_d, b]$, adding the column of ones itself. The '
      'check compares it with the normal equations on the lesson\'s kind of data, where the two '
      'must agree, and tries it on nearly collinear features.',
      '`np.linalg.lstsq(X1, y1, rcond=None)`不构造$\\mathbf{X}_1^\\top\\mathbf{X}_1$就能解与正规方程相同的'
      '最小二乘问题。写出`least_squares(X, y)`：对特征`X`（一个NumPy数组，$n \\times d$）和标签`y`'
      '（$n$个数），它自己加上那列1，返回$\\boldsymbol{\\theta}^* = [w_1, \\ldots, w_d, b]$。检查会在本节'
      '这类数据上把它与正规方程比较（两者必须一致），还会在几乎共线的特征上试一试它。'),
    """def least_squares(X, y):
    ...  # your code: theta* = [w..., b] for features X (n x d) and labels y, with np.linalg.lstsq

ex[8].check(least_squares)""", kind='function',
    what=T('Write the body of least_squares above, then run the cell again.',
           '在上面写出least_squares的函数体，然后再运行这个单元格。'),
    hints=[T('Build $\\mathbf{X}_1$ as the lesson does, with `np.hstack` and a column of `np.ones`, '
             'and read what `np.linalg.lstsq` returns: a tuple whose first element is the solution.',
             '像本节那样用`np.hstack`和一列`np.ones`构造$\\mathbf{X}_1$，再看看`np.linalg.lstsq`返回什么：'
             '一个元组，它的第一个元素才是解。'),
           T('`X1 = np.hstack([X, np.ones((len(X), 1))])`, then '
             '`return np.linalg.lstsq(X1, y, rcond=None)[0]`.',
             '`X1 = np.hstack([X, np.ones((len(X), 1))])`，然后`return np.linalg.lstsq(X1, y, rcond=None)[0]`。')],
    explanation=T(
        '`lstsq` factorises $\\mathbf{X}_1$ itself (a singular value decomposition) instead of '
        'forming $\\mathbf{X}_1^\\top\\mathbf{X}_1$. On the lesson\'s kind of data both give the same '
        '$\\boldsymbol{\\theta}^*$ to float64 rounding. They part on nearly collinear features: in '
        'the check\'s last test the second feature is the first plus $10^{-6}$ times noise, and the '
        'labels have no noise, so $\\boldsymbol{\\theta}^*$ is exactly the true parameters. Forming '
        '$\\mathbf{X}_1^\\top\\mathbf{X}_1$ squares the condition number of the problem (printed '
        'above, about $2 \\times 10^6$, becomes about $4 \\times 10^{12}$), and of float64\'s 16 '
        'digits only 3 or 4 are left: the normal equations miss by about $10^{-3}$, `lstsq` by '
        'about $10^{-10}$.',
        '`lstsq`直接分解$\\mathbf{X}_1$本身（奇异值分解），而不构造$\\mathbf{X}_1^\\top\\mathbf{X}_1$。在本节'
        '这类数据上，两者给出的$\\boldsymbol{\\theta}^*$在float64的舍入误差内相同。在几乎共线的特征上它们就'
        '分道扬镳了：检查的最后一项测试中，第二个特征等于第一个特征加上$10^{-6}$倍的噪声，而标签不含噪声，所以'
        '$\\boldsymbol{\\theta}^*$恰好就是真实参数。构造$\\mathbf{X}_1^\\top\\mathbf{X}_1$会把问题的条件数平方'
        '（上面打印的约$2 \\times 10^6$变成约$4 \\times 10^{12}$），float64的16位有效数字只剩下3到4位：'
        '正规方程的误差约为$10^{-3}$，`lstsq`的误差约为$10^{-10}$。'))


@ex8.solves
def least_squares(X, y):
    X1 = np.hstack([X, np.ones((len(X), 1))])  # the column of ones: b is the last entry of theta
    return np.linalg.lstsq(X1, y, rcond=None)[0]


def _theta_of(f, X, y, when):
    got = call(f, X.copy(), y.copy(), when=when)
    if isinstance(got, tuple) and got and isinstance(got[0], np.ndarray) and not is_number(got[0]):
        raise Wrong('It gives a tuple, as np.linalg.lstsq does: the solution is its first element, '
                    'followed by the residuals, the rank and the singular values.',
                    '它返回的是一个元组，和np.linalg.lstsq一样：解是其中的第一个元素，'
                    '后面依次是残差、秩和奇异值。')
    if isinstance(got, nd.NDArray):
        got = got.asnumpy()
    if isinstance(got, (list, tuple)) and all(is_number(v) for v in got):
        got = np.array(got, dtype='float64')
    if not isinstance(got, np.ndarray) or not np.issubdtype(got.dtype, np.number):
        raise Unusable(f'least_squares(X, y) should give a NumPy array; it gives {kind(got)}.',
                       f'least_squares(X, y)应返回一个NumPy数组；它返回的是{kind(got, "zh")}。')
    d = X.shape[1]
    if got.size == d:
        raise Wrong(f'For {d} features it gives {d} numbers: theta* has one more, the bias b, the '
                    'weight of the column of ones.',
                    f'对{d}个特征它返回{d}个数：theta*还多一个，即偏差b，也就是那列1的权重。')
    if got.size != d + 1:
        raise Unusable(f'For {d} features it gives {got.size} numbers (shape {got.shape}); expected '
                       f'{d + 1}: w_1 to w_{d}, then b.',
                       f'对{d}个特征它返回{got.size}个数（形状{got.shape}）；应为{d + 1}个：'
                       f'w_1到w_{d}，然后是b。')
    return got.astype('float64').ravel()


def _normal_equations(X, y):
    X1 = np.hstack([X, np.ones((len(X), 1))])
    return np.linalg.solve(X1.T @ X1, X1.T @ y)


@ex8.checks
def _(answer):
    f = expect_function(answer, 'least_squares')
    rng = np.random.RandomState(8)
    X = rng.normal(size=(1000, 2))
    y = X @ TRUE_W + TRUE_B + rng.normal(scale=0.01, size=1000)
    for X, y, shown, shown_zh in ((X, y, "the lesson's kind of data", '本节这类数据'),
                                  (rng.normal(size=(50, 3)), rng.normal(size=50), '50 examples of 3 features',
                                   '由50个样本、3个特征构成的数据')):
        got, reference = _theta_of(f, X, y, T(f'given {shown}', f'输入{shown_zh}')), _normal_equations(X, y)
        error = np.abs(got - reference).max()
        if error > 1e-8:
            if np.abs(np.roll(got, -1) - reference).max() < 1e-8:
                raise Wrong('It gives b first: theta* is [w_1, ..., w_d, b], the bias last, as the lesson '
                            'puts the column of ones last.',
                            '它把b放在了最前面：theta*是[w_1, ..., w_d, b]，偏差在最后，'
                            '因为本节把那列1放在最后。')
            raise Wrong(f'On {shown} it differs from the normal equations\' theta* by {error:.2g}'
                        + (': is it computed in float32?' if error < 1e-3 else '.'),
                        f'在{shown_zh}上，它与正规方程的theta*相差{error:.2g}'
                        + ('：是用float32计算的吗？' if error < 1e-3 else '。'))
    x1 = rng.normal(size=1000)  # nearly collinear: x2 = x1 + 1e-6 noise
    X = np.stack([x1, x1 + 1e-6 * rng.normal(size=1000)], axis=1)
    truth = np.array(TRUE_W + [TRUE_B])
    y = X @ TRUE_W + TRUE_B  # no noise: theta* is exactly the truth
    got = _theta_of(f, X, y, T('given nearly collinear features', '输入几乎共线的特征'))
    error, normal_error = np.abs(got - truth).max(), np.abs(_normal_equations(X, y) - truth).max()
    condition = np.linalg.cond(np.hstack([X, np.ones((1000, 1))]))
    if error > 1e-6:
        raise Wrong(f'On nearly collinear features (x2 = x1 + 1e-6 noise, labels without noise, so '
                    f'theta* is exactly the truth) it is off by {error:.2g}. The condition number of X1 '
                    f'is about {condition:.1g}: forming X1^T X1 squares it, and float64 keeps 16 digits.',
                    f'在几乎共线的特征上（x2 = x1 + 1e-6倍的噪声，标签不含噪声，所以theta*恰好就是真实参数），'
                    f'它的误差为{error:.2g}。X1的条件数约为{condition:.1g}：构造X1^T X1会把它平方，而float64'
                    '只有16位有效数字。')
    print(text(T(f'On nearly collinear features (condition number of X1 about {condition:.1g}): your '
                 f'least_squares is off by {error:.1g}, the normal equations by {normal_error:.1g}.',
                 f'在几乎共线的特征上（X1的条件数约为{condition:.1g}）：你的least_squares误差为{error:.1g}，'
                 f'正规方程的误差为{normal_error:.1g}。')))


@ex8.wrong('the normal equations, forming X1^T X1')
def _():
    return _normal_equations


@ex8.wrong('without the column of ones')
def _():
    return lambda X, y: np.linalg.lstsq(X, y, rcond=None)[0]


@ex8.wrong('the column of ones first, so b comes first')
def _():
    return lambda X, y: np.linalg.lstsq(np.hstack([np.ones((len(X), 1)), X]), y, rcond=None)[0]


@ex8.wrong('lstsq in float32')
def _():
    def f(X, y):
        X1 = np.hstack([X, np.ones((len(X), 1))]).astype('float32')
        return np.linalg.lstsq(X1, y.astype('float32'), rcond=None)[0]
    return f


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('Ten times the noise', '十倍的噪声'),
    T('Write `analytic_error(noise_std)`: generate the lesson\'s data set (1000 examples, the same '
      'true parameters) with noise of standard deviation `noise_std`, solve the normal equations '
      '(with the column of ones) and return the largest $|\\boldsymbol{\\theta}^* - '
      '\\boldsymbol{\\theta}_{\\text{true}}|$. How far is the analytic solution from the truth '
      'with noise 0.1 instead of 0.01? Compare it with $0.1/\\sqrt{1000}$. The check calls your '
      'function several times at several noise levels.',
      '写出`analytic_error(noise_std)`：用标准差为`noise_std`的噪声生成本节的数据集（1000个样本，真实参数'
      '不变），解正规方程（带那列1），返回最大的$|\\boldsymbol{\\theta}^* - \\boldsymbol{\\theta}_{\\text{true}}|$。'
      '噪声标准差为0.1而不是0.01时，解析解离真实参数有多远？把它与$0.1/\\sqrt{1000}$比较。检查会在几个'
      '噪声水平下多次调用你的函数。'),
    """def analytic_error(noise_std):
    ...  # your code: new data with this noise, theta* by the normal equations, largest |theta* - true|

ex[9].check(analytic_error)""", kind='function',
    what=T('Write the body of analytic_error above, then run the cell again.',
           '在上面写出analytic_error的函数体，然后再运行这个单元格。'),
    hints=[T('Copy the lesson\'s cells that generate the data and solve the normal equations into '
             'the function, with `scale=noise_std` for the noise, and compare `theta_star` with '
             '`np.array(true_w + [true_b])`.',
             '把本节中生成数据和解正规方程的单元格复制到函数里，噪声用`scale=noise_std`，再把`theta_star`与'
             '`np.array(true_w + [true_b])`比较。'),
           T('`features = nd.random.normal(scale=1, shape=(1000, 2))`, the labels as in the lesson '
             'plus `nd.random.normal(scale=noise_std, shape=(1000,))`, then `X1`, `theta_star = '
             'np.linalg.solve(X1.T @ X1, X1.T @ y1)` and `return np.abs(theta_star - [2, -3.4, '
             '4.2]).max()`.',
             '`features = nd.random.normal(scale=1, shape=(1000, 2))`，标签像本节那样生成，再加上'
             '`nd.random.normal(scale=noise_std, shape=(1000,))`；然后构造`X1`，`theta_star = '
             'np.linalg.solve(X1.T @ X1, X1.T @ y1)`，最后`return np.abs(theta_star - [2, -3.4, 4.2]).max()`。')],
    explanation=T(
        '$\\boldsymbol{\\theta}^* - \\boldsymbol{\\theta}_{\\text{true}} = (\\mathbf{X}_1^\\top'
        '\\mathbf{X}_1)^{-1}\\mathbf{X}_1^\\top\\boldsymbol{\\epsilon}$ is linear in the noise: ten '
        'times the noise, ten times the error. For features of variance 1, the error of each '
        'parameter has a standard deviation of about $\\sigma/\\sqrt{n}$, $0.1/\\sqrt{1000} \\approx '
        '0.003$ for noise 0.1, and the largest of the three errors is typically once or twice '
        'that, as the medians the check printed show. Halving it at a given noise takes four '
        'times the examples.',
        '$\\boldsymbol{\\theta}^* - \\boldsymbol{\\theta}_{\\text{true}} = (\\mathbf{X}_1^\\top\\mathbf{X}_1)^{-1}'
        '\\mathbf{X}_1^\\top\\boldsymbol{\\epsilon}$与噪声成线性关系：噪声大十倍，误差也大十倍。对方差为1的特征，'
        '每个参数的误差的标准差约为$\\sigma/\\sqrt{n}$，噪声为0.1时即$0.1/\\sqrt{1000} \\approx 0.003$；'
        '三个误差中最大的那个通常是它的一到两倍，检查所打印的中位数正是如此。在噪声不变时要把误差减半，'
        '需要四倍的样本。'))


@ex9.solves
def analytic_error(noise_std):
    features = nd.random.normal(scale=1, shape=(1000, 2))
    labels = 2 * features[:, 0] - 3.4 * features[:, 1] + 4.2
    labels += nd.random.normal(scale=noise_std, shape=labels.shape)
    X1 = np.hstack([features.asnumpy().astype('float64'), np.ones((1000, 1))])
    y1 = labels.asnumpy().astype('float64')
    theta_star = np.linalg.solve(X1.T @ X1, X1.T @ y1)
    return np.abs(theta_star - [2, -3.4, 4.2]).max()


@ex9.checks
def _(answer):
    f = expect_function(answer, 'analytic_error')
    medians = {}
    for noise in (0.01, 0.1, 1):
        errors = [expect_number(call(f, noise, when=T(f'given noise_std={noise}', f'输入noise_std={noise}')),
                                f'analytic_error({noise})') for _ in range(5)]
        if not all(np.isfinite(e) and e >= 0 for e in errors):
            raise Wrong(f'analytic_error({noise}) gives {errors}: a largest absolute error is a finite '
                        'number, 0 or more.',
                        f'analytic_error({noise})返回{errors}：最大绝对误差应是一个有限的、不小于0的数。')
        medians[noise] = float(np.median(errors))
    if medians[0.01] > 0.05:
        raise Wrong(f'With noise 0.01 your error is about {medians[0.01]:.2g}, where the lesson\'s '
                    'analytic solution is within 0.003 of the truth: is the column of ones in X1, and is '
                    'theta* compared with [2, -3.4, 4.2]?',
                    f'噪声为0.01时你的误差约为{medians[0.01]:.2g}，而本节的解析解与真实参数相差不到0.003：'
                    'X1中有那列1吗？theta*是与[2, -3.4, 4.2]比较的吗？')
    growth = medians[1] / max(medians[0.01], 1e-300)
    if growth < 10:
        raise Wrong(f'Your error hardly grows with the noise (about {growth:.2g} times from noise 0.01 '
                    'to noise 1): are the labels generated with noise_std?',
                    f'你的误差几乎不随噪声增大（从噪声0.01到噪声1只增大约{growth:.2g}倍）：标签是用'
                    'noise_std生成的吗？')
    if growth > 1000:
        raise Wrong(f'Your error grows about {growth:.2g} times from noise 0.01 to noise 1, far faster '
                    'than the noise: is noise_std the standard deviation (scale=noise_std), not squared?',
                    f'从噪声0.01到噪声1，你的误差增大了约{growth:.2g}倍，远快于噪声的增长：noise_std是作为'
                    '标准差（scale=noise_std）使用的吗？有没有被平方？')
    scale = medians[0.1] / (0.1 / np.sqrt(1000))
    if not 0.15 < scale < 6:
        raise Wrong(f'With noise 0.1 your error is about {medians[0.1]:.2g}, {scale:.2g} times 0.1/√1000: '
                    'does your data set have the lesson\'s 1000 examples?',
                    f'噪声为0.1时你的误差约为{medians[0.1]:.2g}，是0.1/√1000的{scale:.2g}倍：你的数据集有'
                    '本节的1000个样本吗？')
    shown = ', '.join(f'{medians[s]:.2g} (noise {s})' for s in medians)
    shown_zh = '，'.join(f'{medians[s]:.2g}（噪声{s}）' for s in medians)
    print(text(T(f'Your errors, medians of 5 data sets each: {shown}; 0.1/√1000 ≈ 0.0032.',
                 f'你的误差（各为5个数据集的中位数）：{shown_zh}；0.1/√1000 ≈ 0.0032。')))


@ex9.wrong('noise_std not used: the noise is always 0.01')
def _():
    return lambda noise_std: analytic_error(0.01)


@ex9.wrong('noise_std used as the variance (squared)')
def _():
    return lambda noise_std: analytic_error(noise_std ** 2)


@ex9.wrong('the normal equations without the column of ones')
def _():
    def f(noise_std):
        features, labels = generate_data(noise_std)
        X, y = features.asnumpy().astype('float64'), labels.asnumpy().astype('float64')
        w = np.linalg.solve(X.T @ X, X.T @ y)
        return np.abs(np.append(w, 0) - [2, -3.4, 4.2]).max()
    return f


# --- 10 -----------------------------------------------------------------------------------------

ex10 = exercise(
    T('One more epoch with a smaller learning rate', '用更小的学习率再训练一个迭代周期'),
    T('After the lesson\'s three epochs at learning rate 0.03, train one more epoch at 0.003. '
      'Does SGD end closer to the analytic solution $\\boldsymbol{\\theta}^*$, and why? Try it on '
      'copies of `w` and `b`, comparing the largest $|\\boldsymbol{\\theta} - '
      '\\boldsymbol{\\theta}^*|$ before and after.\n\n'
      '(a) About $\\sqrt{10} \\approx 3$ times closer: SGD\'s jitter shrinks with the square root of '
      'the learning rate, and one epoch settles it at the smaller jitter.\n\n'
      '(b) Closer, but only by about a quarter of the distance: each of the 100 steps at 0.003 '
      'takes only about 0.3% of what is left.\n\n'
      '(c) About 10 times closer: the jitter is proportional to the learning rate, and one epoch '
      'settles it at the smaller jitter.\n\n'
      '(d) No closer: after three epochs SGD has converged, and smaller steps cannot improve on it.',
      '在本节以学习率0.03训练的三个迭代周期之后，再用学习率0.003训练一个迭代周期。SGD最后离解析解'
      '$\\boldsymbol{\\theta}^*$更近了吗？为什么？在`w`和`b`的副本上试一试，比较前后最大的'
      '$|\\boldsymbol{\\theta} - \\boldsymbol{\\theta}^*|$。\n\n'
      '(a) 近了约$\\sqrt{10} \\approx 3$倍：SGD的抖动随学习率的平方根减小，一个迭代周期就让它稳定在较小的'
      '抖动上。\n\n'
      '(b) 近了，但只近了大约四分之一：学习率为0.003的100步中，每一步只走完剩余距离的约0.3%。\n\n'
      '(c) 近了约10倍：抖动与学习率成正比，一个迭代周期就让它稳定在较小的抖动上。\n\n'
      '(d) 没有更近：三个迭代周期后SGD已经收敛，更小的步长不能再改进它。'),
    solution_seconds=3,
    hints=[T('Measure it: `w_more, b_more = w.copy(), b.copy()`, `attach_grad()` on both, one epoch '
             'of the lesson\'s loop at `lr = 0.003` on them, then the largest `|theta - theta_star|` '
             'before and after (as the lesson computes `sgd_to_analytic`). What is the ratio?',
             '测一测：`w_more, b_more = w.copy(), b.copy()`，对两者调用`attach_grad()`，在它们上面以`lr = 0.003`'
             '运行一个迭代周期的本节训练循环，然后比较前后最大的`|theta - theta_star|`（就像本节计算'
             '`sgd_to_analytic`那样）。比值是多少？'),
           T('Leaving aside the noise of the mini-batches, a step of learning rate $\\eta$ shrinks the '
             'distance to the minimum of this bowl (features of variance 1) by a factor of about '
             '$1 - \\eta$. What do 100 steps at 0.003 give? And three epochs at 0.03 leave about '
             '$0.97^{300}$ of the starting distance (4.2, the bias): how far is that from '
             '$\\boldsymbol{\\theta}^*$, next to the jitter of the steps?',
             '不考虑小批量的噪声，学习率为$\\eta$的一步使到这个碗（特征方差为1）的最小值点的距离缩小为约'
             '$1 - \\eta$倍。学习率为0.003的100步会使它缩小多少？而以0.03训练三个迭代周期后，剩下的距离约为起始距离'
             '（4.2，即偏差）的$0.97^{300}$倍：与步子的抖动相比，这离$\\boldsymbol{\\theta}^*$还有多远？')],
    explanation=T(
        'One epoch at 0.003 brings SGD closer, but only by about a quarter: the solution\'s ratio '
        'is about 0.74, which is $0.997^{100}$, the factor by which 100 steps of learning rate '
        '0.003 shrink the distance to the minimum of this bowl. The distance after three epochs '
        'at 0.03 is not only jitter: it is still mostly road not yet travelled, which steps of '
        '0.03 shrink about twentyfold per epoch ($0.97^{100} \\approx 0.05$) until the jitter of '
        'their noisy gradients takes over. So a fourth epoch at 0.03 may well end closer than one '
        'at 0.003, as the solution shows. A smaller learning rate pays once SGD is down to its '
        'jitter, and then over many epochs: that is why learning rates are lowered late in '
        'training, not early.',
        '以0.003再训练一个迭代周期确实让SGD更近了，但只近了大约四分之一：解答中的比值约为0.74，也就是'
        '$0.997^{100}$，即学习率为0.003的100步使到这个碗的最小值点的距离缩小的倍数。以0.03训练三个迭代周期'
        '后的距离并不只是抖动：它主要还是尚未走完的路程。学习率0.03的步子每个迭代周期把这段路程缩小约20倍'
        '（$0.97^{100} \\approx 0.05$），直到带噪声的梯度造成的抖动占了上风。所以第四个迭代周期用0.03完全'
        '可能比用0.003离得更近，正如解答所示。更小的学习率要等SGD下降到抖动水平之后，并经过许多个迭代周期'
        '才见效：这就是为什么学习率要在训练的后期而不是前期调低。'))


@ex10.solves
def one_more_epoch_at_a_smaller_learning_rate():
    features, labels = generate_data()
    theta_star = analytic_solution(features, labels)
    _, w, b = train_linreg(features, labels, 0.03, 3)  # the lesson's three epochs
    before = np.abs(theta(w, b) - theta_star).max()
    print(f'after 3 epochs at 0.03: largest |theta - theta*| = {before:.2e}')
    after = {}
    for lr in (0.003, 0.03):
        _, w_more, b_more = train_linreg(features, labels, lr, 1, w.copy(), b.copy())  # on copies
        after[lr] = np.abs(theta(w_more, b_more) - theta_star).max()
        print(f'one more epoch at {lr}: {after[lr]:.2e}, {after[lr] / before:.2f} times the distance before')
    print('0.997 ** 100 =', round(0.997 ** 100, 3))
    ratio = after[0.003] / before
    return 'b' if 0.55 < ratio < 0.9 else 'a' if 0.2 < ratio <= 0.55 else 'c' if ratio <= 0.2 else 'd'


WHY_NOT_10 = {
    'a': T('Settling at a smaller jitter takes many steps: each step at 0.003 removes only about '
           '0.3% of the distance, so 100 steps cannot cover most of it.',
           '稳定到更小的抖动需要许多步：学习率0.003的每一步只消除约0.3%的距离，所以100步走不完其中的大部分。'),
    'c': T('Settling at a jitter ten times smaller would take many epochs: each step at 0.003 '
           'removes only about 0.3% of the distance.',
           '稳定到小十倍的抖动需要许多个迭代周期：学习率0.003的每一步只消除约0.3%的距离。'),
    'd': T('SGD with a constant learning rate never stops at a point: every step moves the '
           'parameters, and steps at 0.003 bring them steadily closer, in every run we tried.',
           '学习率不变的SGD从不会停在某一点：每一步都在移动参数，而在我们试过的每一次运行中，学习率0.003的步子'
           '都让参数稳步靠近。'),
}


ex10.choice(WHY_NOT_10, right='b')  # 'b': what one_more_epoch_at_a_smaller_learning_rate() finds


# --- 11 -----------------------------------------------------------------------------------------

ex11 = exercise(
    T('Adding vectors with NumPy', '用NumPy做向量加法'),
    T('Time the two ways of adding two 1000-dimensional vectors with NumPy arrays, as the lesson '
      'timed them with NDArrays: a loop of scalar additions, and one vector addition. Which loop '
      'is faster, MXNet\'s or NumPy\'s? Pass the lesson\'s two times and your two, in seconds.',
      '像本节用NDArray那样，用NumPy数组为两个1000维向量相加的两种方法计时：逐个做标量加法的循环，以及一次'
      '矢量加法。MXNet的循环和NumPy的循环哪个更快？把本节的两个时间和你的两个时间（以秒为单位）传给检查。'),
    """times = ...  # {'mxnet loop': loop_time, 'mxnet vectorised': vector_time,
#                 'numpy loop': ..., 'numpy vectorised': ...}, in seconds

ex[11].check(times)""", book=['3.1.1'], solution_seconds=3,
    what=T('Fill times with the four measurements, then run the cell again.',
           '把四个测量结果放进times，然后再运行这个单元格。'),
    hints=[T('Make NumPy copies, `u_np, v_np = u.asnumpy(), v.asnumpy()`, and let the loop write into '
             'a NumPy array (`np.zeros(1000)`): a loop that writes into an NDArray still pays '
             'MXNet\'s costs.',
             '先做出NumPy副本`u_np, v_np = u.asnumpy(), v.asnumpy()`，并让循环写入一个NumPy数组'
             '（`np.zeros(1000)`）：写入NDArray的循环仍然要付出MXNet的开销。'),
           T('Write `add_loop_np`, the lesson\'s `add_loop` on NumPy arrays (without `wait_to_read`: '
             'NumPy computes at once), then `min(timeit.repeat(lambda: add_loop_np(u_np, v_np), '
             'number=1, repeat=3))` and `min(timeit.repeat(lambda: u_np + v_np, number=1, '
             'repeat=100))`.',
             '写出`add_loop_np`，即作用于NumPy数组的本节`add_loop`（不需要`wait_to_read`：NumPy立即计算），'
             '然后求`min(timeit.repeat(lambda: add_loop_np(u_np, v_np), number=1, repeat=3))`和'
             '`min(timeit.repeat(lambda: u_np + v_np, number=1, repeat=100))`。')],
    explanation=T(
        'On NumPy arrays the loop of 1000 scalar additions takes well under a millisecond, '
        'hundreds to thousands of times less than MXNet\'s loop, and NumPy\'s vector addition takes '
        'a microsecond or less, less than MXNet\'s too. Vectorising wins with either library, one call for '
        '1000 additions instead of 1000 Python statements, but by how much depends on what each '
        'statement costs. Exercise 12 asks why MXNet\'s statements cost so much more.',
        '在NumPy数组上，1000次标量加法的循环用时远不到一毫秒，只有MXNet循环的几百分之一到几千分之一；'
        'NumPy的矢量加法只需1微秒左右或更少，也比MXNet的少。两个库都是矢量化胜出：一次调用完成1000次加法，'
        '而不是执行1000条Python语句；'
        '但胜出多少，取决于每条语句的开销。练习12问的是为什么MXNet的语句开销要大得多。'))


@ex11.solves
def time_numpy_and_mxnet():
    def add_loop(u, v, zeros):
        c = zeros(1000)
        for i in range(len(u)):
            c[i] = u[i] + v[i]
        return c

    u, v = nd.arange(1000), nd.ones(1000)
    u_np, v_np = u.asnumpy(), v.asnumpy()
    times = {
        'mxnet loop': min(timeit.repeat(lambda: add_loop(u, v, nd.zeros).wait_to_read(), number=1, repeat=3)),
        'mxnet vectorised': min(timeit.repeat(lambda: (u + v).wait_to_read(), number=1, repeat=100)),
        'numpy loop': min(timeit.repeat(lambda: add_loop(u_np, v_np, np.zeros), number=1, repeat=3)),
        'numpy vectorised': min(timeit.repeat(lambda: u_np + v_np, number=1, repeat=100)),
    }
    return {name: float(f'{seconds:.3g}') for name, seconds in times.items()}  # seconds


TIMES = ('mxnet loop', 'mxnet vectorised', 'numpy loop', 'numpy vectorised')


@ex11.checks
def _(answer):
    if isinstance(answer, dict):
        answer = {str(k).strip().lower().replace('vectorized', 'vectorised'): v for k, v in answer.items()}
    if not isinstance(answer, dict) or set(answer) != set(TIMES):
        listed = ', '.join(f"'{k}'" for k in TIMES)
        got = f'a dict with keys {list(answer)}' if isinstance(answer, dict) else kind(answer)
        got_zh = f'键为{list(answer)}的字典' if isinstance(answer, dict) else kind(answer, "zh")
        raise Unusable(f'Expected times: a dict with the keys {listed}; got {got}.',
                       f'times应为以{listed}为键的字典；得到的是{got_zh}。')
    t = {k: expect_number(v, f"times['{k}']") for k, v in answer.items()}
    if not all(np.isfinite(x) and x > 0 for x in t.values()):
        raise Wrong('Every time should be a positive number of seconds.', '每个时间都应是一个正的秒数。')
    if t['mxnet loop'] < 10 * t['mxnet vectorised']:
        raise Wrong("MXNet's loop is not much slower than its vectorised addition in your times: are "
                    "they the lesson's loop_time and vector_time?",
                    '在你的时间里，MXNet的循环并不比它的矢量加法慢多少：它们是本节的loop_time和vector_time吗？')
    if t['numpy loop'] < 10 * t['numpy vectorised']:
        raise Wrong("Your NumPy loop is not much slower than NumPy's vectorised addition: did the "
                    'loop do 1000 scalar additions, and the vectorised time one u_np + v_np?',
                    '你的NumPy循环并不比NumPy的矢量加法慢多少：循环做了1000次标量加法吗？矢量加法的时间测的'
                    '是一次u_np + v_np吗？')
    if t['numpy loop'] > t['mxnet loop'] / 10:
        raise Wrong(f"Your NumPy loop took {t['numpy loop'] / t['mxnet loop']:.2g} times as long as "
                    "MXNet's: did it loop over NumPy arrays (u.asnumpy()) and write into a NumPy array, "
                    'not into an NDArray?',
                    f"你的NumPy循环用时是MXNet循环的{t['numpy loop'] / t['mxnet loop']:.2g}倍：它遍历的是"
                    'NumPy数组（u.asnumpy()）吗？写入的是NumPy数组而不是NDArray吗？')
    print(text(T(f"Your times: NumPy's loop is {t['mxnet loop'] / t['numpy loop']:.0f} times faster than "
                 f"MXNet's; NumPy's vectorised addition is {t['numpy loop'] / t['numpy vectorised']:.0f} "
                 'times faster than its loop.',
                 f"你的时间：NumPy的循环比MXNet的快{t['mxnet loop'] / t['numpy loop']:.0f}倍；NumPy的矢量"
                 f"加法比它的循环快{t['numpy loop'] / t['numpy vectorised']:.0f}倍。")))


# what learners' measurements look like when they go wrong (times in seconds, from a 2-core machine)
ex11.wrong('the NumPy loop run over the NDArrays')(lambda: {
    'mxnet loop': 0.15, 'mxnet vectorised': 5e-5, 'numpy loop': 0.16, 'numpy vectorised': 1e-6})
ex11.wrong('the NumPy loop writing into an NDArray')(lambda: {
    'mxnet loop': 0.15, 'mxnet vectorised': 5e-5, 'numpy loop': 0.05, 'numpy vectorised': 1e-6})
ex11.wrong('the two NumPy times swapped')(lambda: {
    'mxnet loop': 0.15, 'mxnet vectorised': 5e-5, 'numpy loop': 1e-6, 'numpy vectorised': 2e-4})


# --- 12 -----------------------------------------------------------------------------------------

ex12 = exercise(
    T("Why MXNet's loop is slower", '为什么MXNet的循环更慢'),
    T('Exercise 11 found MXNet\'s loop far slower than NumPy\'s, though both do the same 1000 '
      'additions of single numbers in a Python loop. Why?\n\n'
      '(a) NumPy runs the loop on several CPU cores, MXNet on one.\n\n'
      '(b) MXNet adds in float32, which a CPU does more slowly than float64.\n\n'
      '(c) Python runs a loop over an NDArray\'s indices more slowly than one over a NumPy '
      'array\'s.\n\n'
      '(d) Every MXNet operation, even on a single element, is a call into MXNet\'s engine that '
      'makes a new NDArray and schedules the work: many microseconds each, where NumPy\'s element '
      'operations take a fraction of a microsecond.',
      '练习11发现MXNet的循环比NumPy的慢得多，尽管两者都是在Python循环中对单个的数做同样的1000次加法。'
      '为什么？\n\n'
      '(a) NumPy在多个CPU核上运行这个循环，MXNet只用一个核。\n\n'
      '(b) MXNet用float32做加法，而CPU做float32运算比float64慢。\n\n'
      '(c) Python遍历NDArray的下标比遍历NumPy数组的下标慢。\n\n'
      '(d) MXNet的每个运算，哪怕只针对一个元素，都是对MXNet引擎的一次调用：创建一个新的NDArray并安排计算，'
      '每次要好几微秒；而NumPy的元素运算只需不到一微秒。'),
    hints=[T('Time the pieces of one pass of the loop on their own: `u[0]`, and `u[0] + v[0]`, for '
             'NDArrays and for NumPy arrays (`timeit.timeit(lambda: u[0] + v[0], number=1000)`).',
             '单独为循环中一次迭代的各个部分计时：`u[0]`和`u[0] + v[0]`，分别对NDArray和NumPy数组'
             '（`timeit.timeit(lambda: u[0] + v[0], number=1000)`）。'),
           T('Each pass of the loop makes four MXNet calls (two reads, an addition and a write). If '
             'each costs 20 µs, what do 1000 passes cost? Compare with the arithmetic itself, one '
             'addition, a nanosecond.',
             '循环的每次迭代要调用MXNet四次（两次读取、一次加法和一次写入）。如果每次调用花20微秒，'
             '1000次迭代要花多少？再与算术本身（一次加法，约一纳秒）比较。')],
    explanation=T(
        'The addition itself takes a nanosecond in either library; what costs is everything '
        'around it. Each MXNet operation goes from Python into MXNet\'s C++ library, makes a new '
        'NDArray for its result and hands the work to MXNet\'s engine, which schedules it '
        'asynchronously: many microseconds, as the solution measures, paid for every element '
        'read, added and written. NumPy\'s element operations stay close to Python\'s own and '
        'take a fraction of a microsecond. MXNet\'s fixed cost is worth paying for large arrays '
        '(and on a GPU), and it is why a loop over elements is the worst way to use it: one '
        'vector operation pays it once.',
        '加法本身在两个库中都只需约一纳秒；花时间的是它前后的一切。MXNet的每个运算都要从Python进入MXNet的'
        'C++库，为结果创建一个新的NDArray，再把计算交给MXNet的引擎异步调度：如解答所测，每次要好几微秒，'
        '而每读取、相加、写入一个元素都要付出一次。NumPy的元素运算与Python自身的运算相差无几，只需不到一微秒。'
        '对大数组（以及在GPU上）而言，MXNet的这笔固定开销是值得的；也正因为如此，逐个元素的循环是使用它的'
        '最差方式：一次矢量运算只付一次开销。'))


@ex12.solves
def time_one_pass_of_the_loop():
    u, v = nd.arange(1000), nd.ones(1000)
    u_np, v_np = u.asnumpy(), v.asnumpy()

    def microseconds(operation):  # per call, the best of 5 rounds of 1000 calls
        return min(timeit.repeat(operation, number=1000, repeat=5)) * 1000

    rows = [('read one element, u[0]', microseconds(lambda: u[0]), microseconds(lambda: u_np[0])),
            ('add two elements, u[0] + v[0]', microseconds(lambda: u[0] + v[0]),
             microseconds(lambda: u_np[0] + v_np[0]))]
    nd.waitall()
    for what, mxnet, numpy in rows:
        print(f'{what:30} MXNet {mxnet:7.2f} µs   NumPy {numpy:5.2f} µs   (dtype {u_np.dtype} in both)')
    return 'd' if rows[1][1] > 10 * rows[1][2] else 'a'


WHY_NOT_12 = {
    'a': T('A Python loop runs one statement after another on one core, whatever the arrays; '
           'neither library spreads it over cores.',
           'Python循环无论处理什么数组，都是在一个核上一条接一条地执行语句；两个库都不会把它分到多个核上。'),
    'b': T('`u.asnumpy()` is float32 too, and a CPU adds float32 at least as fast as float64: the '
           'arithmetic is a nanosecond either way, and the time goes elsewhere.',
           '`u.asnumpy()`也是float32，而且CPU做float32加法至少和float64一样快：算术本身都只要约一纳秒，'
           '时间花在了别处。'),
    'c': T('The loop is the same `for i in range(len(u))` over 1000 plain Python integers for both; '
           'what differs is what each pass does.',
           '两者的循环都是同样的`for i in range(len(u))`，遍历1000个普通的Python整数；不同的是每次迭代'
           '所做的事。'),
}


ex12.choice(WHY_NOT_12, right='d')  # 'd': what time_one_pass_of_the_loop() measures
