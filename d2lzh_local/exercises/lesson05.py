"""Lesson 05, softmax regression with Gluon: the exercises."""
import functools
import numbers

import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l

from . import T, Unusable, Wrong, lesson, quiet, text
from .answers import expect_integer, kind

EXERCISES, exercise = lesson()


# --- 1 ------------------------------------------------------------------------------------------

RUNS = {'batch_size': T('batch size 1024', '批量大小1024'), 'lr': T('learning rate 0.5', '学习率0.5'),
        'num_epochs': T('10 epochs', '10个迭代周期')}
EPOCHS = {'batch_size': 5, 'lr': 5, 'num_epochs': 10}

ex1 = exercise(
    T('Other hyperparameters', '其他超参数'),
    T('Change one hyperparameter (超参数) at a time from the lesson\'s (batch size 256, learning rate '
      '0.1, 5 epochs), each run with a fresh net (a new `nn.Sequential` with its `nn.Dense(10)`, '
      'initialised as above, and its own `Trainer`): batch size 1024; learning rate 0.5; 10 epochs. '
      'Keep what `d2l.train_ch3` returns: `runs = {\'batch_size\': ..., \'lr\': ..., \'num_epochs\': '
      '...}`. How do the curves change, and what would the self-check say? The check tells you '
      'what your runs show (a few seconds of training for each).',
      '在本节的设置（批量大小256，学习率0.1，5个迭代周期）的基础上，每次只改变一个超参数（hyperparameter）：'
      '批量大小改为1024；学习率改为0.5；迭代周期数改为10。每次训练都用一个新的网络（新建一个`nn.Sequential`，'
      '加入`nn.Dense(10)`，像上面那样初始化，并为它创建自己的`Trainer`）。保存`d2l.train_ch3`的返回值：`runs = '
      '{\'batch_size\': ..., \'lr\': ..., \'num_epochs\': ...}`。曲线会怎样变化？自测又会给出什么结果？检查会告诉你'
      '这几次训练说明了什么（每次训练需要几秒钟）。'),
    """runs = ...  # {'batch_size': train_ch3(...) with batch size 1024, 'lr': ... with learning rate 0.5,
#                'num_epochs': ... with 10 epochs}, each from a fresh net

ex[1].check(runs)""", book=['3.7.1'], solution_seconds=20,
    what=T('Fill runs with your three runs, then run the cell again.',
           '把三次训练的结果放进runs，然后再运行这个单元格。'),
    hints=[T('`net` has been trained: a run that goes on with it starts where the lesson ended. Write '
             'a function that makes everything anew, `def fresh_run(batch_size, lr, num_epochs):` '
             '(data, net, initialisation, loss, trainer) and returns what `d2l.train_ch3` returns.',
             '`net`已经训练过了：继续用它训练，就是接着本节训练结束时的状态往下训练。写一个函数'
             '`def fresh_run(batch_size, lr, num_epochs):`，在其中重新创建所有东西（数据、网络、初始化、损失函数、'
             'trainer），并返回`d2l.train_ch3`的返回值。'),
           T('In `fresh_run`: `train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)`, a new '
             '`nn.Sequential()` with `nn.Dense(10)`, `initialize(init.Normal(sigma=0.01))`, a '
             '`gluon.Trainer` with `{\'learning_rate\': lr}`, then `d2l.train_ch3(net, train_iter, '
             'test_iter, loss, num_epochs, batch_size, None, None, trainer)`: the batch size goes to '
             'both the loader and `train_ch3`. Then `runs = {\'batch_size\': fresh_run(1024, 0.1, 5), '
             '\'lr\': fresh_run(256, 0.5, 5), \'num_epochs\': fresh_run(256, 0.1, 10)}`.',
             '在`fresh_run`中依次写：`train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)`；一个新的'
             '`nn.Sequential()`，加入`nn.Dense(10)`；`initialize(init.Normal(sigma=0.01))`；一个传入'
             '`{\'learning_rate\': lr}`的`gluon.Trainer`；然后是`d2l.train_ch3(net, train_iter, test_iter, loss, '
             'num_epochs, batch_size, None, None, trainer)`。注意批量大小既要用于读取数据，也要传给`train_ch3`。'
             '最后令`runs = {\'batch_size\': fresh_run(1024, 0.1, 5), \'lr\': fresh_run(256, 0.5, 5), '
             '\'num_epochs\': fresh_run(256, 0.1, 10)}`。')],
    explanation=T(
        'Batch size 1024: an epoch is 59 steps instead of 235, each a mean over more examples, so '
        'after 5 epochs the model is about where the lesson\'s was after one or two: loss about '
        '0.59, test accuracy about 0.80, although each epoch takes less time. Learning rate 0.5: '
        'the steps overshoot; the loss starts far higher (about 1.6-1.7 for the first epoch) and '
        'ends higher than with 0.1 (0.81-0.88), while the test accuracy, jumping from epoch to '
        'epoch (0.81-0.84 at epoch 5), is no worse: large steps throw the parameters about, and a '
        'model that is often confidently wrong costs the cross-entropy far more than the accuracy. '
        '10 epochs: the loss goes on falling, slowly (about 0.447), and the test accuracy ends about '
        '0.83, hardly above the lesson\'s: diminishing returns. The self-check rejects the loss of all '
        'three, even of the better 10-epoch run: its ranges are set for the book\'s setting, so '
        'after a change of hyperparameters a failed self-check says "not the book\'s run", not '
        '"broken". Try other values the same way, one change at a time, each from a fresh net.',
        '批量大小1024：一个迭代周期只有59步而不是235步，每一步都对更多的样本取平均，所以5个迭代周期后，模型'
        '大约只达到本节训练一两个迭代周期后的水平：损失约0.59，测试准确率约0.80，尽管每个迭代周期用时更短。学习率'
        '0.5：步子迈得太大；损失一开始高得多（第一个迭代周期约1.6-1.7），最后也比学习率为0.1时高（0.81-0.88），'
        '而测试准确率虽然在迭代周期之间跳来跳去（第5个迭代周期为0.81-0.84），却并没有更差：大步长让参数来回摆动，'
        '模型常常很有把握地判错，这对交叉熵损失的影响远大于对准确率的影响。10个迭代周期：损失继续缓慢下降'
        '（约0.447），测试准确率最后约为0.83，几乎没有超过本节的结果：收益递减。这三次训练的损失都不在自测的范围内，'
        '连效果更好的10个迭代周期那次也不例外：自测的范围是按书中的设置定的，所以改变超参数之后自测不通过，'
        '说明的是“这不是书中的那次训练”，而不是“出错了”。'
        '用同样的方法试试别的取值，每次只改一处，每次都用新的网络。'))



@ex1.solves
def train_with_other_hyperparameters():
    def fresh_run(batch_size, lr, num_epochs):
        train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
        net = nn.Sequential()
        net.add(nn.Dense(10))
        net.initialize(init.Normal(sigma=0.01))  # a fresh net for every run
        trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
        return d2l.train_ch3(net, train_iter, test_iter, gloss.SoftmaxCrossEntropyLoss(), num_epochs,
                             batch_size, None, None, trainer)

    return {'batch_size': fresh_run(1024, 0.1, 5), 'lr': fresh_run(256, 0.5, 5),
            'num_epochs': fresh_run(256, 0.1, 10)}


@ex1.checks
def _(answer):
    from ..selfcheck import RANGES
    if not isinstance(answer, dict) or set(answer) != set(RUNS):
        raise Unusable('Expected runs = {\'batch_size\': ..., \'lr\': ..., \'num_epochs\': ...}: a dict '
                       f'with these three keys; got {kind(answer)}.',
                       '应为runs = {\'batch_size\': ..., \'lr\': ..., \'num_epochs\': ...}：一个恰好含这三个键的'
                       f'字典；得到的是{kind(answer, "zh")}。')
    for key, result in answer.items():
        if not isinstance(result, d2l.TrainResult):
            raise Unusable(f'runs[{key!r}] should be what d2l.train_ch3 returns; got {kind(result)}.',
                           f'runs[{key!r}]应为d2l.train_ch3的返回值；得到的是{kind(result, "zh")}。')
    for key in RUNS:
        epochs = len(answer[key].loss)
        if epochs != EPOCHS[key]:
            raise Wrong(f'runs[{key!r}] has {epochs} epochs: ' + (
                'that run trains for 10.' if key == 'num_epochs' else
                'only the num_epochs run changes the number of epochs; the others train for 5, as the lesson.'),
                f'runs[{key!r}]训练了{epochs}个迭代周期：' + (
                    '这次应训练10个迭代周期。' if key == 'num_epochs' else
                    '只有num_epochs那次改变迭代周期数；另外两次和本节一样训练5个迭代周期。'))
    for key, start in (('batch_size', 0.75), ('num_epochs', 0.65)):
        first = answer[key].loss[0]
        if first < start:
            raise Wrong(f'runs[{key!r}] starts with a loss of {first:.3f} in its first epoch, as low as a '
                        'trained model\'s: it went on from a net already trained. Give each run a fresh net.',
                        f'runs[{key!r}]第一个迭代周期的损失就只有{first:.3f}，和训练好的模型一样低：'
                        '这次训练是在已经训练过的'
                        '网络上接着进行的。每次训练都要用一个新的网络。')
    last = answer['batch_size'].loss[-1]
    if last < 0.54:
        raise Wrong(f'runs[\'batch_size\'] ends at loss {last:.3f}, as low as with batches of 256: four times '
                    'fewer steps an epoch should leave it higher. Was its batch size 1024, in the loader too?',
                    f'runs[\'batch_size\']最后的损失为{last:.3f}，和批量大小为256时一样低：每个迭代周期的步数只有'
                    '原来的四分之一，损失应当更高。它的批量大小是1024吗？读取数据时用的也是1024吗？')
    last = answer['lr'].loss[-1]
    if not 0.65 <= last <= 3:
        raise Wrong(f'runs[\'lr\'] ends at loss {last:.3f}, ' + (
            'as low as with the lesson\'s learning rate' if last < 0.65 else 'far above what five times longer '
            'steps give') + ': was its learning rate 0.5?',
            f'runs[\'lr\']最后的损失为{last:.3f}，' + (
                '和用本节的学习率时一样低' if last < 0.65 else '远高于步长放大到5倍时应有的损失')
            + '：它的学习率是0.5吗？')
    spec = RANGES['05-softmax-regression-gluon']
    shown = {'loss': 'loss', 'train_acc': 'train acc', 'test_acc': 'test acc'}
    for key, name in RUNS.items():
        result = answer[key]
        marks = ', '.join(f'{shown[m]} {getattr(result, m)[-1]:.3f} '
                          + ('✓' if spec[m]['lo'] <= getattr(result, m)[-1] <= spec[m]['hi'] else '✗')
                          for m in shown)
        seconds = np.mean(result.seconds)
        print(text(T(f'{name["en"]}: after epoch {len(result.loss)}: {marks}; {seconds:.1f} sec an epoch',
                   f'{name["zh"]}，第{len(result.loss)}个迭代周期后：{marks}；每个迭代周期用时{seconds:.1f}秒')))
    print(text(T('(✓ / ✗: within / outside the self-check\'s range for the lesson\'s run)',
               '（✓ / ✗：在 / 不在自测为本节训练设定的范围内）')))


@functools.cache
def _fresh_run(batch_size, lr, num_epochs, from_trained=False):
    """A run as the solution makes one, quietly; from_trained: starting from a net trained as in the
    lesson (5 epochs, batch size 256, learning rate 0.1)."""
    net = nn.Sequential()
    net.add(nn.Dense(10))
    net.initialize(init.Normal(sigma=0.01))
    loss = gloss.SoftmaxCrossEntropyLoss()
    with quiet():
        if from_trained:
            train_iter, test_iter = d2l.load_data_fashion_mnist(256)
            trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
            d2l.train_ch3(net, train_iter, test_iter, loss, 5, 256, None, None, trainer)
        train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
        trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
        return d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, batch_size, None, None, trainer)


@ex1.wrong("the batch-size run going on from the lesson's trained net")
def _():
    return {'batch_size': _fresh_run(1024, 0.1, 5, from_trained=True), 'lr': _fresh_run(256, 0.5, 5),
            'num_epochs': _fresh_run(256, 0.1, 10)}


@ex1.wrong('the num_epochs run left at 5 epochs')
def _():
    return {'batch_size': _fresh_run(1024, 0.1, 5), 'lr': _fresh_run(256, 0.5, 5),
            'num_epochs': _fresh_run(256, 0.1, 5)}


@ex1.wrong('the learning rate left at 0.1 in the lr run')
def _():
    return {'batch_size': _fresh_run(1024, 0.1, 5), 'lr': _fresh_run(256, 0.1, 5),
            'num_epochs': _fresh_run(256, 0.1, 10)}


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Why a shift does not change the softmax', '为什么平移不改变softmax'),
    T('Gluon\'s loss, like `stable_cross_entropy` above, subtracts the largest score from every '
      'score before `exp`. Why does subtracting the same number $c$ from every score of an example '
      'not change its softmax?\n\n'
      '(a) softmax is a linear function of the scores, so a shift cancels out &nbsp; '
      '(b) $\\exp(o_j - c) = \\exp(o_j)\\exp(-c)$: the numerator and every term of the denominator '
      'get the same factor $\\exp(-c)$, which cancels &nbsp; '
      '(c) it does change the probabilities, only not which class has the largest &nbsp; '
      '(d) the scores of an example always sum to 0, so subtracting their maximum changes nothing',
      'Gluon的损失函数和上面的`stable_cross_entropy`一样，在`exp`之前先从每个得分中减去最大的得分。'
      '为什么从一个样本的每个得分中减去同一个数$c$，不会改变它的softmax运算结果？\n\n'
      '(a) softmax是得分的线性函数，所以平移会被抵消 &nbsp; '
      '(b) $\\exp(o_j - c) = \\exp(o_j)\\exp(-c)$：分子和分母的每一项都多出同一个因子$\\exp(-c)$，可以约去 &nbsp; '
      '(c) 它确实改变了概率，只是不改变哪个类别的概率最大 &nbsp; '
      '(d) 一个样本的得分之和总是0，所以减去它们的最大值不会改变任何东西'),
    hints=[T('Try it: compare `nd.softmax(O)` with `nd.softmax(O - 5)`, and with `nd.softmax(2 * O)`, for '
             'the lesson\'s `O` or any scores.',
             '试一试：取本节的`O`或任意一组得分，把`nd.softmax(O)`分别与`nd.softmax(O - 5)`和'
             '`nd.softmax(2 * O)`比较。'),
           T('Write softmax(o - c)_j as a fraction, exp(o_j - c) / sum_k exp(o_k - c), and split each '
             'exponential into a product of two.',
             '把softmax(o - c)_j写成分数exp(o_j - c) / sum_k exp(o_k - c)，再把每个指数拆成两个因子的乘积。')],
    explanation=T(
        'Every exponential splits as $\\exp(o_j - c) = \\exp(o_j)\\exp(-c)$, so the numerator and the '
        'whole denominator carry the same factor $\\exp(-c)$, and it cancels: the probabilities are '
        'the same, up to float rounding (the solution finds no difference at all). That holds for '
        'any $c$; the maximum is chosen because it makes the largest exponent $\\exp(0) = 1$. '
        'Scaling is another matter: softmax is not linear, and doubling the scores makes the '
        'distribution sharper (in the solution, probabilities as much as about 0.2 apart).',
        '每个指数都可以拆成$\\exp(o_j - c) = \\exp(o_j)\\exp(-c)$，所以分子和整个分母都带有同一个因子$\\exp(-c)$，'
        '约去之后概率不变，至多差一点浮点舍入误差（解答中没有任何差别）。这对任何$c$都成立；'
        '之所以取最大值，是因为这样最大的指数项就是$\\exp(0) = 1$。缩放则是另一回事：softmax运算不是线性的，'
        '把得分加倍会使分布更尖锐（解答中概率最多相差约0.2）。'))


@ex2.solves
def shift_and_softmax():
    O = nd.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 5.0]])
    c = 3.7
    print('largest |softmax(O - c) - softmax(O)|:', nd.abs(nd.softmax(O - c) - nd.softmax(O)).max().asscalar())
    print('largest |softmax(2 O) - softmax(O)|:  ', nd.abs(nd.softmax(2 * O) - nd.softmax(O)).max().asscalar())
    print('exp(o - c) / exp(o) for every score:', ((O - c).exp() / O.exp()).asnumpy().round(5).ravel(),
          ' exp(-c):', round(float(np.exp(-c)), 5))
    return 'b'  # the same factor exp(-c) in the numerator and in every term of the denominator


CHOICES_2 = {
    'a': T('No: softmax is not linear: multiplying the scores by 2 changes the probabilities (try '
           '`nd.softmax(2 * O)`). Only adding the same number to every score of an example leaves them '
           'as they are.',
           '不对。softmax运算不是线性的：把得分乘以2会改变概率（试试`nd.softmax(2 * O)`）。只有给一个样本的每个得分'
           '加上同一个数，概率才保持不变。'),
    'c': T('No: the probabilities themselves stay the same, up to rounding, not only the predicted '
           'class: compare `nd.softmax(O)` with `nd.softmax(O - 5)`.',
           '不对。不只是预测的类别不变，概率本身也不变（只差舍入误差）：比较一下`nd.softmax(O)`与'
           '`nd.softmax(O - 5)`。'),
    'd': T('No: nothing makes the scores sum to 0 (the lesson\'s (100, 0) does not), and the identity '
           'holds for any number c, not only the maximum.',
           '不对。得分之和并不一定为0（本节的(100, 0)就不是），而且这个恒等式对任何数c都成立，并不限于最大值。'),
}


ex2.choice(CHOICES_2)


# --- 3 ------------------------------------------------------------------------------------------

def _softmax(X):
    X_exp = X.exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)


def _naive_loss(s):
    """The lesson's naive_cross_entropy of the scores (s, 0) with label 0, in float32."""
    return (-nd.pick(_softmax(nd.array([[s, 0]])), nd.array([0])).log()).asscalar()


ex3 = exercise(
    T('Where the naive loss breaks', '朴素的损失函数从哪里开始出错'),
    T('Find, by trying, the smallest positive whole number $s$ for which `naive_cross_entropy` of the '
      'scores $(s, 0)$ with label 0 is `nan`. How does it relate to the largest `float32` number, '
      'about $3.4 \\times 10^{38}$?',
      '逐个尝试，找出最小的正整数$s$，使得分为$(s, 0)$、标签为0时`naive_cross_entropy`的结果为`nan`。它与`float32`'
      '所能表示的最大数（约$3.4 \\times 10^{38}$）有什么关系？'),
    """s = ...  # a whole number

ex[3].check(s)""",
    what=T('Set s to your whole number, then run the cell again.', '把s设为你找到的整数，然后再运行这个单元格。'),
    hints=[T('`naive_cross_entropy(nd.array([[s, 0]]), nd.array([0]))` for s = 10, 50, 100: where does '
             'it turn into `nan`? Then narrow it down, one whole number at a time.',
             '分别对s = 10、50、100计算`naive_cross_entropy(nd.array([[s, 0]]), nd.array([0]))`：从哪个值开始变成'
             '`nan`？然后一个整数一个整数地缩小范围。'),
           T('The loss becomes `nan` when `exp(s)` overflows to `inf` (then inf / inf): that happens once '
             '$e^s$ exceeds the largest float32, that is once $s > \\ln(3.4 \\times 10^{38})$. '
             '`np.log(np.finfo(np.float32).max)` computes it.',
             '`exp(s)`上溢为`inf`时（于是出现inf / inf），损失就变成`nan`：这发生在$e^s$超过float32的最大数时，'
             '即$s > \\ln(3.4 \\times 10^{38})$时。这个界限可以用`np.log(np.finfo(np.float32).max)`算出。')],
    explanation=T(
        '89: $e^{88} \\approx 1.65 \\times 10^{38}$ still fits below the largest float32, '
        '$3.40 \\times 10^{38}$, but $e^{89} \\approx 4.5 \\times 10^{38}$ does not: it becomes `inf`, '
        'and the softmax divides inf by inf, which is `nan`. The limit is '
        '$\\ln(3.40 \\times 10^{38}) \\approx 88.72$: any score above it breaks the naive loss. '
        'In float64 the limit is about 709.8, which is why the same code in numpy seems to hold '
        'out to much larger scores. Gluon\'s fused loss never computes $e^{s}$ for a large $s$ at all.',
        '答案是89：$e^{88} \\approx 1.65 \\times 10^{38}$还小于float32的最大数$3.40 \\times 10^{38}$，但'
        '$e^{89} \\approx 4.5 \\times 10^{38}$就超过了：它变成`inf`，softmax用inf除以inf，得到`nan`。界限是'
        '$\\ln(3.40 \\times 10^{38}) \\approx 88.72$：任何超过它的得分都会使朴素的损失函数出错。在float64中，'
        '这个界限约为709.8，所以同样的代码用numpy写时似乎能承受大得多的得分。Gluon中softmax与交叉熵合并计算的损失函数根本不会对'
        '很大的$s$计算$e^{s}$。'))


@ex3.solves
def first_nan_score():
    def softmax(X):
        X_exp = X.exp()
        return X_exp / X_exp.sum(axis=1, keepdims=True)

    def naive_cross_entropy(O, y):
        return -nd.pick(softmax(O), y).log()

    s = 1
    while not np.isnan(naive_cross_entropy(nd.array([[s, 0]]), nd.array([0])).asscalar()):
        s += 1
    print(f'exp({s - 1}) = {nd.array([s - 1]).exp().asscalar():.4g}, exp({s}) = {nd.array([s]).exp().asscalar()}')
    largest = np.finfo(np.float32).max
    print(f'largest float32: {largest:.4g}, its natural log: {np.log(largest):.4f}')
    return s


@ex3.checks
def _(answer):
    if isinstance(answer, numbers.Real) and not isinstance(answer, (bool, numbers.Integral)) \
            and not float(answer).is_integer():
        raise Unusable(f'Expected a whole number, the first one that gives nan; got {answer!r}.',
                       f'应为一个整数，即第一个给出nan的整数；得到的是{answer!r}。')
    s = expect_integer(answer, 's')
    if s < 1:
        raise Wrong(f's = {s} is not positive.', f's = {s}不是正数。')
    loss = _naive_loss(s)
    if not np.isnan(loss):
        raise Wrong(f'For the scores ({s}, 0) naive_cross_entropy gives {loss + 0.0:.4g}: a number, not nan. '
                    f'exp({s}) still fits in float32.',
                    f'对得分({s}, 0)，naive_cross_entropy给出{loss + 0.0:.4g}：这是一个数，不是nan。'
                    f'exp({s})在float32中'
                    '还能表示。')
    if np.isnan(_naive_loss(s - 1)):
        extra = (' (Near 709 is where float64, numpy\'s default, overflows; NDArrays are float32.)'
                 if 700 <= s <= 720 else '')
        extra_zh = '（709附近是numpy默认的float64开始上溢的地方；NDArray用的是float32。）' if 700 <= s <= 720 else ''
        raise Wrong(f'({s}, 0) gives nan, but so does a smaller whole number: look for the smallest.{extra}',
                    f'({s}, 0)给出nan，但更小的整数也会给出nan：要找的是最小的那个。{extra_zh}')


for _s, _why in ((88, 'one too few: exp(88) still fits'), (100, "the lesson's example, not the smallest"),
                 (710, 'where float64 overflows, not float32'), (39, 'the exponent of 3.4e38, in base 10')):
    ex3.wrong(_why)(lambda s=_s: s)


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('The gradient of a confident mistake', '很有把握地判错时的梯度'),
    T('With `score_gradient` and the fused `loss`, compute the gradient for the scores $(s, 0)$ with '
      'label 1, for $s$ = 1, 10, 100 and 1000: the model is ever surer of class 0, and wrong. What '
      'does the gradient tend to? Give it as two numbers, `[d0, d1]`: the derivatives with respect to '
      'the score of class 0 and of class 1. Why is that the right answer?',
      '用`score_gradient`和softmax与交叉熵合并计算的损失函数`loss`，对$s$ = 1、10、100和1000，'
      '计算得分为$(s, 0)$、标签为1时的'
      '梯度：模型越来越确信样本属于类别0，却是错的。梯度趋向于什么？用两个数`[d0, d1]`表示，分别是损失对类别0的'
      '得分和对类别1的得分的导数。为什么这个结果是对的？'),
    """limit = ...  # [d0, d1]: what the gradient tends to as s grows

ex[4].check(limit)""",
    what=T('Set limit to the two numbers, then run the cell again.', '把limit设为这两个数，然后再运行这个单元格。'),
    hints=[T('`score_gradient(loss, nd.array([[s, 0]]), nd.array([1]))` for each s: watch both entries.',
             '对每个s计算`score_gradient(loss, nd.array([[s, 0]]), nd.array([1]))`，观察两个元素的变化。'),
           T('The gradient is softmax(o) - y with y = (0, 1), the one-hot label of class 1. What does '
             'softmax((s, 0)) tend to as s grows?',
             '梯度是softmax(o) - y，其中y = (0, 1)是类别1的one-hot标签。s增大时softmax((s, 0))趋向于什么？')],
    explanation=T(
        'As $s$ grows, softmax$((s, 0))$ tends to $(1, 0)$, and the gradient softmax$(\\mathbf{o}) - '
        '\\mathbf{y}$ to $(1, -1)$: $+1$ on the class the model wrongly believes, $-1$ on the true '
        'one, so a step of gradient descent lowers the first score and raises the second. That is '
        'right because the loss itself tends to $s$: $-\\log$ softmax$(\\mathbf{o})_1 = \\log(1 + e^s) '
        '\\approx s$, whose slope is $+1$ in $o_0$ and, since shifting both scores together changes '
        'nothing, $-1$ in $o_1$. The push does not grow with $s$: each entry is a probability minus 0 '
        'or 1, so however wrong the model is, one example\'s gradient stays between $-1$ and $1$, and '
        'the loss grows only linearly.',
        '随着$s$增大，softmax$((s, 0))$趋向于$(1, 0)$，梯度softmax$(\\mathbf{o}) - \\mathbf{y}$趋向于'
        '$(1, -1)$：在模型错误地认定的类别上为$+1$，在真实类别上为$-1$，所以梯度下降的一步会降低前一个得分、'
        '提高后一个得分。这是对的，因为损失本身趋向于$s$：$-\\log$ softmax$(\\mathbf{o})_1 = \\log(1 + e^s) '
        '\\approx s$，它对$o_0$的斜率为$+1$；又因为把两个得分一起平移不改变任何东西，它对$o_1$的斜率为$-1$。'
        '这个推动不会随$s$增大而变大：每个元素都是一个概率减去0或1，所以无论模型错得多离谱，一个样本的梯度都在'
        '$-1$与$1$之间，而损失也只是线性增长。'))


@ex4.solves
def gradient_of_confident_mistakes():
    loss = gloss.SoftmaxCrossEntropyLoss()

    def score_gradient(loss_fn, O, y):  # the lesson's
        O = O.copy()
        O.attach_grad()
        with autograd.record():
            l = loss_fn(O, y)
        l.backward()
        return O.grad

    label = nd.array([1])
    for s in (1, 10, 100, 1000):
        O = nd.array([[s, 0]])
        print(f's = {s:4}: loss {loss(O, label).asscalar():10.4f}, gradient '
              f'{score_gradient(loss, O, label).asnumpy().ravel().round(4)}')
    return score_gradient(loss, nd.array([[1000, 0]]), label).asnumpy().ravel().round(4).tolist()


def _two_numbers(answer):
    if isinstance(answer, (nd.NDArray, np.ndarray)):
        values = answer.asnumpy() if isinstance(answer, nd.NDArray) else answer
        if values.size != 2:
            raise Unusable(f'Expected two numbers, [d0, d1]; got {kind(answer)}.',
                           f'应为两个数[d0, d1]；得到的是{kind(answer, "zh")}。')
        return [float(v) for v in values.ravel()]
    if not isinstance(answer, (list, tuple)) or len(answer) != 2 or not all(
            isinstance(v, numbers.Real) and not isinstance(v, bool) for v in answer):
        raise Unusable(f'Expected two numbers, [d0, d1]; got {kind(answer)}.',
                       f'应为两个数[d0, d1]；得到的是{kind(answer, "zh")}。')
    return [float(v) for v in answer]


@ex4.checks
def _(answer):
    d0, d1 = _two_numbers(answer)
    shown = f'[{d0:g}, {d1:g}]'
    if not (np.isfinite(d0) and np.isfinite(d1)):
        raise Wrong(f'{shown}: nan or inf is what the naive loss gives. The fused loss\'s gradient stays '
                    'finite however large s is (the lesson showed it for (−200, 0)).',
                    f'{shown}：nan或inf是朴素的损失函数才会给出的结果。无论s多大，合并后的损失函数的梯度都是有限的'
                    '（本节用(−200, 0)演示过）。')
    if max(abs(d0), abs(d1)) > 1.001:
        raise Wrong(f'{shown}: each entry of softmax(o) − y is a probability minus 0 or 1, so it lies '
                    'between −1 and 1.',
                    f'{shown}：softmax(o) − y的每个元素都是一个概率减去0或1，所以介于−1与1之间。')
    if abs(d0 + d1) > 0.01:
        raise Wrong(f'{shown}: the entries of softmax(o) − y sum to 0, since the probabilities sum to 1 '
                    'and so does the one-hot label y.',
                    f'{shown}：softmax(o) − y的各元素之和为0，因为概率之和为1，one-hot标签y的元素之和也为1。')
    if max(abs(d0), abs(d1)) < 0.01:
        raise Wrong(f'{shown}: a gradient of 0 means nothing left to learn, as for a model confident and '
                    'right. Here the model is confident and wrong (label 1, scores (s, 0)).',
                    f'{shown}：梯度为0意味着没有什么可学的了，那是模型很有把握而且判对了的情形。这里模型很有把握，'
                    '却判错了（标签为1，得分为(s, 0)）。')
    if d0 < 0:
        raise Wrong(f'{shown}: check the signs. Gradient descent steps against the gradient, and that '
                    'step must lower the score of the class the model wrongly believes.',
                    f'{shown}：检查一下符号。梯度下降沿梯度的反方向迈步，这一步应当降低模型错误认定的那个类别的得分。')
    if abs(d0 - 1) > 0.01:
        raise Wrong(f'{shown}: that is the gradient for a moderate s; the question is what it tends to as s '
                    'grows (try s = 1000).',
                    f'{shown}：这是s不太大时的梯度；题目问的是s增大时它趋向于什么（试试s = 1000）。')


for _limit, _why in (([-1, 1], 'the signs reversed, y - softmax(o)'), ([0, 0], 'vanishing, as if saturated'),
                     ([float('nan'), float('nan')], "the naive loss's nan"), ([1, 0], 'softmax(o) without the - y')):
    ex4.wrong(_why)(lambda v=_limit: v)
