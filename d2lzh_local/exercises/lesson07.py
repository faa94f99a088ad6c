"""Lesson 07, multilayer perceptrons with Gluon: the exercises."""
import math

import numpy as np
from mxnet import gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_ndarray, kind
from .lesson06 import (expect_epochs, expect_fresh, expect_result, expect_runs,
                       recorded_run)

EXERCISES, exercise = lesson()


# Blocks that are an activation function on their own (nn.Dense(256), nn.Activation('relu'), ...).
ACTIVATIONS = tuple(getattr(nn, name) for name in ('Activation', 'LeakyReLU', 'PReLU', 'ELU', 'SELU',
                                                   'Swish', 'GELU') if hasattr(nn, name))


def layers_of(net):
    """[(units, activation or None), ...] for each Dense layer of a Sequential, an activation
    block after a Dense counting as its activation; other blocks (Dropout, ...) are skipped."""
    layers = []
    for i in range(len(net)):
        block = net[i]
        if isinstance(block, nn.Dense):
            act = getattr(block, 'act', None)
            layers.append([block._units, getattr(act, '_act_type', None) or
                           (type(act).__name__ if act is not None else None)])
        elif isinstance(block, ACTIVATIONS) and layers and layers[-1][1] is None:
            layers[-1][1] = getattr(block, '_act_type', None) or type(block).__name__
    return layers


def _gluon_mlp(hidden, activation='relu', sigma=0.01, output_activation=None):
    net = nn.Sequential()
    for units in hidden:
        net.add(nn.Dense(units, activation=activation))
    net.add(nn.Dense(10, activation=output_activation))
    net.initialize(init.Normal(sigma=sigma))
    net(nd.zeros((1, 1, 28, 28)))  # the shapes, now
    return net


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('More hidden layers', '更多的隐藏层'),
    T('Add one or two more hidden layers (隐藏层) of 256 ReLU units to the lesson\'s `net`: a '
      'new `nn.Sequential`, initialised as in the lesson, with its own `Trainer` (learning rate '
      '0.5). Train it for 2 epochs and compare its loss with the one-hidden-layer network\'s '
      'after its second epoch (`result.loss[1]`). Does the accuracy improve? Compare the code, '
      'too, with the second hidden layer written from scratch (lesson 06, exercise 2).',
      '在本节的`net`中再加入一两个隐藏层（hidden layer），每层含256个ReLU单元：这要新建一个`nn.Sequential`，'
      '像本节那样初始化，并为它建立自己的`Trainer`（学习率为0.5）。训练2个迭代周期，把它的损失与单隐藏层网络'
      '在第2个迭代周期后的损失（`result.loss[1]`）相比较。准确率提高了吗？再把这段代码与从零开始实现时加入的'
      '第二个隐藏层（第06节练习2）比较一下。'),
    """answer = ...  # (net, d2l.train_ch3(net, ...)): your deeper net and its run of 2 epochs

ex[1].check(answer)""", book=['3.10.1'], solution_seconds=12,
    what=T('Set answer to (net, the result of train_ch3), then run the cell again.',
           '把answer设为(net, train_ch3的返回值)，然后再运行这个单元格。'),
    hints=[T('Each hidden layer is one more `nn.Dense(256, activation=\'relu\')` in `net.add(...)`, '
             'before the output layer `nn.Dense(10)`. The lesson\'s `trainer` updates the lesson\'s '
             'net: the new net needs a `Trainer` of its own parameters.',
             '每个隐藏层就是在`net.add(...)`中输出层`nn.Dense(10)`之前多写一个`nn.Dense(256, activation=\'relu\')`。'
             '本节的`trainer`只更新本节的网络，新网络需要一个由它自己的参数建立的`Trainer`。'),
           T('`net = nn.Sequential()`, `net.add(nn.Dense(256, activation=\'relu\'), nn.Dense(256, '
             'activation=\'relu\'), nn.Dense(10))`, `net.initialize(init.Normal(sigma=0.01))`, '
             '`trainer = gluon.Trainer(net.collect_params(), \'sgd\', {\'learning_rate\': 0.5})`, '
             'then `answer = (net, d2l.train_ch3(net, train_iter, test_iter, loss, 2, batch_size, '
             'None, None, trainer))`.',
             '`net = nn.Sequential()`，`net.add(nn.Dense(256, activation=\'relu\'), nn.Dense(256, '
             'activation=\'relu\'), nn.Dense(10))`，`net.initialize(init.Normal(sigma=0.01))`，'
             '`trainer = gluon.Trainer(net.collect_params(), \'sgd\', {\'learning_rate\': 0.5})`，最后'
             '`answer = (net, d2l.train_ch3(net, train_iter, test_iter, loss, 2, batch_size, None, None, '
             'trainer))`。')],
    explanation=T(
        'With two more hidden layers the network starts much more slowly: its first epoch ends with '
        'a loss well above 1.5, where one hidden layer reaches about 0.8, and after the second it is '
        'still far behind (about 0.8 to 1.1 against about 0.49), its test accuracy several points '
        'lower. One more layer (lesson 06, exercise 2) starts slowly too, less so. With weights '
        'from N(0, 0.01^2) each layer shrinks the signal, and the gradient on the way back, so '
        'the deeper the network, the longer it takes to get going: depth pays off only with a '
        'better initialisation (lesson 12) and more training. In Gluon each layer is one '
        '`nn.Dense` line; from scratch it took a weight matrix, a bias, their `attach_grad` and a '
        'line of `net`. The two train alike: the same model, the same initialisation.',
        '多加两个隐藏层后，网络起步要慢得多：第一个迭代周期结束时，它的损失远高于1.5，而单隐藏层网络约为0.8；第二个'
        '迭代周期之后它仍远远落后（损失约为0.8到1.1，单隐藏层网络约为0.49），测试准确率也低好几个百分点。只多加一层'
        '（第06节练习2）时起步同样较慢，但没有这么慢。权重从N(0, 0.01^2)中采样时，每一层都会把信号缩小，反向传回的'
        '梯度也一样，所以网络越深，训练越难起步：只有配合更好的初始化（第12节）和更长的训练，加深网络才有回报。在'
        'Gluon中每一层只需一行`nn.Dense`；从零开始实现时则要一个权重矩阵、一个偏差、对它们调用`attach_grad`，再在'
        '`net`中写一行。两种实现训练起来没有差别，因为模型和初始化都相同。'))


@ex1.solves
def train_with_two_more_hidden_layers():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'),
            nn.Dense(256, activation='relu'),
            nn.Dense(256, activation='relu'),
            nn.Dense(10))
    net.initialize(init.Normal(sigma=0.01))
    loss = gloss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    result = d2l.train_ch3(net, train_iter, test_iter, loss, 2, 256, None, None, trainer)
    return net, result


def _biases(net):
    return [p for name, p in net.collect_params().items() if name.endswith('bias')]


@ex1.checks
def _(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Unusable(f'Expected answer = (net, result): a tuple of two; got {kind(answer)}.',
                       f'应为answer = (net, result)，即含两个元素的元组；得到的是{kind(answer, "zh")}。')
    net, result = answer
    if not isinstance(net, (nn.Sequential, nn.HybridSequential)):
        raise Unusable(f'net should be the nn.Sequential you built; got {kind(net)}.',
                       f'net应为你搭建的nn.Sequential；得到的是{kind(net, "zh")}。')
    expect_result(result, 'result')
    X = nd.array(np.random.RandomState(1).uniform(size=(4, 1, 28, 28)))
    expect_ndarray(call(net, X, when=T('given a batch of 4 images', '输入一个含4张图像的批量')), 'net(X)',
                   shape=(4, 10))
    layers = layers_of(net)
    shown = ', '.join(f'Dense({units}' + (f', {act})' if act else ')') for units, act in layers)
    if len(layers) < 3:
        raise Wrong(f'Your net has {len(layers) - 1} hidden layer ({shown}), as the lesson\'s: add one or '
                    'two more hidden layers before the output layer.',
                    f'你的net和本节的一样只有{len(layers) - 1}个隐藏层（{shown}）：请在输出层之前再加入一两个隐藏层。')
    for i, (units, act) in enumerate(layers[:-1], 1):
        if act is None:
            raise Wrong(f'Dense layer {i} of {len(layers)} ({shown}) has no activation function: it '
                        'collapses with the next layer into one affine layer (lesson 06).',
                        f'第{i}个Dense层（共{len(layers)}个：{shown}）没有激活函数，它和下一层合起来只相当于一个'
                        '仿射层（第06节）。')
    if layers[-1][1] is not None:
        raise Wrong(f'The output layer applies {layers[-1][1]}: the scores for the loss must be free '
                    'to take any value, as the lesson\'s nn.Dense(10) gives them.',
                    f'输出层用了{layers[-1][1]}：交给损失函数的得分必须能取任意值，本节的nn.Dense(10)给出的正是'
                    '这样的得分。')
    biases = _biases(net)
    if biases and all(nd.abs(b.data()).max().asscalar() == 0 for b in biases):
        raise Wrong('The biases of your net are all still 0: it has not been trained. Was the Trainer '
                    'built on this net\'s parameters, gluon.Trainer(net.collect_params(), ...)? The '
                    'lesson\'s trainer updates the lesson\'s net.',
                    '你的net的偏差仍然全为0，说明它没有训练过。Trainer是用这个网络的参数建立的吗，即'
                    'gluon.Trainer(net.collect_params(), ...)？本节的trainer只更新本节的网络。')
    expect_epochs(result, T('Your run', '你的训练'), 2)
    expect_fresh(result, T('Your run', '你的训练'), 0.7)
    print(text(T(f'{len(layers) - 1} hidden layers after 2 epochs: loss {result.loss[-1]:.4f}, test acc '
                 f'{result.test_acc[-1]:.3f}; one hidden layer after its 2nd epoch: your lesson\'s '
                 'result.loss[1].',
                 f'{len(layers) - 1}个隐藏层，训练2个迭代周期后：损失为{result.loss[-1]:.4f}，测试准确率为'
                 f'{result.test_acc[-1]:.3f}；单隐藏层网络第2个迭代周期后的损失见本节的result.loss[1]。')))


# numbers of real runs (seed 0): three hidden layers, and the lesson's net trained on
_THREE_HIDDEN = ([1.8457, 0.8111], [0.272, 0.674], [0.645, 0.751], [3.0, 3.0])


@ex1.wrong('the added hidden layers without an activation function')
def _():
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'), nn.Dense(256), nn.Dense(256), nn.Dense(10))
    net.initialize(init.Normal(sigma=0.01))
    return net, recorded_run(*_THREE_HIDDEN)


@ex1.wrong('ReLU on the output layer too')
def _():
    return _gluon_mlp([256, 256, 256], output_activation='relu'), recorded_run(*_THREE_HIDDEN)


@ex1.wrong("the lesson's trainer kept: the new net never trained")
def _():
    return _gluon_mlp([256, 256, 256]), recorded_run([2.3026, 2.3026], [0.099, 0.1], [0.1, 0.1], [3.0, 3.0])


@ex1.wrong("the lesson's net, one hidden layer, trained on for 2 epochs")
def _():
    net = _gluon_mlp([256])
    for b in _biases(net):
        b.set_data(nd.ones(b.shape) * 0.01)  # as if trained
    return net, recorded_run([0.3502, 0.3361], [0.870, 0.875], [0.857, 0.853], [1.5, 1.5])


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Other activation functions', '其他激活函数'),
    T('Train the lesson\'s network with `activation=\'relu\'`, `\'sigmoid\'` and `\'tanh\'` in its '
      'hidden layer, each a fresh `net` with its own `Trainer`, for 1 epoch each, and keep what '
      '`train_ch3` returns in a dict by the name of the activation function (激活函数). Which '
      'trains fastest in the first epoch? The check tells you what your runs show.',
      '让本节网络的隐藏层分别使用`activation=\'relu\'`、`\'sigmoid\'`和`\'tanh\'`，每次都新建一个`net`并为它'
      '建立自己的`Trainer`，各训练1个迭代周期；把`train_ch3`的返回值存进一个字典，以激活函数（activation '
      'function）的名字为键。哪一个在第一个迭代周期里训练得最快？检查会告诉你这几次训练的结果说明了什么。'),
    """results = ...  # {'relu': train_ch3(...), 'sigmoid': ..., 'tanh': ...}, 1 epoch each

ex[2].check(results)""", book=['3.10.2'], solution_seconds=15,
    what=T('Fill results with the three runs, then run the cell again.',
           '把三次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('Loop over the three names: for each, build the net as the lesson does but with '
             '`nn.Dense(256, activation=name)`, initialise it, and make a `Trainer` of its '
             'parameters before `train_ch3`.',
             '对这三个名字循环：每次都像本节那样搭建网络，只是隐藏层换成`nn.Dense(256, activation=name)`；初始化'
             '网络，并在调用`train_ch3`之前用它的参数建立一个`Trainer`。'),
           T('`results = {}`; for `name` in `(\'relu\', \'sigmoid\', \'tanh\')`: `net = nn.Sequential()`, '
             '`net.add(nn.Dense(256, activation=name), nn.Dense(10))`, '
             '`net.initialize(init.Normal(sigma=0.01))`, `trainer = gluon.Trainer(net.collect_params(), '
             '\'sgd\', {\'learning_rate\': 0.5})`, `results[name] = d2l.train_ch3(net, train_iter, '
             'test_iter, loss, 1, batch_size, None, None, trainer)`.',
             '先写`results = {}`；再让`name`依次取`(\'relu\', \'sigmoid\', \'tanh\')`：`net = nn.Sequential()`，'
             '`net.add(nn.Dense(256, activation=name), nn.Dense(10))`，`net.initialize(init.Normal(sigma=0.01))`，'
             '`trainer = gluon.Trainer(net.collect_params(), \'sgd\', {\'learning_rate\': 0.5})`，'
             '`results[name] = d2l.train_ch3(net, train_iter, test_iter, loss, 1, batch_size, None, None, '
             'trainer)`。')],
    explanation=T(
        'Sigmoid trains slowest by far: after the first epoch its loss is about 1.05, against about '
        '0.75 to 0.85 for ReLU and tanh, which are close: which of the two is ahead after one epoch '
        'varies from run to run. The small initial weights put every hidden unit near 0. There tanh '
        'is nearly the identity, slope 1, so a tanh network starts like a linear model, which learns '
        'fast at first; an active ReLU unit has slope 1 too; sigmoid has slope 1/4 and outputs about '
        '0.5 for every image, so little of the input, and of the gradient, gets through. In deeper '
        'networks ReLU\'s lack of saturation wins out, which is why it is the default.',
        '用sigmoid函数时训练最慢，而且慢得多：第一个迭代周期后它的损失约为1.05，而ReLU函数和tanh函数约为0.75到'
        '0.85，两者相差不大，一个迭代周期后谁领先因运行而异。初始权重很小，所有隐藏单元的输入都在0附近。在0附近，'
        'tanh函数近似于恒等函数，斜率为1，所以tanh网络起步时就像一个线性模型，而线性模型一开始学得很快；处于激活状'
        '态的ReLU单元斜率也是1；sigmoid函数的斜率却只有1/4，而且对每张图像的输出都约为0.5，所以输入和梯度都只有很少'
        '一部分能传过去。在更深的网络中，ReLU函数不会饱和的优点终将胜出，这正是它成为默认选择的原因。'))


@ex2.solves
def train_with_three_activations():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    loss = gloss.SoftmaxCrossEntropyLoss()
    results = {}
    for name in ('relu', 'sigmoid', 'tanh'):
        net = nn.Sequential()  # a fresh net for each
        net.add(nn.Dense(256, activation=name), nn.Dense(10))
        net.initialize(init.Normal(sigma=0.01))
        trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
        results[name] = d2l.train_ch3(net, train_iter, test_iter, loss, 1, 256, None, None, trainer)
    for name in sorted(results, key=lambda name: results[name].loss[0]):
        print(f'{name:8} loss after the first epoch {results[name].loss[0]:.4f}')
    return results


@ex2.checks
def _(answer):
    if isinstance(answer, dict):
        answer = {key.lower() if isinstance(key, str) else key: value for key, value in answer.items()}
    results = expect_runs(answer, ('relu', 'sigmoid', 'tanh'), 'results',
                          "{'relu': ..., 'sigmoid': ..., 'tanh': ...}")
    for name, result in results.items():
        run = T(f'The {name} run', f'用{name}的那次训练')
        expect_epochs(result, run, 1)
        expect_fresh(result, run, 0.6)
    if results['sigmoid'].loss[0] < results['relu'].loss[0] + 0.05:
        raise Wrong(f'Your sigmoid run ended its epoch with a loss of {results["sigmoid"].loss[0]:.4f}, '
                    f'the ReLU run with {results["relu"].loss[0]:.4f}: as if both had the same activation '
                    'function. Did each net get its own, nn.Dense(256, activation=name)?',
                    f'你用sigmoid的那次训练在这个迭代周期结束时损失为{results["sigmoid"].loss[0]:.4f}，用ReLU的为'
                    f'{results["relu"].loss[0]:.4f}，就像两者用的是同一个激活函数。每个网络的隐藏层都用了各自的'
                    '激活函数，即nn.Dense(256, activation=name)吗？')
    for name in sorted(results, key=lambda name: results[name].loss[0]):
        print(text(T(f'{name:8} loss after the first epoch {results[name].loss[0]:.4f}, test acc '
                     f'{results[name].test_acc[0]:.3f}',
                     f'{name}：第一个迭代周期的损失为{results[name].loss[0]:.4f}，测试准确率为'
                     f'{results[name].test_acc[0]:.3f}')))


# numbers of real runs (seed 0, 1 and 2 of the lesson's net)
@ex2.wrong('activation not passed: all three runs with ReLU')
def _():
    return {'relu': recorded_run([0.8361], [0.69], [0.808], [1.5]),
            'sigmoid': recorded_run([0.8452], [0.69], [0.809], [1.5]),
            'tanh': recorded_run([0.7897], [0.703], [0.806], [1.5])}


@ex2.wrong("the ReLU run went on from the lesson's trained net")
def _():
    return {'relu': recorded_run([0.3502], [0.870], [0.857], [1.5]),
            'sigmoid': recorded_run([1.0474], [0.614], [0.753], [1.5]),
            'tanh': recorded_run([0.8183], [0.704], [0.802], [1.5])}


@ex2.wrong("trained for the lesson's 5 epochs")
def _():
    return {name: recorded_run([first, 0.5, 0.45, 0.42, 0.40], [0.7] * 5, [0.8] * 5, [1.5] * 5)
            for name, first in (('relu', 0.8361), ('sigmoid', 1.0474), ('tanh', 0.8183))}


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Weights from N(0, 1)', '从N(0, 1)中采样的权重'),
    T('Initialise the lesson\'s network with `init.Normal(sigma=1)` instead of `sigma=0.01` and '
      'train it. What happens, and why?\n\n'
      '(a) Not much: Gluon scales the initial weights to the size of each layer, so the lesson\'s '
      'results come out again &nbsp; '
      '(b) The loss is nan from the first step: the exp of scores that large overflows float32 '
      '&nbsp; '
      '(c) It trains faster: larger weights give larger gradients, hence larger steps, and it is '
      'ahead after one epoch &nbsp; '
      '(d) The first scores are in the hundreds, so the softmax is saturated and the loss starts '
      'huge; after one epoch the accuracy is still far below the lesson\'s',
      '用`init.Normal(sigma=1)`代替`sigma=0.01`来初始化本节的网络，并训练它。会发生什么，为什么？\n\n'
      '(a) 变化不大：Gluon会按每一层的大小缩放初始权重，所以结果与本节相同 &nbsp; '
      '(b) 从第一步起损失就是nan：对这么大的得分取exp会在float32中溢出 &nbsp; '
      '(c) 训练得更快：权重越大，梯度越大，步长也就越大，一个迭代周期后它会领先 &nbsp; '
      '(d) 最初的得分有几百，softmax运算因此饱和，损失一开始就非常大；一个迭代周期后准确率仍远低于本节的结果'),
    solution_seconds=5,
    hints=[T('A hidden unit adds up 784 products of a pixel (between 0 and 1) and a weight. How large '
             'is such a sum when the weights are about 1 in size, and how large are the 10 scores '
             'built from 256 such units?',
             '一个隐藏单元要把784个乘积加起来，每个乘积是一个像素值（在0与1之间）乘以一个权重。权重的大小约为1时，'
             '这个和有多大？由256个这样的单元算出的10个得分又有多大？'),
           T('Try it: build the lesson\'s net with `init.Normal(sigma=1)`, look at `net(X)` for a '
             'batch and at `loss(net(X), y).mean()`, then train for 1 epoch and compare with the '
             'lesson\'s first epoch.',
             '试一试：搭建本节的网络并用`init.Normal(sigma=1)`初始化，看看一个批量的`net(X)`和'
             '`loss(net(X), y).mean()`，再训练1个迭代周期，并与本节的第一个迭代周期比较。')],
    explanation=T(
        'With weights from N(0, 1) a hidden unit adds up hundreds of products of size about 1, '
        'and each score 256 of those: the first scores are in the hundreds. The softmax of such '
        'scores puts almost all the probability on one class, usually a wrong one, and the loss of '
        'an example is then about the gap between two scores: hundreds. It does not become nan: '
        '`SoftmaxCrossEntropyLoss` never takes the exp of a large score (lesson 05). Training moves, '
        'with huge steps, but the first epoch\'s loss is still many times the lesson\'s (about 0.8) '
        'and the test accuracy far below the 0.81 the lesson reaches with sigma = 0.01. Gluon does '
        'not rescale `init.Normal(sigma=1)`: that is what Xavier initialisation (lesson 12) does, '
        'by design.',
        '权重从N(0, 1)中采样时，一个隐藏单元要把几百个大小约为1的乘积加起来，每个得分又由256个这样的单元算出，所以'
        '最初的得分有几百。对这样的得分做softmax运算，几乎全部概率都落在一个类别上，而且通常是错的类别；这时一个样本'
        '的损失约为两个得分之差，也就是几百。损失不会变成nan：`SoftmaxCrossEntropyLoss`从不对很大的得分取exp'
        '（第05节）。训练确实在进行，步子还很大，但第一个迭代周期的损失仍是本节（约0.8）的许多倍，测试准确率也远低于'
        '本节用sigma = 0.01时达到的0.81。Gluon不会缩放`init.Normal(sigma=1)`：按层的大小缩放，正是Xavier随机初始化'
        '（第12节）有意设计的做法。'))

ANSWER_3 = 'd'  # what train_with_sigma_1() finds; the tests hold the check to it


@ex3.solves
def train_with_sigma_1():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'), nn.Dense(10))
    net.initialize(init.Normal(sigma=1))  # instead of sigma=0.01
    loss = gloss.SoftmaxCrossEntropyLoss()
    X, y = next(iter(train_iter))
    first_loss = loss(net(X), y).mean().asscalar()
    print(f'first batch: largest |score| {nd.abs(net(X)).max().asscalar():.0f}, loss {first_loss:.0f}')
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    result = d2l.train_ch3(net, train_iter, test_iter, loss, 1, 256, None, None, trainer)
    if math.isnan(result.loss[0]):
        return 'b'
    return 'd' if first_loss > 10 and result.test_acc[0] < 0.78 else 'a'


CHOICES_3 = {
    'a': T('Gluon does not rescale: init.Normal(sigma=1) draws every weight from N(0, 1), as it says. '
           'Look at net(X) for one batch.',
           'Gluon不会缩放：init.Normal(sigma=1)就像它写的那样，从N(0, 1)中采样每一个权重。看看一个批量的net(X)。'),
    'b': T('The loss stays finite: SoftmaxCrossEntropyLoss computes the log of the softmax without '
           'taking the exp of a large score (lesson 05). It is huge, not nan.',
           '损失仍是有限值：SoftmaxCrossEntropyLoss计算softmax的对数时不会对很大的得分取exp（第05节）。损失很大，'
           '但不是nan。'),
    'c': T('Larger steps are not better steps: from scores in the hundreds the softmax is saturated, '
           'and after one epoch the model is far behind the one that started from small weights.',
           '步子大不等于走得好：得分有几百时softmax运算已经饱和，一个迭代周期之后，这个模型远远落后于从小权重起步的'
           '模型。'),
}


ex3.choice(CHOICES_3, right=ANSWER_3)
