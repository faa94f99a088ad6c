"""Lesson 10, dropout: the exercises.

The Fashion-MNIST experiments run here as the lesson's Gluon network trains (sgd, learning rate
0.5, batches of 256, the test accuracy on the whole test set), but on the first 10,000 to 20,000
training images, so that CI can run every solution; the regression experiments are the lesson's
(20 training points, 500 steps of Adam). The checks of the experiments train nothing: they judge
the learner's own runs (what `train_ch3` or `train_regression` returned, or the trained networks):
did they do what was asked, and what do the runs show.
"""
import numbers
from collections.abc import Mapping

import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l

from . import T, Unusable, Wrong, call, lesson, text
from .answers import kind

EXERCISES, exercise = lesson()


def _say(en, zh):
    print(text(T(en, zh)))




class Results(dict):
    """A solution's runs, as the check takes them, shown one line each."""

    def __repr__(self):
        return '\n'.join(f'{key!r}: {_summary(value)}' for key, value in self.items())


def _summary(value):
    if isinstance(value, d2l.TrainResult):
        return text(T(f'{len(value.loss)} epochs, training loss {value.loss[-1]:.4f}, test accuracy '
                      f'{value.test_acc[-1]:.3f}',
                      f'{len(value.loss)}个迭代周期，训练损失{value.loss[-1]:.4f}，测试准确率'
                      f'{value.test_acc[-1]:.3f}'))
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        train_l, test_l = np.mean(value, axis=0)
        return text(T(f'{len(value)} data sets, mean training loss {train_l:.4f}, mean test loss '
                      f'{test_l:.4f}',
                      f'{len(value)}个数据集，平均训练损失{train_l:.4f}，平均测试损失{test_l:.4f}'))
    return text(T(kind(value), kind(value, 'zh')))


def _describe(x):
    """What x is, T(en, zh)."""
    if isinstance(x, Mapping):
        return T(f'a dict with keys {list(x)[:6]}', f'键为{list(x)[:6]}的字典')
    return T(kind(x), kind(x, 'zh'))


def _key(key):
    """A key as the checks compare keys: numbers rounded, tuples of numbers likewise, words
    lower-case."""
    if isinstance(key, numbers.Real) and not isinstance(key, bool):
        return round(float(key), 3)
    if isinstance(key, tuple) and all(isinstance(k, numbers.Real) for k in key):
        return tuple(round(float(k), 3) for k in key)
    if isinstance(key, str):
        return key.strip().lower()
    return key


def _keyed(answer, keys, example):
    """answer as {normalised key: value}, which must have exactly these keys."""
    if not isinstance(answer, Mapping):
        raise Unusable(f'Expected a dict like {example}; got {_describe(answer)["en"]}.',
                       f'应为形如{example}的字典；得到的是{_describe(answer)["zh"]}。')
    got = {_key(k): v for k, v in answer.items()}
    if set(got) != set(keys):
        listed = ', '.join(repr(k) for k in keys)
        raise Unusable(f'Expected the keys {listed}; got {list(answer)}.',
                       f'键应为{listed}；得到的是{list(answer)}。')
    return got


# --- the lesson's Fashion-MNIST network ---------------------------------------------------------

def fashion_mnist_net(drop_prob1, drop_prob2):
    """The lesson's Gluon network (784-256-256-10) with these drop probabilities, freshly
    initialised."""
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'), nn.Dropout(drop_prob1),
            nn.Dense(256, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))
    net.initialize(init.Normal(sigma=0.01))
    return net


def train_fashion_mnist(net, num_epochs=5, num_train=20000):
    """Train net as the lesson does (sgd, learning rate 0.5, batches of 256) on the first
    num_train training images; the test accuracy on the whole test set. What train_ch3 returns."""
    images, labels = d2l.read_fashion_mnist(train=True)
    train_iter = d2l.FashionMNISTIter(images[:num_train], labels[:num_train], 256, shuffle=True)
    test_iter = d2l.FashionMNISTIter(*d2l.read_fashion_mnist(train=False), 256)
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    return d2l.train_ch3(net, train_iter, test_iter, gloss.SoftmaxCrossEntropyLoss(), num_epochs,
                         256, None, None, trainer)


def first_test_images(n):
    """The first n test images, as rows of 784 pixels in [0, 1]."""
    images, _ = d2l.read_fashion_mnist(train=False)
    return nd.array(images[:n].reshape((n, 784)).astype(np.float32) / 255)


def _train_runs(answer, keys, example, epochs, min_examples=10000):
    """answer as {key: TrainResult}, each run as asked: the epochs, a fresh start, enough
    training images (the same number in every run), the test accuracy measured on the test set;
    and no run given twice."""
    runs = _keyed(answer, keys, example)
    for key, result in runs.items():
        if not isinstance(result, d2l.TrainResult):
            raise Unusable(f'results[{key!r}] should be what train_ch3 returns; got '
                           f'{_describe(result)["en"]}.',
                           f'results[{key!r}]应为train_ch3的返回值；得到的是{_describe(result)["zh"]}。')
    for key, result in runs.items():
        if len(result.loss) != epochs:
            raise Wrong(f'The run {key!r} has {len(result.loss)} epoch'
                        f'{"s" if len(result.loss) != 1 else ""}: train each run for {epochs}, as '
                        'the question asks.',
                        f'{key!r}这次训练有{len(result.loss)}个迭代周期：按题目要求，每次都应训练'
                        f'{epochs}个迭代周期。')
        if result.loss[0] < 0.9:
            raise Wrong(f'The run {key!r} has a training loss of {result.loss[0]:.3f} already in '
                        'its first epoch, as low as a trained network\'s: it went on from trained '
                        'parameters. Give every run a new network (and a new Trainer).',
                        f'{key!r}这次训练在第一个迭代周期的训练损失就已经是{result.loss[0]:.3f}，'
                        '和训练好的网络一样低：它是在已训练的参数上继续训练的。每次训练都要用一个新网络'
                        '（以及新的Trainer）。')
    counts = {key: result.train_examples[-1] for key, result in runs.items()}
    if len(set(counts.values())) > 1:
        shown = ', '.join(f'{k!r}: {n}' for k, n in counts.items())
        raise Wrong(f'The runs trained on different numbers of images per epoch ({shown}): '
                    'compare them on the same training images.',
                    f'这几次训练每个迭代周期所用的图像数不同（{shown}）：要在相同的训练图像上比较。')
    count = next(iter(counts.values()))
    if count is None or count < min_examples:
        raise Wrong(f'Only {count} training images per epoch: use at least {min_examples:,} (the '
                    'first ones of the training set will do), or the runs say little.',
                    f'每个迭代周期只有{count}张训练图像：至少要用{min_examples:,}张（训练集的前若干张即可），'
                    '否则这些训练说明不了什么。')
    for key, result in runs.items():
        seen = result.test_seen[-1] if result.test_seen else None
        if seen is None or seen.data_set() != 'the test set':
            raise Wrong(f'The test accuracy of the run {key!r} was not measured on the test set '
                        '(all 10,000 test images, each once): pass the test set\'s iterator '
                        '(test_iter) to train_ch3.',
                        f'{key!r}这次训练的测试准确率不是在测试集（全部10,000张测试图像，每张一次）上测得的：'
                        '要把测试集的迭代器（test_iter）传给train_ch3。')
    results = list(runs.values())
    for i, a in enumerate(results):
        for b in results[i + 1:]:
            if a is b or (a.loss == b.loss and a.test_acc == b.test_acc):
                raise Wrong('Two entries are the same run: train once for each setting, each '
                            'time a new network.',
                            '有两项是同一次训练：每种设置各训练一次，每次都用一个新网络。')
    return runs


def _swing(result, last=3):
    """How far the test accuracy moved from one epoch to the next over the last epochs."""
    acc = np.array(result.test_acc[-(last + 1):])
    return float(np.abs(np.diff(acc)).max()) if acc.size > 1 else 0.0


# --- the lesson's regression --------------------------------------------------------------------

NOISE = 0.3


def regression_data(n_train=20, n_test=100):
    """The lesson's data: y = x + noise of sd 0.3; 20 training points evenly spaced on [-1, 1],
    100 test points drawn at random."""
    x_train = nd.linspace(-1, 1, n_train).reshape((-1, 1))
    y_train = x_train + NOISE * nd.random.normal(shape=x_train.shape)
    x_test = nd.random.uniform(-1, 1, shape=(n_test, 1))
    y_test = x_test + NOISE * nd.random.normal(shape=x_test.shape)
    return x_train, y_train, x_test, y_test


def make_regression_net(drop_prob=0.0, width=300, dropout_layer=nn.Dropout):
    """The lesson's regression_net: two hidden layers of `width` ReLU units, each followed by
    dropout_layer(drop_prob) if drop_prob > 0, and one output."""
    net = nn.Sequential()
    for _ in range(2):
        net.add(nn.Dense(width, activation='relu'))
        if drop_prob:
            net.add(dropout_layer(drop_prob))
    net.add(nn.Dense(1))
    net.initialize()
    return net


def train_regression(net, data, num_steps=500, wd=0):
    """The lesson's train_regression, with weight decay wd (the Trainer's own): 500 steps of
    Adam on all 20 points; (training loss, test loss)."""
    x_train, y_train, x_test, y_test = data
    loss = gloss.L2Loss()
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01, 'wd': wd})
    for _ in range(num_steps):
        with autograd.record():
            l = loss(net(x_train), y_train)
        l.backward()
        trainer.step(len(x_train))
    return (float(loss(net(x_train), y_train).mean().asscalar()),
            float(loss(net(x_test), y_test).mean().asscalar()))


class UnscaledDropout(nn.Block):
    """The lesson's broken variant: drop without rescaling, and nothing when predicting."""

    def __init__(self, drop_prob, **kwargs):
        super().__init__(**kwargs)
        self.drop_prob = drop_prob

    def forward(self, X):
        if autograd.is_training():
            return (nd.random.uniform(0, 1, X.shape) < 1 - self.drop_prob) * X
        return X


class VanillaDropout(UnscaledDropout):
    """The lesson's: drop without rescaling while training, multiply by 1 - p when predicting."""

    def forward(self, X):
        return super().forward(X) if autograd.is_training() else X * (1 - self.drop_prob)


def _pairs(value, key):
    """A setting's runs as an array (data sets, 2) of (training loss, test loss)."""
    def number(x):
        if isinstance(x, nd.NDArray) and x.size == 1:
            x = x.asscalar()
        if isinstance(x, bool) or not isinstance(x, (numbers.Real, np.floating)):
            raise TypeError
        return float(x)
    if isinstance(value, tuple) and len(value) == 2 and all(
            isinstance(x, (numbers.Real, np.floating, nd.NDArray)) for x in value):
        raise Wrong(f'results[{key!r}] is one pair, the runs of one data set or their mean: pass '
                    'the list of pairs, one per data set, so that the check sees how much they '
                    'vary from one data set to another.',
                    f'results[{key!r}]只是一对数，即一个数据集的结果，或者各数据集结果的平均值：要传入一个列表，'
                    '每个数据集一对，这样检查才能看出结果在不同数据集之间变化多大。')
    try:
        runs = np.array([[number(a), number(b)] for a, b in value])
    except (TypeError, ValueError):
        raise Unusable(f'results[{key!r}] should be a list of (training loss, test loss) pairs, '
                       f'one per data set, as train_regression returns them; got '
                       f'{_describe(value)["en"]}.',
                       f'results[{key!r}]应为(训练损失, 测试损失)对的列表，每个数据集一对，即'
                       f'train_regression的返回值；得到的是{_describe(value)["zh"]}。') from None
    if not np.isfinite(runs).all() or (runs < 0).any():
        raise Wrong(f'results[{key!r}] holds losses that are negative or not finite.',
                    f'results[{key!r}]中有负的损失，或者不是有限值的损失。')
    return runs


def _regression_runs(answer, keys, example, min_sets=3):
    """answer as {key: array (data sets, 2)}: every setting run on the same number of data sets,
    at least min_sets."""
    if not keys:
        raise Unusable(f'Expected a dict like {example}; got an empty one.',
                       f'应为形如{example}的字典；得到的是一个空字典。')
    runs = {key: _pairs(value, key) for key, value in _keyed(answer, keys, example).items()}
    sizes = {len(r) for r in runs.values()}
    if len(sizes) > 1:
        raise Wrong('The settings were run on different numbers of data sets: run every setting '
                    'on the same data sets, or the comparison favours one by chance.',
                    '各种设置所用的数据集个数不同：每种设置都要在相同的数据集上训练，否则比较会偶然偏向其中一种。')
    if sizes.pop() < min_sets:
        raise Wrong(f'Fewer than {min_sets} data sets per setting: one data set of 20 points can '
                    'favour either network by chance (the lesson\'s "luck of the draw"). Run '
                    f'every setting on the same {min_sets} or more data sets.',
                    f'每种设置的数据集少于{min_sets}个：只有20个点的一个数据集可能碰巧偏向任何一个网络'
                    f'（见本节的“运气使然？”）。每种设置都要在相同的{min_sets}个或更多的数据集上训练。')
    return runs


def _in_order(runs, key):
    """The pairs are (training loss, test loss): a network without dropout fits its 20 points far
    more closely than it predicts new ones."""
    train_l, test_l = runs[key].mean(axis=0)
    if train_l >= test_l:
        raise Wrong(f'For {key!r} the first number of each pair (mean {train_l:.4f}) is not below '
                    f'the second ({test_l:.4f}): the pairs should be (training loss, test loss), '
                    'as train_regression returns them.',
                    f'对于{key!r}，每对中的第一个数（平均{train_l:.4f}）不低于第二个数（{test_l:.4f}）：'
                    '每对应为(训练损失, 测试损失)，即train_regression返回的顺序。')


def _means(runs):
    return {key: r.mean(axis=0) for key, r in runs.items()}


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Swap the two drop probabilities', '对调两个丢弃概率'),
    T('Swap the drop probabilities (丢弃概率): 0.5 after the first hidden layer and 0.2 after the '
      'second. '
      'What happens? Train the lesson\'s Gluon network for 5 epochs with the lesson\'s '
      'probabilities (0.2, 0.5) and with the swapped ones (0.5, 0.2), each run a new network, on '
      'the same training images, and keep what `train_ch3` returns. `train_iter` was deleted '
      'above, so make one: on all 60,000 images a run takes about 5 to 10 s; on the first 20,000, '
      'as the solution does, a third of that. The check looks at your two runs and says what they '
      'show.',
      '对调两个丢弃概率：第一个隐藏层之后取0.5，第二个隐藏层之后取0.2。会有什么结果？用本节的Gluon网络，'
      '分别以本节的丢弃概率(0.2, 0.5)和对调后的(0.5, 0.2)训练5个迭代周期，每次都用一个新网络、'
      '相同的训练图像，并保存`train_ch3`的返回值。上面已经删除了`train_iter`，需要重新创建一个：'
      '用全部60,000张图像训练一次约需5到10秒；像解答那样只用前20,000张，约需三分之一的时间。'
      '检查会查看你的两次训练结果，并说明从中能看出什么。'),
    """results = ...  # {(0.2, 0.5): train_ch3(...), (0.5, 0.2): train_ch3(...)}, each a new network

ex[1].check(results)""", book=['3.13.1'], solution_seconds=8,
    what=T('Fill results with the two runs, then run the cell again.',
           '把两次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('Write the network as a function of the two probabilities, `make_net(drop_prob1, '
             'drop_prob2)`, that builds and initialises a new `nn.Sequential` each time: '
             '`nn.Dropout(drop_prob1)` takes its value when the layer is made, so changing '
             '`drop_prob1` afterwards changes nothing in a network already built.',
             '把网络写成以两个丢弃概率为参数的函数`make_net(drop_prob1, drop_prob2)`，每次都新建并初始化一个'
             '`nn.Sequential`：`nn.Dropout(drop_prob1)`在创建层时就取定了它的值，之后再改`drop_prob1`，'
             '对已经建好的网络毫无影响。'),
           T('`images, labels = d2l.read_fashion_mnist(train=True)`, then `train_iter = '
             'd2l.FashionMNISTIter(images[:20000], labels[:20000], batch_size, shuffle=True)`. For '
             'each pair: `net = make_net(*probs)`, `trainer = gluon.Trainer(net.collect_params(), '
             '\'sgd\', {\'learning_rate\': lr})`, `results[probs] = d2l.train_ch3(net, train_iter, '
             'test_iter, loss, 5, batch_size, None, None, trainer)`.',
             '`images, labels = d2l.read_fashion_mnist(train=True)`，然后`train_iter = '
             'd2l.FashionMNISTIter(images[:20000], labels[:20000], batch_size, shuffle=True)`。'
             '对每一对丢弃概率：`net = make_net(*probs)`，`trainer = gluon.Trainer(net.collect_params(), '
             '\'sgd\', {\'learning_rate\': lr})`，`results[probs] = d2l.train_ch3(net, train_iter, '
             'test_iter, loss, 5, batch_size, None, None, trainer)`。')],
    explanation=T(
        'Little that 5 epochs can show. Swapped, the network drops half of the first hidden '
        'layer\'s units and a fifth of the second\'s, and the noise put in at the first layer is '
        'passed on through the second: its training loss tends to come out a little higher, by a '
        'few hundredths at most, and not in every run. The test accuracies come out about the '
        'same: the two runs differ by about as much as one run\'s test accuracy moves from one '
        'epoch to the next at this learning rate (the check prints both). The usual choice, less '
        'dropout near the input, keeps the most information for the first layer; for this '
        'network the order matters little.',
        '5个迭代周期能显示的差别很小。对调之后，网络在第一个隐藏层丢弃一半的单元，在第二个隐藏层丢弃五分之一，'
        '而在第一层引入的噪声还会经过第二层传下去：它的训练损失往往略高一些，最多高出零点零几，而且并非每次都如此。'
        '测试准确率则差不多：两次训练之间的差别，与这个学习率下同一次训练的测试准确率在相邻迭代周期之间的波动'
        '差不多大（检查会把两者都打印出来）。通常的做法是把靠近输入层的丢弃概率设得小一点，为第一层保留最多的信息；'
        '但对这个网络来说，顺序影响不大。'))


@ex1.solves
def swap_the_drop_probabilities():
    results = Results()
    for probs in [(0.2, 0.5), (0.5, 0.2)]:  # the lesson's, then swapped: a new network each
        results[probs] = train_fashion_mnist(fashion_mnist_net(*probs), num_epochs=5,
                                             num_train=20000)
    return results


@ex1.checks
def _(answer):
    runs = _train_runs(answer, [(0.2, 0.5), (0.5, 0.2)], '{(0.2, 0.5): ..., (0.5, 0.2): ...}', 5)
    lesson, swapped = runs[(0.2, 0.5)], runs[(0.5, 0.2)]
    _say(f'After 5 epochs: (0.2, 0.5) training loss {lesson.loss[-1]:.4f}, test accuracy '
         f'{lesson.test_acc[-1]:.3f}; (0.5, 0.2) training loss {swapped.loss[-1]:.4f}, test '
         f'accuracy {swapped.test_acc[-1]:.3f}. Swapped: training loss '
         f'{swapped.loss[-1] - lesson.loss[-1]:+.4f}, test accuracy '
         f'{swapped.test_acc[-1] - lesson.test_acc[-1]:+.3f}; from one epoch to the next, the test '
         f'accuracy of the (0.2, 0.5) run itself moved by up to {_swing(lesson):.3f} in its last '
         'epochs.',
         f'5个迭代周期后：(0.2, 0.5)的训练损失为{lesson.loss[-1]:.4f}，测试准确率为'
         f'{lesson.test_acc[-1]:.3f}；(0.5, 0.2)的训练损失为{swapped.loss[-1]:.4f}，测试准确率为'
         f'{swapped.test_acc[-1]:.3f}。对调后，训练损失变化{swapped.loss[-1] - lesson.loss[-1]:+.4f}，'
         f'测试准确率变化{swapped.test_acc[-1] - lesson.test_acc[-1]:+.3f}；在最后几个迭代周期中，'
         f'(0.2, 0.5)这次训练自身的测试准确率在相邻迭代周期之间的变化最多达{_swing(lesson):.3f}。')


def _run(losses, test_accs, train_examples=20000, test_set=True):
    """A TrainResult as train_ch3 would return it for these numbers (for the prepared wrong
    answers: they need no training)."""
    result = d2l.TrainResult()
    seen = _seen(test_set)
    for loss, acc in zip(losses, test_accs):
        result.add(loss, acc - 0.02, acc, 1.0, train_examples, seen)
    return result


def _seen(test_set=True):
    """What an evaluation on the test set (or on 10,000 training images) records."""
    images, labels = d2l.read_fashion_mnist(train=not test_set)
    seen = d2l.Seen()
    for X, y in d2l.FashionMNISTIter(images[:10000], labels[:10000], 1000):
        seen.add(X, y)
    return seen


# Measured runs (20,000 training images, 5 epochs), for the prepared wrong answers.
LOSS_02_05 = [1.785, 0.908, 0.703, 0.615, 0.565]
ACC_02_05 = [0.62, 0.754, 0.793, 0.807, 0.817]
LOSS_05_02 = [1.844, 0.923, 0.733, 0.652, 0.602]
ACC_05_02 = [0.599, 0.74, 0.788, 0.772, 0.775]
LOSS_08_05 = [1.835, 1.054, 0.87, 0.813, 0.754]
ACC_08_05 = [0.56, 0.718, 0.744, 0.736, 0.749]


@ex1.wrong('the swapped run went on from the trained network of the first run')
def _():
    return {(0.2, 0.5): _run(LOSS_02_05, ACC_02_05),
            (0.5, 0.2): _run([0.58, 0.55, 0.53, 0.52, 0.5], [0.81, 0.82, 0.82, 0.83, 0.83])}


@ex1.wrong("the lesson's run passed for both settings")
def _():
    run = _run(LOSS_02_05, ACC_02_05)
    return {(0.2, 0.5): run, (0.5, 0.2): run}


@ex1.wrong('one epoch each')
def _():
    return {(0.2, 0.5): _run(LOSS_02_05[:1], ACC_02_05[:1]),
            (0.5, 0.2): _run(LOSS_05_02[:1], ACC_05_02[:1])}


@ex1.wrong('the lesson\'s run on 60,000 images against a swapped run on 20,000')
def _():
    return {(0.2, 0.5): _run([1.152, 0.586, 0.491, 0.451, 0.42], [0.777, 0.824, 0.837, 0.828, 0.852],
                             train_examples=60000),
            (0.5, 0.2): _run(LOSS_05_02, ACC_05_02)}


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Twenty epochs, with and without dropout', '20个迭代周期：使用与不使用丢弃法'),
    T('Train the Gluon network for 20 epochs (迭代周期) with dropout (0.2, 0.5) and without it (0, 0), each '
      'run a new network, on the same training images, and keep what `train_ch3` returns. When '
      'does dropout start to pay off on the test accuracy? On all 60,000 images a run takes '
      'about 20 to 40 s; the solution uses the first 10,000. The check reads the answer off your runs.',
      '用Gluon网络分别在使用丢弃法(0.2, 0.5)和不使用丢弃法(0, 0)的情况下训练20个迭代周期，每次都用一个新网络、'
      '相同的训练图像，并保存`train_ch3`的返回值。丢弃法从什么时候开始在测试准确率上显出好处？'
      '用全部60,000张图像训练一次约需20到40秒；解答只用前10,000张。检查会从你的训练结果中读出答案。'),
    """results = ...  # {'dropout': train_ch3(...), 'no dropout': train_ch3(...)}, 20 epochs each

ex[2].check(results)""", book=['3.13.2'], solution_seconds=14,
    what=T('Fill results with the two runs, then run the cell again.',
           '把两次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('The network without dropout is the same network with drop probabilities 0 '
             '(`nn.Dropout(0)` passes everything through). Which numbers of a run show that a '
             'network fits its training images better than the test images?',
             '不使用丢弃法的网络就是丢弃概率为0的同一个网络（`nn.Dropout(0)`让所有元素原样通过）。'
             '一次训练中的哪些数字能表明，网络对训练图像的拟合好于对测试图像的拟合？'),
           T('As for exercise 1, with `make_net(0.2, 0.5)` and `make_net(0, 0)` and 20 epochs: '
             '`results[\'dropout\'] = d2l.train_ch3(net, train_iter, test_iter, loss, 20, '
             'batch_size, None, None, trainer)`. Compare the test accuracies epoch by epoch, and '
             'each run\'s training accuracy with its test accuracy.',
             '与练习1一样，用`make_net(0.2, 0.5)`和`make_net(0, 0)`训练20个迭代周期：'
             '`results[\'dropout\'] = d2l.train_ch3(net, train_iter, test_iter, loss, 20, '
             'batch_size, None, None, trainer)`。逐个迭代周期比较测试准确率，并把每次训练的训练准确率'
             '与它的测试准确率比较。')],
    explanation=T(
        'Dropout does not pay off from the start: while both networks are still learning, it '
        'only adds noise to the training. It pays off on the test accuracy once the network '
        'without it overfits, its training accuracy pulling away from its test accuracy, and on '
        'Fashion-MNIST this network needs many epochs for that: within these 20, the best test '
        'accuracies of the two come out about the same. What shows instead is a steadier '
        'training: at this learning rate the network without dropout has setbacks now and then '
        '(in most runs at least one), a jump of its loss and a drop of its test accuracy from one '
        'epoch to the next, so that over the last epochs its test accuracy is often below the '
        'dropout network\'s, not because it overfits but because it was thrown back. For your own '
        'runs the check prints from which epoch on dropout stayed ahead, and the setbacks of '
        'each; with fewer training '
        'images, or many more epochs, the network without dropout overfits and dropout\'s gain '
        'shows for that reason too.',
        '丢弃法并不是一开始就有好处：两个网络都还在学习时，它只是给训练添加了噪声。要等到不使用丢弃法的网络过拟合，'
        '即它的训练准确率与测试准确率拉开差距，丢弃法才会在测试准确率上显出好处；而在Fashion-MNIST上，'
        '这个网络要经过很多个迭代周期才会过拟合，在这20个迭代周期内，两者最好的测试准确率差不多。'
        '显现出来的反而是训练更平稳。在这个学习率下，不使用丢弃法的网络时有倒退（多数训练中至少有一次）：'
        '损失在相邻迭代周期之间突然跳高，测试准确率随之下降。因此在最后几个迭代周期中，它的测试准确率常常低于'
        '使用丢弃法的网络，原因不是过拟合，而是训练倒退了。对于你自己的训练，检查会打印出丢弃法从第几个迭代周期起'
        '一直领先，以及两者各倒退了几次。如果训练图像更少，或者迭代周期多得多，不使用丢弃法的网络就会过拟合，'
        '丢弃法也会因此显出好处。'))


@ex2.solves
def twenty_epochs_with_and_without_dropout():
    results = Results()
    for name, probs in [('dropout', (0.2, 0.5)), ('no dropout', (0, 0))]:
        results[name] = train_fashion_mnist(fashion_mnist_net(*probs), num_epochs=20,
                                            num_train=10000)
    for epoch in (1, 5, 10, 15, 20):
        print(f'epoch {epoch:2}: test accuracy with dropout '
              f'{results["dropout"].test_acc[epoch - 1]:.3f}, without '
              f'{results["no dropout"].test_acc[epoch - 1]:.3f}')
    return results


@ex2.checks
def _(answer):
    runs = _train_runs(answer, ['dropout', 'no dropout'],
                       "{'dropout': ..., 'no dropout': ...}", 20)
    on, off = runs['dropout'], runs['no dropout']
    ahead = np.array(on.test_acc) >= np.array(off.test_acc)
    since = next((e + 1 for e in range(20) if ahead[e:].all()), None)
    last = slice(-5, None)

    def setbacks(result):  # epochs whose training loss jumped up by more than 15%
        return sum(b > 1.15 * a for a, b in zip(result.loss, result.loss[1:]))
    _say(f'Test accuracy with / without dropout: epoch 5 {on.test_acc[4]:.3f} / '
         f'{off.test_acc[4]:.3f}, epoch 10 {on.test_acc[9]:.3f} / {off.test_acc[9]:.3f}, epoch 20 '
         f'{on.test_acc[19]:.3f} / {off.test_acc[19]:.3f}; mean of the last 5 epochs '
         f'{np.mean(on.test_acc[last]):.3f} / {np.mean(off.test_acc[last]):.3f}; the best epoch '
         f'{max(on.test_acc):.3f} / {max(off.test_acc):.3f}. Setbacks (the training loss jumping up '
         f'by more than 15% from one epoch to the next): {setbacks(on)} / {setbacks(off)}. Without '
         f'dropout, training accuracy minus test accuracy in the last epoch: '
         f'{off.train_acc[-1] - off.test_acc[-1]:+.3f}.',
         f'使用/不使用丢弃法时的测试准确率：第5个迭代周期{on.test_acc[4]:.3f} / {off.test_acc[4]:.3f}，'
         f'第10个{on.test_acc[9]:.3f} / {off.test_acc[9]:.3f}，第20个{on.test_acc[19]:.3f} / '
         f'{off.test_acc[19]:.3f}；最后5个迭代周期的平均值{np.mean(on.test_acc[last]):.3f} / '
         f'{np.mean(off.test_acc[last]):.3f}；最好的迭代周期{max(on.test_acc):.3f} / {max(off.test_acc):.3f}。'
         f'倒退（训练损失在相邻迭代周期之间跳高15%以上）的次数：{setbacks(on)} / {setbacks(off)}。'
         f'不使用丢弃法时，最后一个迭代周期的训练准确率减去测试准确率：{off.train_acc[-1] - off.test_acc[-1]:+.3f}。')
    if since is None:
        _say('In your runs dropout\'s test accuracy never stays ahead to the end.',
             '在你的训练中，丢弃法的测试准确率没能从某个迭代周期起一直领先到最后。')
    else:
        _say(f'In your runs dropout\'s test accuracy is ahead (or level) from epoch {since} on.',
             f'在你的训练中，丢弃法的测试准确率从第{since}个迭代周期起一直领先（或持平）。')


# Measured runs (10,000 training images, 20 epochs), for the prepared wrong answers.
LOSS_20_DROPOUT = [2.262, 1.704, 1.112, 0.865, 0.761, 0.721, 0.649, 0.603, 0.557, 0.561, 0.53,
                   0.501, 0.503, 0.493, 0.487, 0.443, 0.439, 0.453, 0.419, 0.425]
ACC_20_DROPOUT = [0.169, 0.442, 0.663, 0.681, 0.742, 0.756, 0.771, 0.763, 0.753, 0.807, 0.792,
                  0.8, 0.82, 0.801, 0.837, 0.837, 0.834, 0.807, 0.826, 0.83]
LOSS_20_PLAIN = [2.161, 1.694, 1.099, 0.91, 0.761, 0.691, 0.643, 0.593, 0.545, 0.536, 0.503,
                 0.488, 0.462, 0.469, 0.455, 0.935, 0.53, 0.49, 0.44, 0.439]
ACC_20_PLAIN = [0.102, 0.468, 0.636, 0.679, 0.736, 0.717, 0.76, 0.762, 0.796, 0.81, 0.796, 0.775,
                0.822, 0.778, 0.817, 0.611, 0.815, 0.798, 0.816, 0.811]


@ex2.wrong('10 epochs, not 20')
def _():
    return {'dropout': _run(LOSS_20_DROPOUT[:10], ACC_20_DROPOUT[:10], 10000),
            'no dropout': _run(LOSS_20_PLAIN[:10], ACC_20_PLAIN[:10], 10000)}


@ex2.wrong('the run without dropout went on from the network trained with dropout')
def _():
    return {'dropout': _run(LOSS_20_DROPOUT, ACC_20_DROPOUT, 10000),
            'no dropout': _run([0.41 - 0.005 * e for e in range(20)],
                               [0.83 + 0.001 * e for e in range(20)], 10000)}


@ex2.wrong('the test accuracy measured on training images')
def _():
    return {'dropout': _run(LOSS_20_DROPOUT, ACC_20_DROPOUT, 10000, test_set=False),
            'no dropout': _run(LOSS_20_PLAIN, ACC_20_PLAIN, 10000, test_set=False)}


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Other drop probabilities in the regression', '回归问题中的其他丢弃概率'),
    T('Train the regression network with drop probabilities 0.2 and 0.8, beside the lesson\'s '
      '0.5 (and, if you like, 0: no dropout). Which fits best: the training points, and the test '
      'points? Run each setting on the same 3 (or more) data sets, a new network each time, and '
      'keep what `train_regression` returns: one list of (training loss, test loss) pairs per '
      'drop probability. The check says what your runs show.',
      '除了本节的0.5，再用丢弃概率0.2和0.8训练回归网络（愿意的话，还可以加上0，即不使用丢弃法）。'
      '哪个丢弃概率对训练点拟合得最好？对测试点呢？每种设置都在相同的3个（或更多）数据集上训练，每次都用一个新网络，'
      '并保存`train_regression`的返回值：每个丢弃概率对应一个列表，由(训练损失, 测试损失)对组成。'
      '检查会说明从你的训练结果中能看出什么。'),
    """results = ...  # {0.2: [...], 0.5: [...], 0.8: [...]} (and 0: [...] if you like),
#                   each a list of train_regression(...), one per data set, the same data sets

ex[3].check(results)""", solution_seconds=9,
    what=T('Fill results with the runs, then run the cell again.',
           '把训练结果放进results，然后再运行这个单元格。'),
    hints=[T('`regression_net` puts `dropout_layer(0.5)` after each hidden layer: to get another '
             'probability, give it a layer maker that ignores the 0.5, such as `lambda _: '
             'nn.Dropout(0.2)`.',
             '`regression_net`在每个隐藏层之后放一个`dropout_layer(0.5)`：要换成别的丢弃概率，可以传给它一个'
             '忽略0.5的层构造函数，例如`lambda _: nn.Dropout(0.2)`。'),
           T('`datasets = [regression_data() for _ in range(3)]`; then for each `p` in (0.2, 0.5, '
             '0.8): `results[p] = [train_regression(regression_net(lambda _, p=p: nn.Dropout(p)), '
             'data) for data in datasets]`.',
             '`datasets = [regression_data() for _ in range(3)]`；然后对(0.2, 0.5, 0.8)中的每个`p`：'
             '`results[p] = [train_regression(regression_net(lambda _, p=p: nn.Dropout(p)), data) '
             'for data in datasets]`。')],
    explanation=T(
        'The more is dropped, the less closely the network fits its 20 training points: the '
        'training loss rises with the drop probability, from far below the noise level (0.045) '
        'without dropout, as in the lesson, to around or above it at 0.8. The training points '
        'are fitted best with the least dropout, and without any they are fitted far too well: '
        'that is the overfitting. The test points are fitted best by a '
        'moderate dropout: 0.2 already removes part of the overfitting, 0.5 usually more, and 0.8 '
        'holds the network back so much that it is often no better than 0.5. Which of 0.5 and '
        '0.8 wins changes from one set of data sets to another: the differences are about as '
        'large as the spread between data sets.',
        '丢弃得越多，网络对20个训练点的拟合就越不紧密：训练损失随丢弃概率上升，从不使用丢弃法时（如本节所示）'
        '远低于噪声水平（0.045），到丢弃概率为0.8时接近甚至高于噪声水平。对训练点拟合得最好的是丢弃最少的网络，'
        '完全不丢弃时则拟合得太好了：这正是过拟合。'
        '对测试点拟合得最好的是适度丢弃的网络：0.2已经消除了一部分过拟合，0.5通常消除得更多，而0.8对网络的限制太大，'
        '常常并不比0.5好。0.5和0.8谁更好，会随所用的那组数据集而变：两者的差别与各数据集之间的差异差不多大。'))


@ex3.solves
def compare_drop_probabilities():
    datasets = [regression_data() for _ in range(3)]  # the same data sets for every setting
    results = Results()
    for drop_prob in (0.2, 0.5, 0.8):
        results[drop_prob] = [train_regression(make_regression_net(drop_prob), data)
                              for data in datasets]  # a new network for each data set
    return results


@ex3.checks
def _(answer):
    probs = [0.2, 0.5, 0.8]
    if isinstance(answer, Mapping) and 0.0 in {_key(k) for k in answer}:
        probs = [0.0] + probs  # no dropout too, if given
    runs = _regression_runs(answer, probs, '{0.2: [...], 0.5: [...], 0.8: [...]}')
    _in_order(runs, probs[0])
    means = _means(runs)
    train_l = {p: means[p][0] for p in probs}
    if not (all(train_l[a] < train_l[b] for a, b in zip(probs, probs[1:]))
            and 1.5 * train_l[0.2] < train_l[0.8]):
        shown = ', '.join(f'{p}: {train_l[p]:.4f}' for p in probs)
        raise Wrong(f'The mean training loss should rise with the drop probability (the more is '
                    f'dropped, the less the network can fit its 20 points); yours: {shown}. Were '
                    'the probabilities passed to the layers? `regression_net(nn.Dropout)` always '
                    'uses 0.5.',
                    f'平均训练损失应随丢弃概率上升（丢弃得越多，网络越难拟合这20个点）；你的结果：{shown}。'
                    '丢弃概率传给各层了吗？`regression_net(nn.Dropout)`用的总是0.5。')
    best = min(probs, key=lambda p: means[p][1])
    for p in probs:
        spread = runs[p][:, 1].std()
        _say(f'drop probability {p}: mean training loss {means[p][0]:.4f}, mean test loss '
             f'{means[p][1]:.4f} (spread over the data sets {spread:.4f})',
             f'丢弃概率{p}：平均训练损失{means[p][0]:.4f}，平均测试损失{means[p][1]:.4f}'
             f'（各数据集之间的标准差{spread:.4f}）')
    _say(f'Lowest mean test loss in your runs: drop probability {best}.',
         f'在你的训练中，平均测试损失最低的是丢弃概率{best}。')


# Measured runs (one data set each row: drop probability 0, 0.2, 0.5, 0.8), for the prepared
# wrong answers.
REGRESSION_RUNS = [
    {0: (0.0041, 0.0873), 0.2: (0.0107, 0.0776), 0.5: (0.0274, 0.0642), 0.8: (0.0354, 0.0663)},
    {0: (0.0047, 0.0778), 0.2: (0.0107, 0.0712), 0.5: (0.0276, 0.0742), 0.8: (0.0648, 0.0988)},
    {0: (0.0061, 0.08), 0.2: (0.0109, 0.082), 0.5: (0.0203, 0.0704), 0.8: (0.0666, 0.0609)},
    {0: (0.0056, 0.0898), 0.2: (0.0174, 0.0935), 0.5: (0.0252, 0.0755), 0.8: (0.0588, 0.065)}]


@ex3.wrong('regression_net(nn.Dropout) for every setting: 0.5 each time')
def _():
    fives = [run[0.5] for run in REGRESSION_RUNS]
    return {0: [run[0] for run in REGRESSION_RUNS[:3]], 0.2: fives[1:], 0.5: fives[:3],
            0.8: [fives[3], fives[0], fives[2]]}


@ex3.wrong('one data set for each setting')
def _():
    return {p: [REGRESSION_RUNS[0][p]] for p in (0, 0.2, 0.5, 0.8)}


@ex3.wrong('the mean over the data sets, one pair per setting')
def _():
    return {p: tuple(np.mean([run[p] for run in REGRESSION_RUNS], axis=0)) for p in (0, 0.2, 0.5, 0.8)}


@ex3.wrong('the pairs as (test loss, training loss)')
def _():
    return {p: [run[p][::-1] for run in REGRESSION_RUNS] for p in (0, 0.2, 0.5, 0.8)}


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('Dropout and weight decay', '丢弃法与权重衰减'),
    T('Compare dropout with weight decay (权重衰减), and both together, on the regression: train '
      'the network without either, with weight decay 0.01 (`\'wd\': 0.01` in the Trainer\'s '
      'settings), with dropout 0.5, and with both, each on the same 3 (or more) data sets, a new '
      'network each time. Keep the (training loss, test loss) pairs. Do the effects add up?',
      '在回归问题上比较丢弃法与权重衰减（weight decay），以及两者同时使用：分别在两者都不用、使用权重衰减0.01'
      '（在Trainer的设置中写`\'wd\': 0.01`）、使用丢弃法0.5、两者都用的情况下训练网络，每种设置都在相同的3个'
      '（或更多）数据集上训练，每次都用一个新网络。保存(训练损失, 测试损失)对。两者的效果能叠加吗？'),
    """results = ...  # {'none': [...], 'weight decay': [...], 'dropout': [...], 'both': [...]},
#                   each a list of (training loss, test loss), one per data set, the same data sets

ex[4].check(results)""", book=['3.13.4'], solution_seconds=10,
    what=T('Fill results with the runs, then run the cell again.',
           '把训练结果放进results，然后再运行这个单元格。'),
    hints=[T('The lesson\'s `train_regression` makes its own Trainer: copy it with a `wd` argument, '
             '`gluon.Trainer(net.collect_params(), \'adam\', {\'learning_rate\': 0.01, \'wd\': '
             'wd})`. Gluon\'s `wd` adds wd times each parameter to its gradient: the L2 penalty '
             'of lesson 09.',
             '本节的`train_regression`自己创建Trainer：复制它并加一个`wd`参数，'
             '`gluon.Trainer(net.collect_params(), \'adam\', {\'learning_rate\': 0.01, \'wd\': wd})`。'
             'Gluon的`wd`会把每个参数乘以wd后加到它的梯度上，这就是第09节的L2范数惩罚项。'),
           T('`datasets = [regression_data() for _ in range(3)]`; `results[\'none\'] = '
             '[train_regression_wd(regression_net(), d, 0) for d in datasets]`, '
             '`results[\'weight decay\']` with `regression_net()` and 0.01, `results[\'dropout\']` '
             'with `regression_net(nn.Dropout)` and 0, `results[\'both\']` with '
             '`regression_net(nn.Dropout)` and 0.01. How far can the test loss fall at all, given '
             'the noise?',
             '`datasets = [regression_data() for _ in range(3)]`；`results[\'none\'] = '
             '[train_regression_wd(regression_net(), d, 0) for d in datasets]`，'
             '`results[\'weight decay\']`用`regression_net()`和0.01，`results[\'dropout\']`用'
             '`regression_net(nn.Dropout)`和0，`results[\'both\']`用`regression_net(nn.Dropout)`和0.01。'
             '考虑到噪声，测试损失最多能降到多低？')],
    explanation=T(
        'Each alone keeps the network from fitting the noise of its 20 points: the training loss '
        'rises from far below the noise level to near it, and the test loss falls; weight decay '
        '0.01 does about as well as dropout 0.5, often a little better. Together they do not add '
        'up: the two attack the same excess, the test loss above the noise level (0.045, which no '
        'model can go below), and once one of them has removed most of it there is little left '
        'for the other. Both together come out about as good as the better one alone, sometimes '
        'worse: the network is then held back more than it needs.',
        '两者单独使用时都能阻止网络拟合这20个点的噪声：训练损失从远低于噪声水平上升到接近噪声水平，测试损失下降；'
        '权重衰减0.01的效果与丢弃法0.5差不多，常常还略好一些。同时使用时，效果并不叠加：两者针对的是同一部分多余的损失，'
        '即测试损失中超出噪声水平（0.045，任何模型都无法低于它）的部分；其中一个消除了大部分之后，'
        '留给另一个的就不多了。两者同时使用的效果与较好的那一个单独使用时差不多，有时反而更差：'
        '这时网络受到的限制超过了需要。'))


@ex4.solves
def dropout_and_weight_decay():
    datasets = [regression_data() for _ in range(3)]  # the same data sets for every setting
    settings = {'none': (0, 0), 'weight decay': (0, 0.01), 'dropout': (0.5, 0),
                'both': (0.5, 0.01)}  # (drop probability, weight decay)
    results = Results()
    for name, (drop_prob, wd) in settings.items():
        results[name] = [train_regression(make_regression_net(drop_prob), data, wd=wd)
                         for data in datasets]
    return results


@ex4.checks
def _(answer):
    names = ['none', 'weight decay', 'dropout', 'both']
    runs = _regression_runs(answer, names,
                            "{'none': [...], 'weight decay': [...], 'dropout': [...], 'both': [...]}")
    _in_order(runs, 'none')
    means = _means(runs)
    for name, how in (('weight decay', T('was wd passed to the Trainer?',
                                         'wd传给Trainer了吗？')),
                      ('dropout', T('were the dropout layers in the network?',
                                    '网络中有丢弃层吗？')),
                      ('both', T('were both the dropout layers and wd used?',
                                 '丢弃层和wd都用上了吗？'))):
        if means[name][0] < max(2 * means['none'][0], 0.01):
            raise Wrong(f'The runs \'{name}\' fit their training points about as closely as those '
                        f'with neither (mean training loss {means[name][0]:.4f} against '
                        f'{means["none"][0]:.4f}): {how["en"]}',
                        f'\'{name}\'的训练对训练点的拟合几乎和两者都不用时一样紧密（平均训练损失'
                        f'{means[name][0]:.4f}，两者都不用时为{means["none"][0]:.4f}）：{how["zh"]}')
    gain = {name: means['none'][1] - means[name][1] for name in names}
    for name in names:
        _say(f'{name:>12}: mean training loss {means[name][0]:.4f}, mean test loss '
             f'{means[name][1]:.4f}' + (f' ({-gain[name]:+.4f} against none)' if gain[name] else ''),
             f'{name:>12}：平均训练损失{means[name][0]:.4f}，平均测试损失{means[name][1]:.4f}'
             + (f'（与两者都不用时相比{-gain[name]:+.4f}）' if gain[name] else ''))
    added = means['none'][1] - gain['weight decay'] - gain['dropout']
    _say(f'If the effects added up, both together would lower the test loss by '
         f'{gain["weight decay"] + gain["dropout"]:.4f}, to {added:.4f} '
         f'(the noise alone gives about {NOISE ** 2 / 2:.3f}); in your runs they lower it by '
         f'{gain["both"]:.4f}.',
         f'如果效果能叠加，两者同时使用会使测试损失降低{gain["weight decay"] + gain["dropout"]:.4f}，降到'
         f'{added:.4f}（单是噪声就约有'
         f'{NOISE ** 2 / 2:.3f}）；在你的训练中，它们使测试损失降低了{gain["both"]:.4f}。')


# Measured runs (one data set each row), for the prepared wrong answers.
DECAY_RUNS = [
    {'none': (0.0002, 0.0821), 'weight decay': (0.029, 0.0584), 'dropout': (0.0267, 0.0682),
     'both': (0.0419, 0.0726)},
    {'none': (0.004, 0.0783), 'weight decay': (0.0272, 0.0535), 'dropout': (0.0207, 0.0691),
     'both': (0.029, 0.0545)},
    {'none': (0.006, 0.0809), 'weight decay': (0.0306, 0.0477), 'dropout': (0.0209, 0.058),
     'both': (0.0341, 0.0482)}]


@ex4.wrong('wd not passed to the Trainer: "weight decay" trained like "none"')
def _():
    return {'none': [run['none'] for run in DECAY_RUNS],
            'weight decay': [(0.0034, 0.0905), (0.0006, 0.0826), (0.0041, 0.0873)],
            'dropout': [run['dropout'] for run in DECAY_RUNS],
            'both': [run['dropout'] for run in DECAY_RUNS[::-1]]}


@ex4.wrong('one data set for each setting')
def _():
    return {name: [DECAY_RUNS[0][name]] for name in DECAY_RUNS[0]}


@ex4.wrong('"both" left out')
def _():
    return {name: [run[name] for run in DECAY_RUNS] for name in ('none', 'weight decay', 'dropout')}


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Why not drop when predicting?', '为什么预测时不丢弃？'),
    T('Why should dropout not be used when the model predicts?\n\n'
      '(a) each prediction would come from one thinned network (子网络) drawn at random: the same input '
      'would get a different answer every time, and a worse one on average than the full '
      'network\'s &nbsp; '
      '(b) the predictions would come out too large, by the factor $\\frac{1}{1-p}$ &nbsp; '
      '(c) dropping units while predicting would change the trained weights &nbsp; '
      '(d) predicting would become much slower',
      '为什么在模型预测时不应使用丢弃法？\n\n'
      '(a) 每次预测都会来自一个随机抽取的子网络（thinned network）：同一个输入每次得到的答案都不同，'
      '平均而言也比完整网络的答案差 &nbsp; (b) 预测值会偏大，多乘了一个因子$\\frac{1}{1-p}$ &nbsp; '
      '(c) 预测时丢弃单元会改变训练好的权重 &nbsp; '
      '(d) 预测会变慢很多'),
    hints=[T('Run the lesson\'s Gluon network twice on the same images inside '
             '`autograd.train_mode()`: what do you get? And what does the full network stand for, '
             'in the lesson\'s section on ensembles?',
             '在`autograd.train_mode()`之内把同一批图像两次送入本节的Gluon网络：得到什么？在本节关于集成的'
             '那部分中，完整网络代表的是什么？'),
           T('With dropout on, every pass draws a new mask, so a prediction is that of one thinned '
             'network. Inverted dropout keeps each unit\'s expectation, so the outputs are not '
             'larger on average; and a forward pass never changes a weight.',
             '开启丢弃法时，每次正向传播都抽取新的掩码，所以一次预测就是一个子网络的预测。倒置丢弃法保持每个单元的期望不变，'
             '所以输出平均而言并不会偏大；而正向传播从不改变权重。')],
    explanation=T(
        'With dropout on, each prediction is that of one thinned network, drawn anew on every '
        'pass: the solution\'s two passes over the same test points disagree, and each has a '
        'higher test loss than the full network, whose prediction stands in for the average of '
        'all the thinned networks. Inverted dropout keeps every unit\'s expectation, so the '
        'predictions are noisy but not too large on average; no weight changes outside a '
        'training step; and a mask costs little to draw. The problem is the answer, not its cost.',
        '开启丢弃法时，每次预测都出自一个子网络，而这个子网络在每次正向传播时都重新抽取：在解答中，对同样的测试点'
        '做两次正向传播，结果并不一致，而且每次的测试损失都高于完整网络；完整网络的预测代表的正是所有子网络的平均。'
        '倒置丢弃法保持每个单元的期望不变，所以预测虽有噪声，平均而言却不偏大；训练步骤之外，权重不会改变；'
        '抽取掩码的代价也很小。问题出在答案上，而不在代价上。'))


@ex5.solves
def why_not_drop_when_predicting():
    x_train, y_train, x_test, y_test = data = regression_data()
    net = make_regression_net(0.5)
    train_regression(net, data, num_steps=200)  # enough to fit the 20 points
    loss = gloss.L2Loss()
    with autograd.train_mode():  # dropout on, as if predicting with it
        first, second = net(x_test), net(x_test)
    full = net(x_test)  # predicting: dropout off, the full network
    print('two passes with dropout on give the same predictions:',
          bool((first == second).min().asscalar()))
    print(f'test loss: with dropout on {loss(first, y_test).mean().asscalar():.4f} and '
          f'{loss(second, y_test).mean().asscalar():.4f}, full network '
          f'{loss(full, y_test).mean().asscalar():.4f}')
    return 'a'


CHOICES_5 = {
    'b': T('Inverted dropout divides the kept units by 1 - p so that their expectation is '
           'unchanged: a thinned network\'s outputs are noisy, not too large on average.',
           '倒置丢弃法把保留下来的单元除以1 - p，使它们的期望不变：子网络的输出有噪声，但平均而言并不偏大。'),
    'c': T('Dropout masks a layer\'s outputs; weights change only in a training step (sgd or '
           'trainer.step), never in a forward pass.',
           '丢弃法只是对一层的输出加掩码；权重只在训练步骤（sgd或trainer.step）中改变，正向传播从不改变权重。'),
    'd': T('Drawing a mask costs about as much as a ReLU: predicting would be barely slower. The '
           'problem is the answer, not the time.',
           '抽取一个掩码的代价与一次ReLU运算差不多：预测几乎不会变慢。问题在于答案，而不在于时间。'),
}


ex5.choice(CHOICES_5)


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('A keep probability taken for a drop probability', '把保留概率当成了丢弃概率'),
    T('Train the Fashion-MNIST network with drop probabilities 0.8 and 0.5, as if a `keep_prob` '
      'of 0.8 had been copied as a drop probability, and with the lesson\'s 0.2 and 0.5: 5 '
      'epochs each, each run a new network, on the same training images (from scratch or with '
      'Gluon; the first 15,000 images will do, as the solution does). How far behind is the '
      'misread network after 5 epochs, in training loss and in test accuracy? The check '
      'measures it on your runs.',
      '分别用丢弃概率0.8和0.5（就像把0.8的`keep_prob`照搬成了丢弃概率一样）以及本节的0.2和0.5训练Fashion-MNIST'
      '网络：各训练5个迭代周期，每次都用一个新网络、相同的训练图像（从零开始实现或用Gluon都可以；'
      '像解答那样用前15,000张图像即可）。5个迭代周期后，误读了概率的网络在训练损失和测试准确率上落后多少？'
      '检查会根据你的训练结果算出来。'),
    """results = ...  # {(0.2, 0.5): train_ch3(...), (0.8, 0.5): train_ch3(...)}, each a new network

ex[6].check(results)""", solution_seconds=6,
    what=T('Fill results with the two runs, then run the cell again.',
           '把两次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('Gluon is simpler here: a new network with `nn.Dropout(0.8)` after the first hidden '
             'layer, `make_net(0.8, 0.5)` of exercise 1. From scratch, `net` now names the Gluon '
             'network: you would define the scratch `net` again (it reads `drop_prob1` when it '
             'runs), set `drop_prob1 = 0.8` and draw W1, ..., b3 anew, which overwrites the trained '
             'weights that exercise 8 uses.',
             '这里用Gluon更简单：在第一个隐藏层之后用`nn.Dropout(0.8)`新建一个网络，即练习1的'
             '`make_net(0.8, 0.5)`。若从零开始实现，现在`net`指的是Gluon网络：需要重新定义从零开始实现的`net`'
             '（它在运行时读取`drop_prob1`），设`drop_prob1 = 0.8`并重新生成W1、……、b3，'
             '这会覆盖练习8要用的训练好的权重。'),
           T('As in exercise 1: `results[(0.8, 0.5)] = d2l.train_ch3(make_net(0.8, 0.5), ...)` and '
             '`results[(0.2, 0.5)]` likewise, on the same `train_iter`; then compare '
             '`result.loss[-1]` and `result.test_acc[-1]`.',
             '与练习1一样：`results[(0.8, 0.5)] = d2l.train_ch3(make_net(0.8, 0.5), ...)`，'
             '`results[(0.2, 0.5)]`同理，用同一个`train_iter`；然后比较`result.loss[-1]`和'
             '`result.test_acc[-1]`。')],
    explanation=T(
        'Dropping 80% of the first hidden layer, each step trains a much weaker thinned network '
        'on a much noisier signal. After 5 epochs its training loss is clearly higher (by about '
        'a tenth or more; 0.10 to 0.25 in 39 of our 40 runs, while in the 40th the lesson\'s '
        'network had a spike of its loss in the last epoch, which is why the check averages the '
        'last two) and its test accuracy is usually a few points lower, though the swings of '
        'the test accuracy from one epoch to the next can hide part of that in a single epoch. '
        'A misread probability does not break the training, it only slows it down and weakens '
        'the network: nothing fails loudly, which is why such a mix-up goes unnoticed.',
        '第一个隐藏层丢弃80%时，每一步训练的都是一个弱得多的子网络，学习的信号也嘈杂得多。5个迭代周期后，'
        '它的训练损失明显更高（高出约零点一或更多：我们的40次训练中有39次高出0.10到0.25；另一次训练中，本节的网络在'
        '最后一个迭代周期损失突然升高，所以检查取最后两个迭代周期的平均值），测试准确率通常低几个百分点；不过只看某一个迭代周期时，'
        '测试准确率在相邻迭代周期之间的波动可能掩盖一部分差距。误读的概率并不会让训练进行不下去，只会让训练变慢、'
        '网络变弱：不会有任何明显的报错，所以这种混淆往往不被察觉。'))


@ex6.solves
def misread_keep_probability():
    results = Results()
    for probs in [(0.2, 0.5), (0.8, 0.5)]:  # intended, then misread: a new network each
        results[probs] = train_fashion_mnist(fashion_mnist_net(*probs), num_epochs=5,
                                             num_train=15000)
    return results


@ex6.checks
def _(answer):
    runs = _train_runs(answer, [(0.2, 0.5), (0.8, 0.5)], '{(0.2, 0.5): ..., (0.8, 0.5): ...}', 5)
    lesson, misread = runs[(0.2, 0.5)], runs[(0.8, 0.5)]
    # the last 2 epochs: the lesson's network can spike in its last epoch (1 run in 40)
    lesson_loss, misread_loss = np.mean(lesson.loss[-2:]), np.mean(misread.loss[-2:])
    if misread_loss - lesson_loss < 0.05:
        raise Wrong(f'Over its last 2 epochs the run (0.8, 0.5) has a training loss of '
                    f'{misread_loss:.4f} on average, not clearly above the (0.2, 0.5) run\'s '
                    f'{lesson_loss:.4f}: was the first layer\'s drop probability really 0.8? (In '
                    'Gluon, nn.Dropout(drop_prob1) takes the value when the network is built.)',
                    f'(0.8, 0.5)这次训练最后2个迭代周期的平均训练损失为{misread_loss:.4f}，并不明显高于'
                    f'(0.2, 0.5)的{lesson_loss:.4f}：第一层的丢弃概率真的是0.8吗？（在Gluon中，'
                    'nn.Dropout(drop_prob1)在构建网络时就取定了它的值。）')
    acc_gap = np.mean(lesson.test_acc[-2:]) - np.mean(misread.test_acc[-2:])
    _say(f'After 5 epochs the misread network is behind by '
         f'{lesson.test_acc[-1] - misread.test_acc[-1]:.3f} in test accuracy '
         f'({lesson.test_acc[-1]:.3f} against {misread.test_acc[-1]:.3f}). Over the last 2 epochs, '
         f'on average, it is behind by {misread_loss - lesson_loss:.4f} in training loss '
         f'({lesson_loss:.4f} against {misread_loss:.4f}) and by {acc_gap:.3f} in test accuracy.',
         f'5个迭代周期后，误读了概率的网络在测试准确率上落后{lesson.test_acc[-1] - misread.test_acc[-1]:.3f}'
         f'（{lesson.test_acc[-1]:.3f}对{misread.test_acc[-1]:.3f}）。按最后2个迭代周期的平均值计，它在训练损失上'
         f'落后{misread_loss - lesson_loss:.4f}（{lesson_loss:.4f}对{misread_loss:.4f}），在测试准确率上落后'
         f'{acc_gap:.3f}。')


@ex6.wrong('drop_prob1 changed after the Gluon network was built: 0.2 and 0.5 again')
def _():
    return {(0.2, 0.5): _run(LOSS_02_05, ACC_02_05),
            (0.8, 0.5): _run([1.838, 0.97, 0.723, 0.64, 0.592], [0.501, 0.717, 0.772, 0.753, 0.818])}


@ex6.wrong('the misread run went on from the lesson\'s trained parameters')
def _():
    return {(0.2, 0.5): _run(LOSS_02_05, ACC_02_05),
            (0.8, 0.5): _run([0.66, 0.63, 0.61, 0.6, 0.59], [0.8, 0.81, 0.8, 0.82, 0.81])}


@ex6.wrong("the lesson's 5-epoch run against a 3-epoch misread run")
def _():
    return {(0.2, 0.5): _run(LOSS_02_05, ACC_02_05), (0.8, 0.5): _run(LOSS_08_05[:3], ACC_08_05[:3])}


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('Vanilla dropout from the start', '从一开始就用原始丢弃法'),
    T('Train the regression network with `VanillaDropout(0.5)` layers, vanilla dropout (原始丢弃法), '
      'from the start, and one with `nn.Dropout(0.5)`, inverted dropout (倒置丢弃法), on the same '
      'data. Does the vanilla one do as well? Compare the '
      'norms of the two networks\' weights: which are larger, and is that what the equivalence '
      'of the two methods leads you to expect? Pass the two trained networks: the check '
      'measures their test losses on new data and their weights, layer by layer.',
      '在相同的数据上训练两个回归网络：一个从一开始就使用`VanillaDropout(0.5)`层，即原始丢弃法（vanilla dropout）；'
      '另一个使用`nn.Dropout(0.5)`，即倒置丢弃法（inverted dropout）。'
      '原始丢弃法的网络效果一样好吗？比较两个网络权重的范数：哪一个更大？根据两种方法的等价性，这是你预期的结果吗？'
      '把两个训练好的网络交给检查：它会在新数据上测量两者的测试损失，并逐层比较它们的权重。'),
    """answer = ...  # {'vanilla': the network trained with VanillaDropout(0.5),
#                  'inverted': the one trained with nn.Dropout(0.5), on the same data}

ex[7].check(answer)""", solution_seconds=2,
    what=T('Set answer to the two trained networks, then run the cell again.',
           '把answer设为两个训练好的网络，然后再运行这个单元格。'),
    hints=[T('`regression_net` takes the dropout layer to use: `regression_net(VanillaDropout)` and '
             '`regression_net(nn.Dropout)`, each trained with `train_regression(net, data)`. Before '
             'you measure: for the same function, how do the weights after a vanilla dropout layer '
             'relate to the inverted network\'s?',
             '`regression_net`接受要使用的丢弃层：`regression_net(VanillaDropout)`和'
             '`regression_net(nn.Dropout)`，各用`train_regression(net, data)`训练。测量之前先想一想：'
             '对于同一个函数，原始丢弃法网络中丢弃层之后的权重，与倒置丢弃法网络中相应的权重是什么关系？'),
           T('The lesson showed that vanilla dropout with the weights after each dropout layer '
             'divided by 1 - p computes exactly what inverted dropout computes. So for the same '
             'function the vanilla network needs larger weights after its dropout layers; ReLU '
             'layers can also pass such a factor on to the layer before (scaling a layer\'s '
             'weights and bias by c scales its outputs by c).',
             '本节已经表明，原始丢弃法只要把每个丢弃层之后的权重除以1 - p，计算结果就与倒置丢弃法完全相同。'
             '所以要计算同一个函数，'
             '原始丢弃法的网络在丢弃层之后需要更大的权重；ReLU层还可以把这样的因子转移给前一层'
             '（把一层的权重和偏差乘以c，它的输出也乘以c）。')],
    explanation=T(
        'Trained from the start, vanilla dropout does as well as inverted dropout: the two test '
        'losses are about the same, one or the other ahead by chance. The vanilla network\'s '
        'weights come out larger overall (the product of the three layers\' ratios is above 1, '
        'and in most runs each ratio is), as the equivalence leads us to expect: the network '
        'that computes the same function as an inverted one has the weights after each dropout '
        'layer divided by 1 - p, twice as large here, a product of 4 over the two layers. The '
        'measured ratios fall well short of that: the ReLU layers let such a factor be spread '
        'over all the layers (scaling a layer\'s weights and bias by c scales its outputs by c), '
        'part of each norm is the random initialization that the training never removes, and '
        'the two networks are different trainings from different starts. Equivalent models are '
        'not trained into the same weights.',
        '从一开始就训练时，原始丢弃法的效果与倒置丢弃法一样好：两者的测试损失差不多，谁领先全凭偶然。原始丢弃法网络的'
        '权重总体上更大（三层比值的乘积大于1，多数情况下每一层的比值也都大于1），这与等价性给出的预期一致：'
        '要与倒置丢弃法的网络计算同一个函数，网络就要把每个丢弃层之后的权重除以1 - p，'
        '在这里即变为2倍，两层合起来是4倍。'
        '测得的比值远没有这么大：ReLU层使这样的因子可以分摊到所有层上（把一层的权重和偏差乘以c，它的输出也乘以c）；'
        '每个范数中都有一部分来自随机初始化，训练始终没有把它去掉；而且两个网络是从不同的初始值开始的两次不同训练。'
        '等价的模型并不会被训练成相同的权重。'))


@ex7.solves
def vanilla_from_the_start():
    data = regression_data()
    nets = Results(vanilla=make_regression_net(0.5, dropout_layer=VanillaDropout),
                   inverted=make_regression_net(0.5, dropout_layer=nn.Dropout))
    norms = {}
    for name, net in nets.items():
        train_l, test_l = train_regression(net, data)
        norms[name] = [float(layer.weight.data().norm().asscalar())
                       for layer in net if isinstance(layer, nn.Dense)]
        print(f'{name:>8}: test loss {test_l:.4f}, weight norms of the 3 Dense layers '
              f'{np.round(norms[name], 2).tolist()}')
    ratios = np.array(norms['vanilla']) / np.array(norms['inverted'])
    print(f'vanilla / inverted, layer by layer: {np.round(ratios, 2).tolist()}, product '
          f'{ratios.prod():.2f}')
    return nets


def _dropout_kind(layer):
    """('inverted' | 'vanilla' | 'un-scaled', drop probability) from what the layer does to a
    row of ones while training and when predicting; None for a layer that is no dropout."""
    if isinstance(layer, nn.Dense):
        return None
    ones = nd.ones((1, 4000))
    try:
        with autograd.train_mode():
            trained = layer(ones).asnumpy().ravel()
        predicted = layer(ones).asnumpy().ravel()
    except Exception:
        return None
    if trained.shape != ones.shape[1:] or predicted.shape != ones.shape[1:]:
        return None
    kept = trained[trained != 0]
    p = 1 - kept.size / trained.size
    if p < 0.02:
        return None
    if np.allclose(predicted, 1) and np.allclose(kept, 1 / (1 - p), rtol=0.1):
        return 'inverted', p
    if np.allclose(kept, 1) and np.allclose(predicted, predicted[0]) and predicted[0] < 0.98:
        return 'vanilla', 1 - float(predicted[0])
    if np.allclose(kept, 1) and np.allclose(predicted, 1):
        return 'un-scaled', p
    return 'other', p


NAMES_7 = {'vanilla': T('the vanilla network', '原始丢弃法的网络'),
           'inverted': T('the inverted network', '倒置丢弃法的网络')}


def _dense_layers(net, name):
    if not isinstance(net, nn.Sequential):
        raise Unusable(f"answer['{name}'] should be a trained network like regression_net's (an "
                       f'nn.Sequential); got {_describe(net)["en"]}.',
                       f"answer['{name}']应为一个像regression_net那样训练好的网络（nn.Sequential）；"
                       f'得到的是{_describe(net)["zh"]}。')
    layers = list(net)
    return layers, [layer for layer in layers if isinstance(layer, nn.Dense)]


@ex7.checks
def _(answer):
    nets = _keyed(answer, ['vanilla', 'inverted'], "{'vanilla': ..., 'inverted': ...}")
    layers = {name: _dense_layers(net, name) for name, net in nets.items()}
    if nets['vanilla'] is nets['inverted']:
        raise Wrong('Both entries are the same network: train one with VanillaDropout(0.5) and '
                    'one with nn.Dropout(0.5).',
                    '两项是同一个网络：应当一个用VanillaDropout(0.5)训练，另一个用nn.Dropout(0.5)训练。')
    shared = {id(p) for p in nets['vanilla'].collect_params().values()} & \
        {id(p) for p in nets['inverted'].collect_params().values()}
    if shared:
        raise Wrong('The two networks share their Dense layers: train two separate networks.',
                    '两个网络共用了Dense层：要训练两个独立的网络。')
    for name, wanted in (('vanilla', 'vanilla'), ('inverted', 'inverted')):
        kinds = [k for k in (_dropout_kind(layer) for layer in layers[name][0]) if k]
        what = {'vanilla': T('vanilla dropout (it drops without rescaling while training, and '
                             'multiplies by 1 - p when predicting)',
                             '原始丢弃法（训练时丢弃而不缩放，预测时乘以1 - p）'),
                'inverted': T('inverted dropout, as nn.Dropout(0.5)',
                              '倒置丢弃法，即nn.Dropout(0.5)')}[wanted]
        if not kinds:
            raise Wrong(f'{NAMES_7[name]["en"].capitalize()} has no dropout layer: it should use '
                        f'{what["en"]} after each hidden layer.',
                        f'{NAMES_7[name]["zh"]}中没有丢弃层：每个隐藏层之后都应使用{what["zh"]}。')
        for found, p in kinds:
            if found == 'un-scaled' and wanted == 'vanilla':
                raise Wrong('The dropout layers of the vanilla network do not multiply by 1 - p '
                            'when predicting: that is the lesson\'s un-scaled network '
                            '(UnscaledDropout). Vanilla dropout scales by the keep probability '
                            'when predicting.',
                            '原始丢弃法网络的丢弃层在预测时没有乘以1 - p：那是本节不缩放的网络（UnscaledDropout）。'
                            '原始丢弃法在预测时要乘以保留概率。')
            if found != wanted:
                raise Wrong(f'{NAMES_7[name]["en"].capitalize()} has a dropout layer that is not '
                            f'{what["en"]}: are the two entries swapped?',
                            f'{NAMES_7[name]["zh"]}中有一个丢弃层不是{what["zh"]}：两项是否放反了？')
            if abs(p - 0.5) > 0.06:
                raise Wrong(f'{NAMES_7[name]["en"].capitalize()} drops about {p:.0%} of the units: '
                            'the exercise uses drop probability 0.5.',
                            f'{NAMES_7[name]["zh"]}丢弃了约{p:.0%}的单元：本练习使用的丢弃概率是0.5。')
    rng = np.random.RandomState(7)
    x = rng.uniform(-1, 1, size=(1000, 1))
    x_new, y_new = nd.array(x), nd.array(x + NOISE * rng.normal(size=x.shape))
    losses = {}
    for name, net in nets.items():
        out = call(net, x_new, when=T(f'predicting with {NAMES_7[name]["en"]} on 1,000 new points',
                                      f'用{NAMES_7[name]["zh"]}对1,000个新点做预测'))
        if not isinstance(out, nd.NDArray) or out.size != 1000:
            raise Unusable(f'{NAMES_7[name]["en"].capitalize()} gives {kind(out)} for 1,000 points of '
                           'shape (1000, 1); expected one prediction per point.',
                           f'{NAMES_7[name]["zh"]}对形状为(1000, 1)的1,000个点给出的是{kind(out, "zh")}；'
                           '应为每个点一个预测。')
        losses[name] = float(((out.reshape((-1, 1)) - y_new) ** 2 / 2).mean().asscalar())
        if not layers[name][1]:
            raise Unusable(f'{NAMES_7[name]["en"].capitalize()} has no Dense layer: expected a '
                           'network like regression_net\'s.',
                           f'{NAMES_7[name]["zh"]}中没有Dense层：应为一个像regression_net那样的网络。')
        if losses[name] > 0.12:
            raise Wrong(f'{NAMES_7[name]["en"].capitalize()} has a test loss of {losses[name]:.3f} on '
                        'new points, about that of predicting 0: has it been trained?',
                        f'{NAMES_7[name]["zh"]}在新数据点上的测试损失为{losses[name]:.3f}，与一律预测0时差不多：'
                        '它训练过吗？')
    norms = {name: [float(layer.weight.data().norm().asscalar()) for layer in layers[name][1]]
             for name in nets}
    ratios = [v / i for v, i in zip(norms['vanilla'], norms['inverted'])]
    product = float(np.prod(ratios))
    ratios = ', '.join(f'{r:.2f}' for r in ratios)
    _say(f'Test loss on 1,000 new points: vanilla {losses["vanilla"]:.4f}, inverted '
         f'{losses["inverted"]:.4f}. Weight norms of the Dense layers: vanilla '
         f'{[round(n, 2) for n in norms["vanilla"]]}, inverted '
         f'{[round(n, 2) for n in norms["inverted"]]}; vanilla / inverted, layer by layer: {ratios}, '
         f'their product {product:.2f}.',
         f'在1,000个新数据点上的测试损失：原始丢弃法{losses["vanilla"]:.4f}，倒置丢弃法'
         f'{losses["inverted"]:.4f}。各Dense层权重的范数：原始丢弃法{[round(n, 2) for n in norms["vanilla"]]}，'
         f'倒置丢弃法{[round(n, 2) for n in norms["inverted"]]}；逐层的比值（原始/倒置）：{ratios}，'
         f'它们的乘积为{product:.2f}。')


@ex7.wrong('UnscaledDropout layers in the "vanilla" network')
def _():
    return {'vanilla': make_regression_net(0.5, dropout_layer=UnscaledDropout),
            'inverted': make_regression_net(0.5)}  # the check needs no training to see it


@ex7.wrong('the two entries swapped')
def _():
    return {'vanilla': make_regression_net(0.5),
            'inverted': make_regression_net(0.5, dropout_layer=VanillaDropout)}


@ex7.wrong('untrained networks')
def _():
    return {'vanilla': make_regression_net(0.5, dropout_layer=VanillaDropout),
            'inverted': make_regression_net(0.5)}


@ex7.wrong('the same network twice')
def _():
    net = make_regression_net(0.5, dropout_layer=VanillaDropout)
    return {'vanilla': net, 'inverted': net}


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('Average the outputs, not the probabilities', '对输出而不是概率求平均'),
    T('In the ensemble (集成), average the thinned networks\' outputs (before the softmax) instead of '
      'their probabilities. Does the average agree with the full network more or less often? '
      'Collect the outputs of 128 thinned networks of the lesson\'s trained network on the '
      '2,048 test images (`H1_ens`) and the full network\'s output, and compare the two '
      'averages\' agreement with the full network. The check works out both from your outputs, '
      'and how much of the difference a new draw of masks would change.',
      '在集成（ensemble）中，对子网络的输出（softmax之前）而不是它们的概率求平均。这样得到的平均与完整网络一致的次数'
      '是更多还是更少？对本节训练好的网络，在2,048张测试图像（`H1_ens`）上收集128个子网络的输出以及完整网络的输出，'
      '比较两种平均与完整网络一致的程度。检查会根据你的输出算出这两种一致程度，并说明其中的差别有多少会随重新抽取掩码而改变。'),
    """answer = ...  # {'outputs': the outputs of 128 thinned networks, stacked with nd.stack: shape (128, 2048, 10),
#                  'full': the full network's output, shape (2048, 10)}

ex[8].check(answer)""", solution_seconds=3,
    what=T('Set answer to the outputs and the full network\'s output, then run the cell again.',
           '把answer设为这些输出和完整网络的输出，然后再运行这个单元格。'),
    hints=[T('`thinned_output(H1_ens, drop_prob1, drop_prob2)` is one thinned network\'s output, '
             'before the softmax; `thinned_output(H1_ens, 0, 0)` is the full network\'s.',
             '`thinned_output(H1_ens, drop_prob1, drop_prob2)`是一个子网络的输出（softmax之前）；'
             '`thinned_output(H1_ens, 0, 0)`是完整网络的输出。'),
           T('`outputs = nd.stack(*[thinned_output(H1_ens, drop_prob1, drop_prob2) for _ in '
             'range(128)])`. The average of the outputs is `outputs.mean(axis=0)`, of the '
             'probabilities `outputs.softmax().mean(axis=0)`: compare the `argmax(axis=1)` of '
             'each with `full_pred`.',
             '`outputs = nd.stack(*[thinned_output(H1_ens, drop_prob1, drop_prob2) for _ in '
             'range(128)])`。输出的平均是`outputs.mean(axis=0)`，概率的平均是'
             '`outputs.softmax().mean(axis=0)`：把两者各自的`argmax(axis=1)`与`full_pred`比较。')],
    explanation=T(
        'About as often. The two averages pick different classes on only a handful of images, '
        'those nearly tied between two classes, and which of the two agrees with the full '
        'network on more images changes from one draw of masks to the next, by about as much as '
        'between two halves of the same masks. Averaging the outputs is averaging the log '
        'probabilities (the geometric mean of the probabilities, renormalised), a different '
        'ensemble, but not one the full network approximates better here: with dropout on the '
        'first hidden layer too, the ReLU of the second stands between the masks and the '
        'output, and neither average is exactly the full network\'s (exercise 9).',
        '差不多一样多。两种平均只在少数几张图像上选出不同的类别，即在两个类别之间几乎打平的那些图像；'
        '而两者中哪一个与完整网络一致的图像更多，会随每次抽取的掩码而变，变化幅度与把同一批掩码分成两半、各自求平均时的'
        '差别差不多。对输出求平均就是对对数概率求平均（即对概率求几何平均，再归一化），这是另一种集成，但在这里'
        '完整网络对它的近似并不更好：第一个隐藏层也使用了丢弃法时，第二个隐藏层的ReLU处在掩码和输出之间，'
        '两种平均都不恰好等于完整网络的输出（见练习9）。'))


@ex8.solves
def average_outputs_or_probabilities():
    net = fashion_mnist_net(0.2, 0.5)
    train_fashion_mnist(net, num_epochs=2, num_train=20000)
    H1 = net[0](first_test_images(1024))  # the first hidden layer (net[1], net[3]: the Dropout layers)

    def thinned_output(drop_prob1, drop_prob2):
        return net[4](d2l.dropout(net[2](d2l.dropout(H1, drop_prob1)), drop_prob2))

    outputs = nd.stack(*[thinned_output(0.2, 0.5) for _ in range(128)])
    full_pred = thinned_output(0, 0).argmax(axis=1)
    for name, average in [('probabilities', outputs.softmax().mean(axis=0)),
                          ('outputs', outputs.mean(axis=0))]:
        agree = int((average.argmax(axis=1) == full_pred).sum().asscalar())
        print(f'the average of the {name} agrees with the full network on {agree} of 1024 images')
    return Results(outputs=outputs, full=thinned_output(0, 0))


def _as_ndarray(value, name):
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, nd.NDArray) for v in value):
        value = nd.stack(*value)
    if isinstance(value, np.ndarray):
        value = nd.array(value)
    if not isinstance(value, nd.NDArray):
        raise Unusable(f"answer['{name}'] should be an NDArray; got {_describe(value)['en']}.",
                       f"answer['{name}']应为NDArray；得到的是{_describe(value)['zh']}。")
    return value.astype('float32')


@ex8.checks
def _(answer):
    got = _keyed(answer, ['outputs', 'full'], "{'outputs': ..., 'full': ...}")
    outputs, full = _as_ndarray(got['outputs'], 'outputs'), _as_ndarray(got['full'], 'full')
    if outputs.ndim != 3 or full.ndim != 2 or outputs.shape[1:] != full.shape or full.shape[1] < 2:
        raise Unusable(f"Expected answer['outputs'] of shape (masks, images, classes) and "
                       f"answer['full'] of shape (images, classes); got {outputs.shape} and "
                       f'{full.shape}.',
                       f"answer['outputs']的形状应为(掩码数, 图像数, 类别数)，answer['full']的形状应为"
                       f'(图像数, 类别数)；得到的是{outputs.shape}和{full.shape}。')
    k, n = outputs.shape[:2]
    if k < 64:
        raise Wrong(f'Only {k} thinned networks: average at least 64 (the lesson goes up to 128), '
                    'or the average is mostly the luck of the masks.',
                    f'只有{k}个子网络：至少要对64个求平均（本节最多用到128个），否则平均值主要取决于掩码的运气。')
    sums = outputs.sum(axis=2)
    if float(nd.abs(sums - 1).max().asscalar()) < 1e-4 and float(outputs.min().asscalar()) >= 0:
        raise Wrong("Each row of answer['outputs'] sums to 1: these are probabilities. Pass the "
                    'outputs before the softmax, as thinned_output returns them.',
                    "answer['outputs']的每一行之和都为1：这些是概率。要传入softmax之前的输出，即thinned_output的"
                    '返回值。')
    scale = float(nd.abs(outputs).max().asscalar())
    varies = float(((outputs.max(axis=0) - outputs.min(axis=0)) > 1e-4 * scale).mean().asscalar())
    if varies < 0.5:  # the same up to rounding (and a rare uniform draw of 1.0, which drops a
        # unit even at drop probability 0), where dropout varies nearly every output
        raise Wrong('All your thinned networks give the same outputs: dropout was off (drop '
                    'probabilities 0, or outside training mode).',
                    '你的所有子网络给出的输出都相同：丢弃法没有开启（丢弃概率为0，或者不在训练模式下）。')
    mean = outputs.mean(axis=0)
    distance = float((nd.norm(mean - full) / nd.norm(full)).asscalar())
    if distance > 0.1:
        raise Wrong(f'The mean of your thinned outputs is {distance:.0%} away from '
                    "answer['full'] (relative to its size): is 'full' the output of the same network "
                    'with nothing dropped, thinned_output(H1_ens, 0, 0)?',
                    f"你的子网络输出的平均值与answer['full']相差{distance:.0%}（相对于它的大小）：'full'是不是"
                    '同一个网络在不丢弃任何单元时的输出，即thinned_output(H1_ens, 0, 0)？')
    full_pred = full.argmax(axis=1)

    def agree(scores):
        return int((scores.argmax(axis=1) == full_pred).sum().asscalar())
    by_prob, by_out = outputs.softmax().mean(axis=0), mean
    differ = int((by_prob.argmax(axis=1) != by_out.argmax(axis=1)).sum().asscalar())
    halves = [agree(outputs[:k // 2].mean(axis=0)), agree(outputs[k // 2:].mean(axis=0))]
    _say(f'Of {n} images, the average of the probabilities of your {k} thinned networks agrees '
         f'with the full network on {agree(by_prob)}, the average of their outputs on '
         f'{agree(by_out)}; the two averages pick different classes for {differ} of them. The two '
         f'halves of your masks, each averaged on its own (outputs), agree on {halves[0]} and '
         f'{halves[1]}: that much changes with the draw of the masks.',
         f'在{n}张图像中，你的{k}个子网络的概率平均与完整网络一致的有{agree(by_prob)}张，输出平均一致的有'
         f'{agree(by_out)}张；两种平均选出不同类别的图像有{differ}张。把你的掩码分成两半，各自对输出求平均，'
         f'一致的分别有{halves[0]}张和{halves[1]}张：这就是随掩码的抽取而变化的幅度。')


def _small_network_outputs(k=128, drop_prob1=0.2, drop_prob2=0.5, n=256):
    """Thinned outputs and the full output of a small random network (for the prepared wrong
    answers: they need no trained network)."""
    rng = np.random.RandomState(8)
    H1 = nd.array(np.maximum(rng.normal(size=(n, 64)), 0))
    W2, W3 = nd.array(rng.normal(scale=0.2, size=(64, 64))), nd.array(rng.normal(scale=0.3, size=(64, 10)))

    def thinned(p1, p2):
        return nd.dot(d2l.dropout(nd.dot(d2l.dropout(H1, p1), W2).relu(), p2), W3)
    return nd.stack(*[thinned(drop_prob1, drop_prob2) for _ in range(k)]), thinned(0, 0), thinned


@ex8.wrong('the probabilities stacked, after the softmax')
def _():
    outputs, full, _ = _small_network_outputs()
    return {'outputs': outputs.softmax(), 'full': full}


@ex8.wrong('dropout off: thinned networks drawn with probabilities 0')
def _():
    outputs, full, _ = _small_network_outputs(drop_prob1=0, drop_prob2=0)
    return {'outputs': outputs, 'full': full}


@ex8.wrong("'full' is one more thinned network")
def _():
    outputs, _, thinned = _small_network_outputs()
    return {'outputs': outputs, 'full': thinned(0.2, 0.5)}


@ex8.wrong('a few masks only')
def _():
    outputs, full, _ = _small_network_outputs(k=8)
    return {'outputs': outputs, 'full': full}


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('When the average is exactly the full network', '平均何时恰好等于完整网络'),
    T('If dropout were applied only to the last hidden layer, the average of the outputs over '
      'many masks would come out exactly the full network\'s output. Why?\n\n'
      '(a) the output layer is linear in the last hidden layer\'s units, and inverted dropout '
      'keeps each unit\'s expectation: the mean of $\\text{dropout}(\\mathbf{H}_2)\\mathbf{W}_3 + '
      '\\mathbf{b}_3$ over the masks is $\\mathbf{H}_2\\mathbf{W}_3 + \\mathbf{b}_3$ &nbsp; '
      '(b) the softmax keeps the order of the outputs, so averaging before or after it makes no '
      'difference &nbsp; '
      '(c) the ReLU is linear for positive inputs &nbsp; '
      '(d) over many masks every unit is kept equally often',
      '如果丢弃法只用在最后一个隐藏层上，那么对许多掩码下的输出求平均，结果会恰好等于完整网络的输出。为什么？\n\n'
      '(a) 输出层是最后一个隐藏层单元的线性函数，而倒置丢弃法保持每个单元的期望不变：'
      '$\\text{dropout}(\\mathbf{H}_2)\\mathbf{W}_3 + \\mathbf{b}_3$在掩码上的平均就是'
      '$\\mathbf{H}_2\\mathbf{W}_3 + \\mathbf{b}_3$ &nbsp; '
      '(b) softmax保持输出的大小顺序，所以在它之前还是之后求平均都一样 &nbsp; '
      '(c) ReLU对正的输入是线性的 &nbsp; '
      '(d) 在许多掩码上，每个单元被保留的次数都一样多'),
    hints=[T('Write the output of a thinned network with dropout only on the last hidden layer: '
             'which operations stand between the mask and the output? What is the expectation of '
             'a linear function of a random vector?',
             '写出只在最后一个隐藏层使用丢弃法时子网络的输出：掩码和输出之间隔着哪些运算？'
             '随机向量的线性函数的期望是什么？'),
           T('$E[\\text{dropout}(h)] = h$ for inverted dropout, and $E[\\mathbf{x}\\mathbf{W} + '
             '\\mathbf{b}] = E[\\mathbf{x}]\\mathbf{W} + \\mathbf{b}$. With dropout on the first '
             'hidden layer, the second layer\'s ReLU comes between: is $E[\\max(z, 0)]$ equal to '
             '$\\max(E[z], 0)$?',
             '对倒置丢弃法，$E[\\text{dropout}(h)] = h$，而$E[\\mathbf{x}\\mathbf{W} + \\mathbf{b}] = '
             'E[\\mathbf{x}]\\mathbf{W} + \\mathbf{b}$。第一个隐藏层使用丢弃法时，中间隔着第二层的ReLU：'
             '$E[\\max(z, 0)]$等于$\\max(E[z], 0)$吗？')],
    explanation=T(
        'With dropout only on the last hidden layer, the output is a linear function of the '
        'dropped units, $\\mathbf{O} = \\text{dropout}(\\mathbf{H}_2)\\mathbf{W}_3 + \\mathbf{b}_3$. '
        'Inverted dropout keeps each unit\'s expectation, and a linear map carries the '
        'expectation through, so the mean over the masks is exactly the full network\'s output; '
        'the average of finitely many masks approaches it as $1/\\sqrt{\\text{number of masks}}$, '
        'with no floor, as the solution measures. With dropout on the first hidden layer too, '
        'the second layer\'s ReLU stands between the masks and the output, and the mean of a ReLU '
        'is not the ReLU of the mean: the average levels off at a distance from the full '
        'network. The softmax plays no part (the outputs are averaged before it), the ReLU is '
        'linear only where its input stays positive under every mask, and equal counts alone '
        'would not give the full output without the linearity and the $\\frac{1}{1-p}$.',
        '只在最后一个隐藏层使用丢弃法时，输出是被丢弃单元的线性函数，'
        '$\\mathbf{O} = \\text{dropout}(\\mathbf{H}_2)\\mathbf{W}_3 + \\mathbf{b}_3$。倒置丢弃法保持每个单元的'
        '期望不变，而线性映射把期望原样传递，所以在掩码上的平均恰好是完整网络的输出；有限个掩码的平均按'
        '$1/\\sqrt{\\text{number of masks}}$的速度趋近于它，差距会一直缩小下去，正如解答所测。'
        '第一个隐藏层也使用丢弃法时，'
        '第二层的ReLU处在掩码和输出之间，而ReLU的平均不等于平均的ReLU：平均值会停在与完整网络相距一段的地方。'
        'softmax在这里不起作用（输出是在它之前求平均的）；ReLU只在其输入在每个掩码下都保持为正时才是线性的；'
        '而仅凭每个单元被保留的次数相同，没有线性和$\\frac{1}{1-p}$，也得不到完整网络的输出。'))


@ex9.solves
def why_the_last_layer_averages_exactly():
    H1 = nd.random.normal(shape=(16, 64)).relu()  # a small network's first hidden layer
    W2, b2 = nd.random.normal(scale=0.2, shape=(64, 64)), nd.random.normal(scale=0.5, shape=64)
    W3, b3 = nd.random.normal(scale=0.2, shape=(64, 10)), nd.zeros(10)
    full = nd.dot((nd.dot(H1, W2) + b2).relu(), W3) + b3
    for drop_prob1, where in [(0, 'the last hidden layer only'), (0.2, 'both hidden layers')]:
        for num_masks in (16, 256, 4096):
            H1_copies = nd.tile(H1, (num_masks, 1))  # every copy gets its own mask
            H2 = (nd.dot(d2l.dropout(H1_copies, drop_prob1), W2) + b2).relu()
            O = nd.dot(d2l.dropout(H2, 0.5), W3) + b3
            mean = O.reshape((num_masks, 16, 10)).mean(axis=0)
            distance = (nd.norm(mean - full) / nd.norm(full)).asscalar()
            print(f'dropout on {where}, {num_masks:4} masks: the average is {distance:.4f} '
                  'away from the full network (relative)')
    return 'a'


CHOICES_9 = {
    'b': T('The outputs are averaged before the softmax, which does not enter; and keeping the '
           'order does not make an average of a function the function of the average.',
           '输出是在softmax之前求平均的，softmax并不参与；而且保持大小顺序，并不能使函数的平均等于平均的函数。'),
    'c': T('No ReLU stands between the last hidden layer\'s masks and the output; it is the ReLU '
           'after a masked layer that breaks the equality when the first layer is dropped too.',
           '最后一个隐藏层的掩码和输出之间没有ReLU；第一层也使用丢弃法时，正是被掩码的层之后的ReLU破坏了这个等式。'),
    'd': T('Counts alone are not enough: without the $\\frac{1}{1-p}$ and a linear output layer, '
           'units kept equally often still give another average.',
           '仅有次数是不够的：没有$\\frac{1}{1-p}$和线性的输出层，即使每个单元被保留的次数一样多，平均值也会不同。'),
}


ex9.choice(CHOICES_9)


# --- 10 -----------------------------------------------------------------------------------------

ex10 = exercise(
    T('A bigger network, more use for dropout?', '网络更大，丢弃法更有用？'),
    T('With a more complex model (more hidden units, 隐藏单元), does dropout help more? Compare on the '
      'regression a small network, 10 hidden units per layer, with the lesson\'s 300 (and, if '
      'you like, 100 between them, or 1,000 beyond: slower), each with and without dropout 0.5, '
      'on the same 3 (or more) data sets, a new network each time. Keep one list of (training '
      'loss, test loss) pairs per (width, drop probability). The check says by how much dropout '
      'lowers the test loss at each width.',
      '模型更复杂时（隐藏单元更多），丢弃法的效果是否更明显？在回归问题上比较一个每层10个隐藏单元的小网络和本节的'
      '300个隐藏单元的网络（愿意的话，还可以加上介于两者之间的100个，或更大的1,000个：更慢），每种宽度都分别使用'
      '和不使用丢弃法0.5，在相同的3个（或更多）数据集上训练，每次都用一个新网络。每个(宽度, 丢弃概率)保存一个由'
      '(训练损失, 测试损失)对组成的列表。检查会说明在每种宽度下丢弃法使测试损失降低了多少。'),
    """results = ...  # {(10, 0): [...], (10, 0.5): [...], (300, 0): [...], (300, 0.5): [...]},
#                   each a list of train_regression(...), one per data set, the same data sets

ex[10].check(results)""", book=['3.13.3'], solution_seconds=8,
    what=T('Fill results with the runs, then run the cell again.',
           '把训练结果放进results，然后再运行这个单元格。'),
    hints=[T('Copy `regression_net` with a `width` argument in place of its two 300s. Which width '
             'can fit the noise of 20 points, and which cannot?',
             '复制`regression_net`，加一个`width`参数来代替其中的两个300。哪种宽度能拟合20个点的噪声，'
             '哪种不能？'),
           T('`datasets = [regression_data() for _ in range(3)]`; for each `width` in (10, 300) and '
             '`p` in (0, 0.5): `results[(width, p)] = [train_regression(wide_net(width, p), data) '
             'for data in datasets]`. Then compare, at each width, the mean test loss with '
             'dropout to the one without.',
             '`datasets = [regression_data() for _ in range(3)]`；对(10, 300)中的每个`width`和(0, 0.5)中的'
             '每个`p`：`results[(width, p)] = [train_regression(wide_net(width, p), data) for data in '
             'datasets]`。然后在每种宽度下，比较使用与不使用丢弃法时的平均测试损失。')],
    explanation=T(
        'Yes: the bigger the network, the more of the noise of its 20 points it can fit, and the '
        'more there is for dropout to prevent. With 10 units per layer the network cannot fit '
        'much of the noise anyway (without dropout its training loss stays not far below the '
        'noise level, 0.045), and dropout only takes away capacity it needs: the test loss stays '
        'about the same or gets worse. With 300 units the network without dropout fits the noise '
        '(training loss far below the noise level, test loss above it), and dropout lowers the '
        'test loss. Dropout is a remedy for overfitting: it pays where there is overfitting to '
        'remedy.',
        '是的：网络越大，能拟合的噪声就越多，丢弃法要阻止的也就越多。每层10个单元时，网络本来就拟合不了多少噪声'
        '（不使用丢弃法时，训练损失也不会比噪声水平0.045低很多），丢弃法只会拿走它需要的能力：测试损失差不多，甚至更差。'
        '每层300个单元时，不使用丢弃法的网络会拟合噪声（训练损失远低于噪声水平，测试损失高于噪声水平），'
        '而丢弃法降低了测试损失。丢弃法是治过拟合的办法：有过拟合要治，它才有用。'))


@ex10.solves
def dropout_by_width():
    datasets = [regression_data() for _ in range(3)]  # the same data sets for every setting
    results = Results()
    for width in (10, 300):
        for drop_prob in (0, 0.5):
            results[(width, drop_prob)] = [
                train_regression(make_regression_net(drop_prob, width=width), data)
                for data in datasets]
    for width in (10, 300):
        without, with_ = (np.mean(results[(width, p)], axis=0)[1] for p in (0, 0.5))
        print(f'{width:3} units per layer: test loss {without:.4f} without dropout, {with_:.4f} '
              f'with: {without - with_:+.4f}')
    return results


@ex10.checks
def _(answer):
    example = '{(10, 0): [...], (10, 0.5): [...], (300, 0): [...], (300, 0.5): [...]}'
    if not isinstance(answer, Mapping) or not all(
            isinstance(_key(k), tuple) and len(_key(k)) == 2 for k in answer):
        raise Unusable(f'Expected a dict like {example}: keys (width, drop probability); got '
                       f'{_describe(answer)["en"]}.',
                       f'应为形如{example}的字典：键为(宽度, 丢弃概率)；得到的是{_describe(answer)["zh"]}。')
    widths = sorted({int(_key(k)[0]) for k in answer})
    keys = [(float(w), p) for w in widths for p in (0.0, 0.5)]
    runs = _regression_runs({(float(_key(k)[0]), _key(k)[1]): v for k, v in answer.items()}, keys,
                            example)
    if len(widths) < 2 or widths[0] > 30 or widths[-1] < 300:
        raise Wrong(f'Your widths are {widths}: compare at least a small network (at most 30 '
                    'units per layer) with one of 300 units or more.',
                    f'你用的宽度是{widths}：至少要比较一个小网络（每层最多30个单元）和一个每层300个或更多单元的网络。')
    narrow, wide = float(widths[0]), float(widths[-1])
    means = _means(runs)
    _in_order(runs, (wide, 0.0))
    if means[(wide, 0.5)][0] < 2 * means[(wide, 0.0)][0]:
        raise Wrong(f'With {int(wide)} units, the runs with dropout fit their training points about '
                    f'as closely as those without (mean training loss {means[(wide, 0.5)][0]:.4f} '
                    f'against {means[(wide, 0.0)][0]:.4f}): was dropout 0.5 in the network?',
                    f'每层{int(wide)}个单元时，使用丢弃法的训练对训练点的拟合几乎和不使用时一样紧密（平均训练损失'
                    f'{means[(wide, 0.5)][0]:.4f}，不使用时为{means[(wide, 0.0)][0]:.4f}）：'
                    '网络中真的用了丢弃概率为0.5的丢弃法吗？')
    if means[(narrow, 0.0)][0] < 2 * means[(wide, 0.0)][0]:
        raise Wrong(f'Without dropout, the network of {int(narrow)} units fits its training points '
                    f'about as closely as the one of {int(wide)} (mean training loss '
                    f'{means[(narrow, 0.0)][0]:.4f} against {means[(wide, 0.0)][0]:.4f}): was the '
                    'width passed to the Dense layers?',
                    f'不使用丢弃法时，每层{int(narrow)}个单元的网络对训练点的拟合几乎和{int(wide)}个单元的一样紧密'
                    f'（平均训练损失{means[(narrow, 0.0)][0]:.4f}，后者为{means[(wide, 0.0)][0]:.4f}）：'
                    '宽度传给Dense层了吗？')
    for w in widths:
        without, with_ = means[(float(w), 0.0)], means[(float(w), 0.5)]
        _say(f'{w} units per layer: training loss {without[0]:.4f} without dropout, {with_[0]:.4f} '
             f'with; test loss {without[1]:.4f} without, {with_[1]:.4f} with: dropout changes it by '
             f'{with_[1] - without[1]:+.4f}',
             f'每层{w}个单元：训练损失不使用丢弃法时为{without[0]:.4f}，使用时为{with_[0]:.4f}；测试损失不使用时为'
             f'{without[1]:.4f}，使用时为{with_[1]:.4f}：丢弃法使测试损失变化了{with_[1] - without[1]:+.4f}')


# Measured runs (one data set each row), for the prepared wrong answers.
WIDTH_RUNS = [
    {(10, 0): (0.0228, 0.0705), (10, 0.5): (0.0403, 0.0648), (300, 0): (0.0004, 0.0847),
     (300, 0.5): (0.026, 0.0634)},
    {(10, 0): (0.0297, 0.0555), (10, 0.5): (0.0367, 0.0755), (300, 0): (0.0074, 0.0721),
     (300, 0.5): (0.0202, 0.0626)},
    {(10, 0): (0.0239, 0.0577), (10, 0.5): (0.0611, 0.057), (300, 0): (0.0018, 0.0802),
     (300, 0.5): (0.0223, 0.0629)}]


@ex10.wrong('the width not passed: every network 300 units wide')
def _():
    return {(10, 0): [(0.0033, 0.0849), (0.0091, 0.088), (0.0041, 0.0873)],
            (10, 0.5): [(0.0197, 0.0831), (0.0335, 0.0534), (0.0274, 0.0642)],
            (300, 0): [run[(300, 0)] for run in WIDTH_RUNS],
            (300, 0.5): [run[(300, 0.5)] for run in WIDTH_RUNS]}


@ex10.wrong('no dropout in the "dropout" networks')
def _():
    return {(10, 0): [run[(10, 0)] for run in WIDTH_RUNS],
            (10, 0.5): [(0.0253, 0.0732), (0.0321, 0.0527), (0.0228, 0.0705)],
            (300, 0): [run[(300, 0)] for run in WIDTH_RUNS],
            (300, 0.5): [(0.0033, 0.0849), (0.0091, 0.088), (0.0041, 0.0873)]}


@ex10.wrong('one width only')
def _():
    return {k: [run[k] for run in WIDTH_RUNS] for k in ((300, 0), (300, 0.5))}


@ex10.wrong('only the test losses, not (training, test) pairs')
def _():
    return {k: [run[k][1] for run in WIDTH_RUNS] for k in WIDTH_RUNS[0]}
