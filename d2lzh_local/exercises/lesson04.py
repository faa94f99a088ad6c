"""Lesson 04, softmax regression from scratch: the exercises."""
import numpy as np
from mxnet import autograd, nd

from . import T, Unusable, Wrong, call, lesson
from .answers import expect_function, expect_integer, expect_ndarray, kind

EXERCISES, exercise = lesson()


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('A softmax that does not overflow', '不会溢出的softmax'),
    T('Our `softmax` follows the mathematical definition. What goes wrong for a score of 100? '
      '(Try `softmax(nd.array([[100, 0]]))`.) And for a score of −200? Write `stable_softmax(X)`: '
      'the same probabilities as `softmax` for ordinary scores, and finite ones for any scores.',
      '我们的`softmax`是按数学定义直接实现的。得分为100时会出什么问题？（试试`softmax(nd.array([[100, '
      '0]]))`。）得分为−200时呢？请写出`stable_softmax(X)`：对普通的得分，它给出与`softmax`相同的概率；对任何'
      '得分，它给出的概率都是有限值。'),
    """def stable_softmax(X):
    ...  # your code: the softmax of each row of X, finite for any scores

ex[1].check(stable_softmax)""", kind='function', book=['3.6.1'],
    what=T('Write the body of stable_softmax above, then run the cell again.',
           '在上面写出stable_softmax的函数体，然后再运行这个单元格。'),
    hints=[T('Try `nd.array([100.]).exp()` and `nd.array([-200.]).exp()`: what does float32 make '
             'of them, and what is inf / inf, or 0 / 0?',
             '试一试`nd.array([100.]).exp()`和`nd.array([-200.]).exp()`：float32把它们变成了什么？'
             'inf / inf和0 / 0又是什么？'),
           T('Subtracting the same number c from every score of a row does not change its softmax '
             '(the factor exp(-c) cancels between numerator and denominator). Choose c so that the '
             "largest exponent is exp(0) = 1: each row's own maximum, `X.max(axis=1, "
             'keepdims=True)`.',
             '把一行中的每个得分都减去同一个数c，不会改变该行的softmax（分子和分母中的因子exp(-c)相互抵消）。'
             '选取c使最大的指数项为exp(0) = 1，即取每一行自己的最大值`X.max(axis=1, keepdims=True)`。')],
    explanation=T(
        'Each row is shifted by its own maximum before `exp`: the largest term becomes exp(0) = 1, '
        'so nothing overflows, and the sum is at least 1, so nothing divides by 0. Scores of 100 '
        'or 1000 give finite probabilities, and a row of very negative scores (-200, -1000) '
        'gives the same probabilities as the same row shifted up. Shifting by the maximum of the '
        'whole batch is not enough: a row far below that maximum still underflows to 0 / 0.',
        '每一行在做`exp`之前先减去它自己的最大值：最大的项变成exp(0) = 1，因此不会上溢；分母至少为1，因此不会'
        '除以0。得分为100或1000时，得到的概率是有限值；一行很小的得分（-200、-1000）与整体上移后的同一行得到相'
        '同的概率。减去整个批量的最大值是不够的：远低于这个最大值的行仍然会下溢成0 / 0。'))


@ex1.solves
def stable_softmax(X):
    X = X - X.max(axis=1, keepdims=True)  # each row's largest score becomes 0
    X_exp = X.exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)


def _naive_softmax(X):
    X_exp = X.exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)


@ex1.checks
def _(answer):
    f = expect_function(answer, 'stable_softmax')
    when = T('given a batch of scores', '输入一批得分')
    moderate = nd.random.normal(shape=(6, 10), dtype='float32')
    out = expect_ndarray(call(f, moderate, when=when), 'stable_softmax(X)', shape=moderate.shape)
    if np.abs(out.sum(axis=1).asnumpy() - 1).max() > 1e-5:
        raise Wrong('For ordinary scores (a 6 x 10 batch) the rows of the result do not sum to 1: '
                    'is the sum taken over each row (axis=1)?',
                    '对普通的得分（6 x 10的批量），结果的各行之和不为1：求和是否按每一行（axis=1）进行？')
    if np.abs((out - _naive_softmax(moderate)).asnumpy()).max() > 1e-5:
        raise Wrong('For ordinary scores it gives other probabilities than the softmax of the '
                    'lesson: it must be the same function, only safe from overflow.',
                    '对普通的得分，它给出的概率与本节的softmax不同：它必须是同一个函数，只是不会溢出。')
    for scores, shown in (([[100., 0.]], '[[100, 0]]'), ([[1000., -1000.]], '[[1000, -1000]]'),
                          ([[-200., -201.]], '[[-200, -201]]'),
                          ([[1000., 999.], [0., -1.]], '[[1000, 999], [0, -1]]')):
        X = nd.array(scores)
        got = call(f, X, when=T(f'given {shown}', f'输入{shown}')).asnumpy()
        if not np.isfinite(got).all():
            raise Wrong(f'stable_softmax(nd.array({shown})) gives {got.tolist()}: not finite.',
                        f'stable_softmax(nd.array({shown}))给出{got.tolist()}：不是有限值。')
        if np.abs(got.sum(axis=1) - 1).max() > 1e-5 or \
                np.abs(got - _exact_softmax(np.array(scores))).max() > 1e-5:
            raise Wrong(f'stable_softmax(nd.array({shown})) gives {got.tolist()}: finite, but '
                        'not the softmax of those scores (each row on its own).',
                        f'stable_softmax(nd.array({shown}))给出{got.tolist()}：是有限值，'
                        '但不是这些得分（每一行单独计算）的softmax。')


def _exact_softmax(scores):
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@ex1.wrong('the definition as it is: exp(100) overflows, exp(-200) underflows')
def _():
    return _naive_softmax


@ex1.wrong('shifted by the maximum of the whole batch, not of each row')
def _():
    def f(X):
        X_exp = (X - X.max()).exp()
        return X_exp / X_exp.sum(axis=1, keepdims=True)
    return f


@ex1.wrong('normalised over the wrong axis (columns)')
def _():
    def f(X):
        X_exp = (X - X.max(axis=1, keepdims=True)).exp()
        return X_exp / X_exp.sum(axis=0, keepdims=True)
    return f


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('The log of a zero probability', '零概率的对数'),
    T('`cross_entropy` follows the definition of cross-entropy too. What does it give for an '
      'example whose true class has predicted probability exactly 0? (Think about the domain of '
      'the log.)\n\n(a) 0 &nbsp; (b) a large but finite number &nbsp; (c) infinity &nbsp; (d) nan',
      '`cross_entropy`同样是按交叉熵的定义直接实现的。如果某个样本的真实类别所得的预测概率恰好为0，它会给出什'
      '么？（想一想对数函数的定义域。）\n\n'
      '(a) 0 &nbsp; '
      '(b) 一个很大但有限的数 &nbsp; '
      '(c) 无穷大 &nbsp; '
      '(d) nan'),
    book=['3.6.2'],
    hints=[T('What is the logarithm of a number that shrinks towards 0? And in float32, what does '
             '`nd.array([0.]).log()` give?',
             '一个趋近于0的数的对数是多少？在float32中，`nd.array([0.]).log()`给出什么？'),
           T('Try it: `cross_entropy(nd.array([[0., 1.]]), nd.array([0], dtype=\'int32\'))`.',
             '试一试：`cross_entropy(nd.array([[0., 1.]]), nd.array([0], dtype=\'int32\'))`。')],
    explanation=T(
        'log(0) is minus infinity, so the loss of an example whose true class got probability '
        'exactly 0 is +inf, and so is the mean over any batch that holds it; its gradient is '
        'not a number, and one such example spoils a whole training step. A probability '
        'rounds to 0 when its score is far below the others (softmax underflows): the remedy '
        'is not to take the log of a probability at all, as exercise 3 does.',
        'log(0)是负无穷，所以真实类别概率恰好为0的样本，损失为+inf，任何含有这个样本的批量的平均损失也是+inf；'
        '它的梯度不是一个数，只要有一个这样的样本，整个训练步就毁了。当一个得分比其他得分小得多时（softmax下'
        '溢），概率会被舍入为0：补救的办法是根本不对概率取对数，正如练习3那样。'))


@ex2.solves
def what_cross_entropy_gives():
    def cross_entropy(y_hat, y):  # the lesson's
        return -nd.pick(y_hat, y).log()

    loss = cross_entropy(nd.array([[0., 1.]]), nd.array([0], dtype='int32')).asscalar()
    print('cross-entropy when the true class has probability 0:', loss)
    return {0.0: 'a', np.inf: 'c'}.get(loss, 'd' if np.isnan(loss) else 'b')


CHOICES_2 = {
    'a': T('0 would mean a perfect prediction: the loss is 0 only when the true class gets '
           'probability 1.', '0意味着完美的预测：只有真实类别的概率为1时，损失才为0。'),
    'b': T('No finite number: the smaller the probability, the larger -log p, without bound.',
           '不是有限的数：概率越小，-log p越大，没有上界。'),
    'd': T('Not nan: log(0) has a definite limit. nan comes from 0 / 0 or inf - inf.',
           '不是nan：log(0)有确定的极限。nan来自0 / 0或inf - inf。'),
}


ex2.choice(CHOICES_2)


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Cross-entropy straight from the scores', '直接由得分计算交叉熵'),
    T('How can both problems be avoided? Write `softmax_cross_entropy(O, y)`: the loss of each '
      'example computed from its scores `O` (not from probabilities), finite for any scores. '
      'Scores (−200, 0) with label 0 must give 200. The next lesson shows Gluon\'s answer.',
      '怎样才能同时避开这两个问题？请写出`softmax_cross_entropy(O, y)`：由得分`O`（而不是概率）计算每个样本的'
      '损失，对任何得分都给出有限值。得分(−200, 0)、标签0必须给出200。下一节会展示Gluon的解决办法。'),
    """def softmax_cross_entropy(O, y):
    ...  # your code: one loss per example, from the scores O and the labels y

ex[3].check(softmax_cross_entropy)""", kind='function', book=['3.6.3'],
    what=T('Write the body of softmax_cross_entropy above, then run the cell again.',
           '在上面写出softmax_cross_entropy的函数体，然后再运行这个单元格。'),
    hints=[T('Write -log softmax(o)_y on paper: it is -o_y + log(sum_j exp(o_j)). Which part can '
             'overflow, and which part never needs a probability?',
             '在纸上写出-log softmax(o)_y：它等于-o_y + log(sum_j exp(o_j))。哪一部分可能上溢？哪一部分根本不'
             '需要概率？'),
           T('log(sum_j exp(o_j)) = m + log(sum_j exp(o_j - m)) with m the row maximum (the '
             'log-sum-exp trick). Then the loss is m + log(sum_j exp(o_j - m)) - o_y, picked with '
             '`nd.pick(O, y)`.',
             'log(sum_j exp(o_j)) = m + log(sum_j exp(o_j - m))，其中m为该行的最大值（log-sum-exp技巧）。于是'
             '损失为m + log(sum_j exp(o_j - m)) - o_y，其中o_y可以用`nd.pick(O, y)`取出。')],
    explanation=T(
        'The log of the softmax is computed without ever forming a probability: '
        'log(sum_j exp(o_j)) is shifted by the row maximum m (the log-sum-exp trick), so the '
        'largest exponent is exp(0) and the sum is at least 1, and the label\'s score is '
        'subtracted directly. Scores (-200, 0) with label 0 give exactly 200, where '
        'log(softmax) gives inf (its probability underflows to 0) and clipping the probability '
        'gives a wrong finite number. Gluon\'s SoftmaxCrossEntropyLoss, used from the next '
        'lesson on, computes the same thing.',
        '计算softmax的对数时，始终不必先求出概率：log(sum_j exp(o_j))借助该行的最大值m做平移（log-sum-exp技'
        '巧），因此最大的指数项为exp(0)，和至少为1；标签对应的得分则直接减去。得分(-200, 0)、标签0恰好给'
        '出200；而log(softmax)给出inf（其概率下溢为0），截断概率则给出一个错误的有限数。下一节起使用'
        '的Gluon的SoftmaxCrossEntropyLoss计算的正是同一个量。'))


@ex3.solves
def softmax_cross_entropy(O, y):
    m = O.max(axis=1, keepdims=True)
    log_sum_exp = m + (O - m).exp().sum(axis=1, keepdims=True).log()
    return (log_sum_exp - nd.pick(O, y, keepdims=True)).reshape((-1,))


def _exact_ce(scores, labels):
    scores = np.asarray(scores, dtype=np.float64)
    m = scores.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(scores - m).sum(axis=1))
    return lse - scores[np.arange(len(labels)), labels]


@ex3.checks
def _(answer):
    f = expect_function(answer, 'softmax_cross_entropy')
    cases = [(np.random.RandomState(3).normal(size=(5, 10)), [0, 3, 9, 1, 1], 'random scores'),
             ([[100., 0.]], [1], '[[100, 0]], label 1'), ([[-200., 0.]], [0], '[[-200, 0]], label 0'),
             ([[1000., -1000.], [3., 3.]], [0, 1], '[[1000, -1000], [3, 3]], labels 0, 1')]
    for scores, labels, shown in cases:
        O, y = nd.array(scores, dtype='float32'), nd.array(labels, dtype='int32')
        got = expect_ndarray(call(f, O, y, when=T(f'given {shown}', f'输入{shown}')),
                             'softmax_cross_entropy(O, y)', size=len(labels)).asnumpy().ravel()
        if not np.isfinite(got).all():
            raise Wrong(f'For {shown} it gives {got.tolist()}: not finite.',
                        f'对于{shown}，它给出{got.tolist()}：不是有限值。')
        exact = _exact_ce(scores, labels)
        if np.abs(got - exact).max() > 1e-3 * max(1, np.abs(exact).max()):
            raise Wrong(f'For {shown} it gives {np.round(got, 4).tolist()}, which is not '
                        '-log softmax(o)_y of each row (one loss per example).',
                        f'对于{shown}，它给出{np.round(got, 4).tolist()}，这不是每一行的'
                        '-log softmax(o)_y（每个样本一个损失）。')


@ex3.wrong('the log of the lesson\'s softmax (a probability of 0 gives inf)')
def _():
    return lambda O, y: -nd.pick(stable_softmax(O), y).log()


@ex3.wrong('the probability clipped away from 0 (finite, but not the loss)')
def _():
    return lambda O, y: -nd.pick(stable_softmax(O), y).clip(1e-8, 1).log()


@ex3.wrong('the mean over the classes instead of the true class')
def _():
    return lambda O, y: -(stable_softmax(O).clip(1e-30, 1).log()).mean(axis=1)


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('Other learning rates', '其他学习率'),
    T('Train for 5 epochs with learning rate 0.01, then with learning rate 1, each from fresh '
      'parameters, and keep what `train_ch3` returns. How do the curves change? The check tells '
      'you whether the self-check\'s range would accept each run.',
      '分别用学习率0.01和1训练5个迭代周期，每次都从重新初始化的参数开始，并保存`train_ch3`的返回值。曲线会怎样'
      '变化？检查会告诉你，自测的范围是否接受每一次训练的结果。'),
    """results = ...  # {0.01: train_ch3(...) with lr 0.01, 1: ... with lr 1}, each from fresh W, b

ex[4].check(results)""", solution_seconds=5,
    what=T('Fill results with the two runs, then run the cell again.',
           '把两次训练的结果填入results，然后再运行这个单元格。'),
    hints=[T('Each run must start from fresh parameters, as the lesson\'s did: W and b have been '
             'trained since. Draw them again (`W[:] = nd.random.normal(scale=0.01, shape=W.shape)`, '
             '`b[:] = 0`) before each call of `train_ch3`.',
             '每次训练都必须像本节那样从重新初始化的参数开始，而W和b此时已经训练过了。请在每次调'
             '用`train_ch3`之前重新初始化它们（`W[:] = nd.random.normal(scale=0.01, shape=W.shape)`，`b[:] = '
             '0`）。'),
           T('`results[lr] = train_ch3(net, train_iter, test_iter, cross_entropy, 5, batch_size, '
             '[W, b], lr)` for lr in (0.01, 1), each after the fresh start above.',
             '对(0.01, 1)中的每个lr，先按上面的方法重新初始化，再执行`results[lr] = train_ch3(net, '
             'train_iter, test_iter, cross_entropy, 5, batch_size, [W, b], lr)`。')],
    explanation=T(
        'With learning rate 0.01 every step is ten times shorter: after 5 epochs the loss is '
        'still well above the lesson\'s (about 0.7 against 0.49), and so the self-check\'s range '
        'rejects it. With learning rate 1 the steps are ten times longer: the loss falls fast, '
        'then jumps about from epoch to epoch, higher than with 0.1, and the accuracies swing '
        'with it. The self-check notices both: its ranges are set for the book\'s '
        'hyperparameters.',
        '学习率为0.01时，每一步的步长缩短为十分之一：5个迭代周期后，损失仍明显高于本节的结果（约0.7对0.49），'
        '所以自测的范围不接受它。学习率为1时，每一步的步长是原来的十倍：损失先是很快下降，随后在各迭代周期之间'
        '上下跳动，比学习率为0.1时高，准确率也随之摆动。这两种情况自测都能发现：它的范围是按书中的超参数设定'
        '的。'))


def _fresh_run(lr):
    from .. import data, training
    train_iter, test_iter = data.load_data_fashion_mnist(256)
    W = nd.random.normal(scale=0.01, shape=(784, 10))
    b = nd.zeros(10)
    W.attach_grad()
    b.attach_grad()

    def net(X):
        return stable_softmax(nd.dot(X.reshape((-1, 784)), W) + b)

    def cross_entropy(y_hat, y):
        return -nd.pick(y_hat, y).log()

    return training.train_ch3(net, train_iter, test_iter, cross_entropy, 5, 256, [W, b], lr)


@ex4.solves
def train_with_other_learning_rates():
    results = {}
    for lr in (0.01, 1):
        results[lr] = _fresh_run(lr)  # fresh W and b for each run, as the lesson's
    return results


@ex4.checks
def _(answer):
    from ..selfcheck import RANGES
    from ..training import TrainResult
    if not isinstance(answer, dict) or set(answer) != {0.01, 1}:
        raise Unusable('Expected results = {0.01: ..., 1: ...}: a dict with the two learning '
                       f'rates as keys; got {kind(answer)}.',
                       '应为results = {0.01: ..., 1: ...}：以两个学习率为键的字典；'
                       f'得到的是{kind(answer, "zh")}。')
    for lr, result in answer.items():
        if not isinstance(result, TrainResult):
            raise Unusable(f'results[{lr}] should be what train_ch3 returns; got '
                           f'{kind(result)}.',
                           f'results[{lr}]应为train_ch3的返回值；得到的是{kind(result, "zh")}。')
        if len(result.loss) != 5:
            raise Wrong(f'The run with learning rate {lr} has {len(result.loss)} epochs: the '
                        'lesson trains for 5.',
                        f'学习率为{lr}的训练有{len(result.loss)}个迭代周期，而本节训练了5个。')
    if answer[0.01].loss[0] < 0.75:
        raise Wrong('The run with learning rate 0.01 starts with a loss already as low as a '
                    "trained model's: it went on from the lesson's trained W and b. Give each "
                    'run fresh parameters.',
                    '学习率为0.01的训练，一开始的损失就和训练好的模型一样低：它是接着本节已训练的W和b继续训练'
                    '的。每次训练都要从重新初始化的参数开始。')
    if answer[0.01].loss[-1] < 0.55:
        raise Wrong('The run with learning rate 0.01 ends with a loss too low for steps ten times '
                    'shorter than the lesson\'s: was its learning rate 0.01?',
                    '学习率为0.01的训练最终损失太低，不像步长缩短为十分之一时的结果：它的学习率是0.01吗？')
    spec = RANGES['04-softmax-regression-scratch']['loss']
    for lr, result in answer.items():
        accepted = spec['lo'] <= result.loss[-1] <= spec['hi']
        print(f'lr {lr}: loss after 5 epochs {result.loss[-1]:.4f}: the self-check\'s range '
              f'({spec["lo"]} to {spec["hi"]}) ' + ('accepts it' if accepted else 'rejects it'))


@ex4.wrong("both runs going on from the lesson's trained parameters")
def _():
    from .. import data, training
    train_iter, test_iter = data.load_data_fashion_mnist(256)
    W, b = nd.random.normal(scale=0.01, shape=(784, 10)), nd.zeros(10)
    W.attach_grad()
    b.attach_grad()

    def net(X):
        return stable_softmax(nd.dot(X.reshape((-1, 784)), W) + b)

    def ce(y_hat, y):
        return -nd.pick(y_hat, y).log()
    training.train_ch3(net, train_iter, test_iter, ce, 5, 256, [W, b], 0.1)
    return {lr: training.train_ch3(net, train_iter, test_iter, ce, 5, 256, [W, b], lr)
            for lr in (0.01, 1)}


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Why the likelihood is a product', '为什么似然是乘积'),
    T('The book asks how maximum likelihood estimation (最大似然估计) relates to minimising the '
      'cross-entropy. This lesson showed that they are the same: −log(likelihood) / n is the mean '
      'cross-entropy, because the likelihood of all the labels is the product of each label\'s '
      'probability. Which assumption makes it a product?\n\n(a) the examples are independent of '
      'each other, given the model &nbsp; (b) the classes are balanced &nbsp; (c) the scores are '
      'normally distributed &nbsp; (d) the model is linear',
      '书中问：最大似然估计（maximum likelihood estimation）与最小化交叉熵损失函数有哪些异曲同工之妙？本节已经'
      '表明，两者是一回事：−log(似然) / n就是平均交叉熵，因为全部标签的似然是每个标签的概率之积。是哪个假设让'
      '它成为乘积的？\n\n'
      '(a) 给定模型，样本之间相互独立 &nbsp; '
      '(b) 各类别是均衡的 &nbsp; '
      '(c) 得分服从正态分布 &nbsp; '
      '(d) 模型是线性的'),
    book=['3.4.1'],
    hints=[T('When is the probability of two events together the product of their '
             'probabilities?', '两个事件同时发生的概率在什么情况下等于它们概率的乘积？'),
           T('P(A and B) = P(A) P(B) exactly when A and B are independent. Which option says '
             'that of the examples?',
             'P(A且B) = P(A) P(B)恰好在A与B相互独立时成立。哪个选项说的是样本的这个性质？')],
    explanation=T(
        'The examples are assumed to be drawn independently (given the model, one label tells '
        'nothing about another), so the probability of all the labels together is the product '
        'of each one\'s. Its -log is the sum of the cross-entropies, and maximising the '
        'likelihood is minimising the mean cross-entropy: the identity the lesson checked to '
        'float precision. Balanced classes, normal scores or a linear model play no part in it.',
        '我们假设样本是相互独立地抽取的（给定模型，一个标签不会透露另一个标签的任何信息），所以全部标签同时出'
        '现的概率是每个标签的概率之积。它的-log就是交叉熵之和，因此最大化似然就是最小化平均交叉熵：本节在浮点'
        '精度内验证的正是这个恒等式。类别是否均衡、得分是否服从正态分布、模型是否线性，都与此无关。'))


@ex5.solves
def the_assumption():
    return 'a'  # independence: P(all labels) = the product of each label's probability


CHOICES_5 = {
    'b': T('Balanced classes change which labels are likely, not how the probability of all of '
           'them together is built from the probability of each.',
           '类别均衡改变的是哪些标签更可能出现，而不是全部标签同时出现的概率如何由每个标签的概率构成。'),
    'c': T('The scores are never assumed normal: softmax turns any scores into probabilities.',
           '我们从未假设得分服从正态分布：softmax可以把任何得分变成概率。'),
    'd': T('A model that is not linear (the MLP of lesson 06) has a likelihood that is a product '
           'too.', '非线性模型（第06节的多层感知机）的似然同样是乘积。'),
}


ex5.choice(CHOICES_5)


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('The gradient by the chain rule', '用链式法则求梯度'),
    T('Write `softmax_regression_grad(X, y, W, b)`: the gradient of the mean cross-entropy with '
      'respect to `W`, by the chain rule from the gradient with respect to the scores, '
      '$(\\hat{\\mathbf{Y}} - \\mathbf{Y})/n$, that the lesson derived. `X` is a batch of '
      'images of any size. The check compares your gradient with autograd\'s.',
      '请写出`softmax_regression_grad(X, y, W, b)`，计算平均交叉熵关于`W`的梯度：从本节推导出的关于得分的梯'
      '度$(\\hat{\\mathbf{Y}} - \\mathbf{Y})/n$出发，用链式法则求得。`X`是任意大小的一批图像。检查会把你的梯度'
      '与autograd的结果作比较。'),
    """def softmax_regression_grad(X, y, W, b):
    ...  # your code: dL/dW, of the shape of W

ex[6].check(softmax_regression_grad)""", kind='function',
    what=T('Write the body of softmax_regression_grad above, then run the cell again.',
           '在上面写出softmax_regression_grad的函数体，然后再运行这个单元格。'),
    hints=[T('The lesson showed the gradient with respect to the scores O = XW + b: '
             '(softmax(O) - Y) / n, with Y the one-hot labels. How does O depend on W?',
             '本节给出了关于得分O = XW + b的梯度：(softmax(O) - Y) / n，其中Y为one-hot标签。O如何依赖于W？'),
           T('dL/dW = X^T dL/dO: `nd.dot(X.T, (softmax(O) - nd.one_hot(y, 10)) / n)`, with X '
             'reshaped to (n, 784) first.',
             'dL/dW = X^T dL/dO：先把X变形为(n, 784)，再计算`nd.dot(X.T, (softmax(O) - nd.one_hot(y, 10)) / '
             'n)`。')],
    explanation=T(
        'The scores are O = XW + b, so each weight W_kj affects the scores of class j through '
        'input k of every example: by the chain rule dL/dW = X^T (softmax(O) - Y) / n, a '
        '784 x 10 matrix like W. It equals autograd\'s gradient to float precision, which is '
        'what `sgd` steps along.',
        '得分为O = XW + b，所以每个权重W_kj都通过每个样本的第k个输入影响类别j的得分：由链式法则，dL/dW = X^T '
        '(softmax(O) - Y) / n，它是一个与W形状相同的784 x 10矩阵。它与autograd求出的梯度在浮点精度内相等，'
        '`sgd`正是沿着它更新参数的。'))


@ex6.solves
def softmax_regression_grad(X, y, W, b):
    X = X.reshape((-1, W.shape[0]))
    n = X.shape[0]
    O = nd.dot(X, W) + b
    dO = (stable_softmax(O) - nd.one_hot(y, W.shape[1])) / n  # dL/dO, as in the lesson
    return nd.dot(X.T, dO)


@ex6.checks
def _(answer):
    f = expect_function(answer, 'softmax_regression_grad')
    rng = np.random.RandomState(6)
    for n, shape in ((256, (256, 1, 28, 28)), (7, (7, 784))):
        X = nd.array(rng.uniform(size=shape))
        y = nd.array(rng.randint(0, 10, size=n), dtype='int32')
        W = nd.array(rng.normal(scale=0.01, size=(784, 10)))
        b = nd.array(rng.normal(scale=0.01, size=10))
        W.attach_grad()
        with autograd.record():
            l = -nd.pick(stable_softmax(nd.dot(X.reshape((-1, 784)), W) + b), y).log().mean()
        l.backward()
        got = expect_ndarray(call(f, X, y, W, b, when=T(f'given a batch of {n} examples',
                                                        f'输入一个含{n}个样本的批量')),
                             'softmax_regression_grad(X, y, W, b)', shape=(784, 10))
        scale = nd.abs(W.grad).max().asscalar()
        if nd.abs(got - W.grad).max().asscalar() > 1e-4 * scale:
            ratio = (nd.abs(got).sum() / nd.abs(W.grad).sum()).asscalar()
            extra = (f' (Its entries are about {ratio:.0f} times too large.)' if ratio > 2 else
                     ' (It points the other way.)' if (got * W.grad).sum().asscalar() < 0 else '')
            extra_zh = (f'（其元素约大了{ratio:.0f}倍。）' if ratio > 2 else
                        '（它的方向相反。）' if (got * W.grad).sum().asscalar() < 0 else '')
            raise Wrong(f'For a batch of {n} examples it differs from autograd\'s gradient of the '
                        f'mean cross-entropy with respect to W.{extra}',
                        f'对于含{n}个样本的批量，它与autograd求出的平均交叉熵关于W的梯度不一致。{extra_zh}')


@ex6.wrong('without the 1/n of the mean')
def _():
    return lambda X, y, W, b: softmax_regression_grad(X, y, W, b) * X.shape[0]


@ex6.wrong('with the wrong sign, (Y - softmax(O)) / n')
def _():
    return lambda X, y, W, b: -softmax_regression_grad(X, y, W, b)


@ex6.wrong('without reshaping the images, so the product does not fit')
def _():
    return lambda X, y, W, b: nd.dot(X.T, (stable_softmax(nd.dot(X, W) + b) - nd.one_hot(y, 10)))


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('When the likelihood underflows', '似然何时下溢'),
    T('For the untrained model every probability is about 0.1, so $n$ labels together have '
      'likelihood $0.1^n$. For how many labels does even float64 (smallest positive number '
      'about $5 \\times 10^{-324}$) round it to 0?',
      '对于未训练的模型，每个概率都约为0.1，所以$n$个标签的似然为$0.1^n$。标签达到多少个时，连float64（最小正'
      '数约为$5 \\times 10^{-324}$）也会把它舍入为0？'),
    """answer = ...  # a number of labels

ex[7].check(answer)""",
    what=T('Set answer to your number of labels, then run the cell again.',
           '把answer设为你得到的标签个数，然后再运行这个单元格。'),
    hints=[T('For the untrained model each label has probability about 0.1, so n labels together '
             'have probability 0.1 ** n. When does float64 round that to 0?',
             '对于未训练的模型，每个标签的概率约为0.1，所以n个标签同时出现的概率为0.1 ** n。float64在什么时候'
             '会把它舍入为0？'),
           T('Count it: start from `p = np.float64(1)` and multiply by 0.1 until p == 0; or use the '
             'smallest positive float64, `np.nextafter(0, 1)`, and logarithms.',
             '数一数：从`p = np.float64(1)`开始反复乘以0.1，直到p == 0；或者利用最小的正float64数'
             '`np.nextafter(0, 1)`和对数。')],
    explanation=T(
        'float64 reaches down to about 4.9e-324 (its subnormal numbers, below the 2.2e-308 of '
        'the normal ones), so 0.1 ** n stays positive up to 323 labels and rounds to 0 at 324. A '
        'batch of 256 labels fits, barely; a data set of 60,000 does not by far, which is why '
        'the likelihood is handled as its logarithm, a sum of cross-entropies.',
        'float64可以表示到约4.9e-324（靠的是次正规数，它们低于正规数的下限2.2e-308），所以标签不超过323个'
        '时0.1 ** n仍为正，到324个时被舍入为0。256个标签的批量勉强还能表示；60,000个样本的数据集就远远不行了，'
        '所以似然要通过它的对数，即交叉熵之和，来处理。'))


@ex7.solves
def count_labels():
    p, n = np.float64(1), 0
    while p > 0:
        p *= 0.1
        n += 1
    return n  # the first number of labels whose probability 0.1 ** n is 0 in float64


@ex7.checks
def _(answer):
    n = expect_integer(answer, 'answer')
    oracle = ex7.oracle()
    if n < oracle:
        raise Wrong(f'Not yet 0: np.float64(0.1) ** {n} is still a positive float64.',
                    f'还没有到0：np.float64(0.1) ** {n}仍是一个正的float64数。')
    if n > oracle:
        raise Wrong(f'Already 0 before {n} labels: look for the first n at which the product '
                    'becomes 0.', f'在{n}个标签之前就已经是0了：找出乘积第一次变成0的n。')


for _n, _why in ((308, 'the smallest normal float64, forgetting the subnormals'),
                 (38, 'float32, not float64'), (323, 'one too few')):
    ex7.wrong(_why)(lambda n=_n: n)
