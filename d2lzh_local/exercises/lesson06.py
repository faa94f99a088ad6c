"""Lesson 06, multilayer perceptrons from scratch: the exercises."""
import math
import numbers

import numpy as np
from mxnet import autograd, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_integer, expect_ndarray, kind

EXERCISES, exercise = lesson()


# --- shared by the exercises ---------------------------------------------------------------------

def fresh_params(sizes):
    """[W1, b1, W2, b2, ...] for layers of the given sizes (784, 256, 10: one hidden layer), drawn
    as the lesson draws them: weights from N(0, 0.01^2), biases 0, each with its gradient."""
    params = []
    for inputs, outputs in zip(sizes, sizes[1:]):
        params += [nd.random.normal(scale=0.01, shape=(inputs, outputs)), nd.zeros(outputs)]
    for param in params:
        param.attach_grad()
    return params


def recorded_run(losses, train_accs, test_accs, seconds, train_examples=60000):
    """A TrainResult with the numbers of a real run (for a prepared wrong answer: what that
    mistake gave when it was made, without training again in every test)."""
    result = d2l.TrainResult()
    for values in zip(losses, train_accs, test_accs, seconds):
        result.add(*values, train_examples)
    return result


def expect_runs(answer, keys, name, shown):
    """answer as a dict of train_ch3's results with exactly the given keys."""
    if not isinstance(answer, dict) or set(answer) != set(keys):
        got = f'a dict with keys {list(answer)}' if isinstance(answer, dict) else kind(answer)
        got_zh = f'键为{list(answer)}的字典' if isinstance(answer, dict) else kind(answer, "zh")
        raise Unusable(f'Expected {name} = {shown}: a dict with one run for each of {list(keys)}; '
                       f'got {got}.',
                       f'应为{name} = {shown}：一个字典，{list(keys)}中的每个键各对应一次训练；得到的是{got_zh}。')
    for key, result in answer.items():
        expect_result(result, f'{name}[{key!r}]')
    return answer


def expect_result(result, name):
    if not isinstance(result, d2l.TrainResult):
        raise Unusable(f'{name} should be what d2l.train_ch3 returns; got {kind(result)}.',
                       f'{name}应为d2l.train_ch3的返回值；得到的是{kind(result, "zh")}。')
    return result


def expect_epochs(result, name, epochs):
    """name: which run, T(en, zh)."""
    if len(result.loss) != epochs:
        raise Wrong(f'{name["en"]} has {len(result.loss)} epochs: the exercise asks for {epochs}, so that '
                    'the runs are compared at the same point.',
                    f'{name["zh"]}共{len(result.loss)}个迭代周期：练习要求{epochs}个，这样才能在同一个迭代周期比较各次训练。')
    if result.train_examples[-1] is not None and result.train_examples[-1] != 60000:
        raise Wrong(f'{name["en"]} trained on {result.train_examples[-1]} examples per epoch: use the '
                    "lesson's train_iter, all 60,000 training images.",
                    f'{name["zh"]}每个迭代周期用{result.train_examples[-1]}个样本训练：请使用本节的train_iter，'
                    '即全部60,000张训练图像。')


def expect_fresh(result, name, below):
    """A run that starts with a loss as low as a trained model's went on from trained parameters
    (name: which run, T(en, zh))."""
    if not result.loss[0] >= below:
        raise Wrong(f'{name["en"]} starts with a loss of {result.loss[0]:.4f} in its first epoch, as low as '
                    "a trained model's: it went on from parameters trained before. Start each run "
                    'from fresh parameters, drawn (or a new net initialised) as in the lesson.',
                    f'{name["zh"]}第一个迭代周期的损失就只有{result.loss[0]:.4f}，和训练好的模型一样低：它是在之前'
                    '训练过的参数上接着训练的。每次训练都要从新的参数开始：像本节那样重新生成参数（或新建一个网络并初始化）。')




def _mlp(params, activation=nd.relu):
    """The lesson's net for params [W1, b1, ..., Wk, bk]: the activation after each hidden layer."""
    def net(X):
        H = X.reshape((-1, params[0].shape[0]))
        for W, b in zip(params[:-2:2], params[1:-2:2]):
            H = activation(nd.dot(H, W) + b)
        return nd.dot(H, params[-2]) + params[-1]
    return net


# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Fewer or more hidden units', '更少或更多的隐藏单元'),
    T('Change `num_hiddens` to 64, then to 1024 (the lesson uses 256). Train each network for '
      '1 epoch (迭代周期) from fresh parameters, with the lesson\'s learning rate (学习率) 0.5, '
      'and keep what `train_ch3` returns. How do the training loss, the test accuracy and the '
      'time per epoch change with the number of hidden units (隐藏单元)? The check tells you what '
      'your two runs show.',
      '把`num_hiddens`改为64，再改为1024（本节用的是256）。每个网络都从新的参数开始训练1个迭代周期'
      '（epoch），学习率（learning rate）仍用本节的0.5，并保存`train_ch3`的返回值。训练损失、测试准确率'
      '和每个迭代周期的用时会随隐藏单元（hidden unit）的个数怎样变化？检查会告诉你这两次训练说明了什么。'),
    """results = ...  # {64: train_ch3(...) with 64 hidden units, 1024: ... with 1024}, 1 epoch each

ex[1].check(results)""", book=['3.9.1'], solution_seconds=16,
    what=T('Fill results with the two runs, then run the cell again.',
           '把两次训练的结果放进results，然后再运行这个单元格。'),
    hints=[T('`net` uses the global `W1`, `b1`, `W2`, `b2`: draw them again with the new '
             '`num_hiddens` (as in the cell "Model parameters") before each run, and train with '
             '`num_epochs` 1.',
             '`net`使用的是全局的`W1`、`b1`、`W2`、`b2`：每次训练之前，用新的`num_hiddens`重新生成它们'
             '（和“定义模型参数”下的单元格一样），训练时令`num_epochs`为1。'),
           T('`results = {}`, then for `num_hiddens` in `(64, 1024)`: draw `W1`, `b1`, `W2`, `b2` '
             'with that many hidden units, `params = [W1, b1, W2, b2]`, `attach_grad()` each, and '
             '`results[num_hiddens] = d2l.train_ch3(net, train_iter, test_iter, loss, 1, '
             'batch_size, params, lr)`.',
             '先令`results = {}`，再让`num_hiddens`依次取`(64, 1024)`中的值：按这个隐藏单元个数生成`W1`、`b1`、'
             '`W2`、`b2`，令`params = [W1, b1, W2, b2]`，对每个参数调用`attach_grad()`，然后'
             '`results[num_hiddens] = d2l.train_ch3(net, train_iter, test_iter, loss, 1, batch_size, '
             'params, lr)`。')],
    explanation=T(
        'After one epoch the network with 1024 hidden units has a clearly lower training loss '
        '(about 0.75 to 0.8) than the one with 64 (about 0.85 to 0.95); the lesson\'s 256 lie in '
        'between. The test accuracy after a single epoch swings by a couple of points from run to '
        'run, so one epoch need not show the difference there. Each epoch of the wide network takes '
        'several times as long: its first layer has 784 x 1024 weights, 16 times as many as with '
        '64 units. More hidden units give the model more capacity and each epoch more progress, at '
        'a cost in time and memory, with diminishing returns; a model with much more capacity than '
        'the data need can also overfit (lesson 08).',
        '训练1个迭代周期后，用1024个隐藏单元时的训练损失（约0.75到0.8）明显低于用64个时'
        '（约0.85到0.95）；本节的256个隐藏单元介于两者之间。只训练1个迭代周期时，测试准确率在各次运行之间会相差'
        '一两个百分点，所以在测试准确率上未必能看出差别。宽网络每个迭代周期的用时是窄网络的好几倍：它的第一层有'
        '784 x 1024个权重，是64个单元时的16倍。隐藏单元越多，模型的容量越大，每个迭代周期的进展也越大，'
        '但要付出时间和内存的代价，而且收益递减；容量远超数据所需的模型还可能过拟合（第08节）。'))


@ex1.solves
def train_with_64_and_1024_hidden_units():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    loss = gloss.SoftmaxCrossEntropyLoss()
    results = {}
    for num_hiddens in (64, 1024):
        W1 = nd.random.normal(scale=0.01, shape=(784, num_hiddens))  # fresh parameters
        b1 = nd.zeros(num_hiddens)
        W2 = nd.random.normal(scale=0.01, shape=(num_hiddens, 10))
        b2 = nd.zeros(10)
        params = [W1, b1, W2, b2]
        for param in params:
            param.attach_grad()

        def net(X):
            H = nd.relu(nd.dot(X.reshape((-1, 784)), W1) + b1)
            return nd.dot(H, W2) + b2

        results[num_hiddens] = d2l.train_ch3(net, train_iter, test_iter, loss, 1, 256, params, 0.5)
    for num_hiddens, result in results.items():
        print(f'{num_hiddens:4} hidden units: loss {result.loss[-1]:.4f}, test acc '
              f'{result.test_acc[-1]:.3f}, {result.seconds[-1]:.1f} s per epoch')
    return results


@ex1.checks
def _(answer):
    results = expect_runs(answer, (64, 1024), 'results', '{64: ..., 1024: ...}')
    for n, result in results.items():
        run = T(f'The run with {n} hidden units', f'{n}个隐藏单元的那次训练')
        expect_epochs(result, run, 1)
        expect_fresh(result, run, 0.65)
    narrow, wide = (sum(results[n].seconds) / len(results[n].seconds) for n in (64, 1024))
    if wide < 1.5 * narrow:
        raise Wrong(f'Your run with 1024 hidden units took {wide:.1f} s per epoch, and the one '
                    f'with 64 {narrow:.1f} s: a layer 16 times as large should take clearly longer. '
                    'Did you draw W1, b1 and W2 again with the new num_hiddens before each run?',
                    f'你用1024个隐藏单元训练时每个迭代周期用时{wide:.1f}秒，用64个时为{narrow:.1f}秒：'
                    '大16倍的层应当明显更慢。每次训练之前，你用新的num_hiddens重新生成W1、b1和W2了吗？')
    for n, result in results.items():
        print(text(T(f'{n:4} hidden units: loss {result.loss[-1]:.4f}, test acc {result.test_acc[-1]:.3f}, '
                     f'{result.seconds[-1]:.1f} s per epoch',
                     f'{n}个隐藏单元：损失{result.loss[-1]:.4f}，测试准确率{result.test_acc[-1]:.3f}，'
                     f'每个迭代周期用时{result.seconds[-1]:.1f}秒')))


# the numbers of real runs of each mistake (seed 0)
@ex1.wrong("num_hiddens not changed: both runs with the lesson's 256 units, fresh")
def _():
    return {64: recorded_run([0.8229], [0.692], [0.807], [1.3]),
            1024: recorded_run([0.8305], [0.693], [0.792], [1.4])}


@ex1.wrong('the 1024 run went on from the parameters the 64 run had trained')
def _():
    return {64: recorded_run([0.9073], [0.659], [0.793], [0.7]),
            1024: recorded_run([0.5158], [0.808], [0.832], [0.7])}


@ex1.wrong("trained for the lesson's 5 epochs")
def _():
    return {64: recorded_run([0.9073, 0.5158, 0.4562, 0.4254, 0.4051], [0.659, 0.808, 0.833, 0.845, 0.852],
                          [0.793, 0.832, 0.829, 0.839, 0.846], [0.7] * 5),
            1024: recorded_run([0.7624, 0.4748, 0.4163, 0.3838, 0.3602], [0.716, 0.823, 0.846, 0.858, 0.867],
                            [0.814, 0.843, 0.826, 0.853, 0.861], [3.8] * 5)}


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('A second hidden layer', '第二个隐藏层'),
    T('Add a second hidden layer of 256 units, with ReLU after each hidden layer: parameters '
      '`params2 = [W1, b1, W2, b2, W3, b3]` for 784 → 256 → 256 → 10, drawn as in the lesson, and '
      'a function `net2(X)`. Train it for 2 epochs with learning rate 0.5 and compare its loss '
      'after the second epoch with the one-hidden-layer network\'s (`result.loss[1]`, the '
      'lesson\'s run). Does the second hidden layer help?',
      '再加一个含256个单元的隐藏层，每个隐藏层之后都接ReLU：参数`params2 = [W1, b1, W2, b2, W3, b3]`'
      '对应784 → 256 → 256 → 10的结构，按本节的方法生成；再写出函数`net2(X)`。用学习率0.5训练它2个迭代周期，'
      '把第2个迭代周期后的损失与单隐藏层网络的损失（本节那次训练的`result.loss[1]`）比较。第二个隐藏层有帮助吗？'),
    """answer = ...  # (net2, params2, d2l.train_ch3(net2, ...)): two hidden layers, 2 epochs

ex[2].check(answer)""", book=['3.9.2'], solution_seconds=14,
    what=T('Set answer to (net2, params2, the result of train_ch3), then run the cell again.',
           '把answer设为(net2, params2, train_ch3的返回值)，然后再运行这个单元格。'),
    hints=[T('Three layers of weights: W1 is 784 x 256, W2 256 x 256, W3 256 x 10, each bias as long '
             'as its layer has units. In `net2` the second hidden layer takes the first one\'s '
             'output H1 where the lesson\'s output layer took H.',
             '三层权重：W1为784 x 256，W2为256 x 256，W3为256 x 10，每个偏差的长度等于所在层的单元个数。'
             '在`net2`中，第二个隐藏层接收第一个隐藏层的输出H1，就像本节的输出层接收H那样。'),
           T('`H1 = relu(nd.dot(X.reshape((-1, 784)), W1) + b1)`, `H2 = relu(nd.dot(H1, W2) + b2)`, '
             '`return nd.dot(H2, W3) + b3`; then `attach_grad()` on each of the six parameters and '
             '`d2l.train_ch3(net2, train_iter, test_iter, loss, 2, batch_size, params2, 0.5)`.',
             '`H1 = relu(nd.dot(X.reshape((-1, 784)), W1) + b1)`，`H2 = relu(nd.dot(H1, W2) + b2)`，'
             '`return nd.dot(H2, W3) + b3`；然后对六个参数分别调用`attach_grad()`，再调用'
             '`d2l.train_ch3(net2, train_iter, test_iter, loss, 2, batch_size, params2, 0.5)`。')],
    explanation=T(
        'Not in a few epochs: the deeper network starts more slowly. Its first epoch ends with a '
        'loss well above 1, where one hidden layer reaches about 0.8, and after the second it is '
        'still behind (about 0.55 against about 0.49). With weights drawn from N(0, 0.01^2) every '
        'layer shrinks the signal, and the gradient on the way back, so a second layer of them '
        'makes the start slower. Trained for the lesson\'s 5 epochs it catches up most of the way, '
        'but in our runs it still did not beat one hidden layer: more layers pay off with more '
        'data, more epochs or a better initialisation (lesson 12).',
        '几个迭代周期内没有帮助：更深的网络起步更慢。它第一个迭代周期结束时的损失明显高于1，而单隐藏层网络约为0.8；'
        '第二个迭代周期之后它仍然落后（约0.55，单隐藏层网络约0.49）。权重从N(0, 0.01^2)中采样时，每一层都会使信号变小，'
        '反向传回的梯度也一样，所以多一层这样的权重，起步就更慢。按本节的5个迭代周期训练时，它能追回大部分差距，'
        '但在我们的运行中仍没有超过单隐藏层网络：要在数据更多、迭代周期更多或初始化更好（第12节）时，更多的层才会带来回报。'))


@ex2.solves
def train_with_two_hidden_layers():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    W1, b1 = nd.random.normal(scale=0.01, shape=(784, 256)), nd.zeros(256)
    W2, b2 = nd.random.normal(scale=0.01, shape=(256, 256)), nd.zeros(256)
    W3, b3 = nd.random.normal(scale=0.01, shape=(256, 10)), nd.zeros(10)
    params2 = [W1, b1, W2, b2, W3, b3]
    for param in params2:
        param.attach_grad()

    def net2(X):
        H1 = nd.relu(nd.dot(X.reshape((-1, 784)), W1) + b1)
        H2 = nd.relu(nd.dot(H1, W2) + b2)
        return nd.dot(H2, W3) + b3

    loss = gloss.SoftmaxCrossEntropyLoss()
    result = d2l.train_ch3(net2, train_iter, test_iter, loss, 2, 256, params2, 0.5)
    return Run(net2, params2, result)  # the tuple (net2, params2, result), printed briefly


class Run(tuple):
    """The tuple (net, params, result), shown by the shapes of its parameters, not every number."""

    def __new__(cls, net, params, result):
        return super().__new__(cls, (net, params, result))

    def __repr__(self):
        net, params, result = self
        return f'({net.__name__}, params of shapes {[p.shape for p in params]}, {result!r})'


def _expect_two_hidden_layers(params):
    if not isinstance(params, (list, tuple)) or len(params) != 6 or \
            not all(isinstance(p, nd.NDArray) for p in params):
        got = f'{len(params)} items' if isinstance(params, (list, tuple)) else kind(params)
        got_zh = f'{len(params)}个元素' if isinstance(params, (list, tuple)) else kind(params, "zh")
        raise Unusable(f'params2 should be the list [W1, b1, W2, b2, W3, b3] of six NDArrays; got {got}.',
                       f'params2应为由六个NDArray组成的列表[W1, b1, W2, b2, W3, b3]；得到的是{got_zh}。')
    shapes = [p.shape for p in params]
    sizes = [784] + [W.shape[-1] for W in params[::2]]
    fits = all(len(W.shape) == 2 and W.shape[0] == sizes[i] and b.shape == (W.shape[1],)
               for i, (W, b) in enumerate(zip(params[::2], params[1::2])))
    if not fits or sizes[-1] != 10:
        raise Unusable(f'The shapes of params2 are {shapes}: expected [W1, b1, W2, b2, W3, b3] with '
                       'W1 of 784 rows, each W as many rows as the layer before has units, each b as '
                       'long as its W has columns, and 10 outputs.',
                       f'params2的形状为{shapes}：应为[W1, b1, W2, b2, W3, b3]，其中W1有784行，每个W的行数等于'
                       '前一层的单元个数，每个b的长度等于对应W的列数，输出个数为10。')
    return sizes


@ex2.checks
def _(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 3:
        raise Unusable(f'Expected answer = (net2, params2, result): a tuple of three; got {kind(answer)}.',
                       f'应为answer = (net2, params2, result)：一个含三个元素的元组；得到的是{kind(answer, "zh")}。')
    net2, params2, result = answer
    expect_function(net2, 'net2')
    _expect_two_hidden_layers(params2)
    expect_result(result, 'result')
    X = nd.array(np.random.RandomState(2).uniform(size=(8, 1, 28, 28)))
    got = expect_ndarray(call(net2, X, when=T('given a batch of 8 images', '输入一个含8张图像的批量')),
                         'net2(X)', shape=(8, 10))
    W1, b1, W2, b2, W3, b3 = params2
    H1 = nd.dot(X.reshape((8, 784)), W1) + b1

    def differs(scores):  # relative: scores are small before training, larger after
        return nd.abs(got - scores).max().asscalar() > 1e-4 * nd.abs(scores).max().asscalar() + 1e-9

    if differs(nd.dot(nd.relu(nd.dot(nd.relu(H1), W2) + b2), W3) + b3):
        if not differs(nd.dot(nd.dot(nd.relu(H1), W2) + b2, W3) + b3):
            raise Wrong('net2 applies no activation function after the second hidden layer: the '
                        'second and the output layer collapse into one affine layer (exercise 5).',
                        'net2在第二个隐藏层之后没有使用激活函数：第二个隐藏层和输出层合并成了一个仿射层（练习5）。')
        if not differs(nd.relu(nd.dot(nd.relu(nd.dot(nd.relu(H1), W2) + b2), W3) + b3)):
            raise Wrong('net2 applies ReLU to the output layer too: the scores for the loss must be '
                        'free to be negative.', 'net2对输出层也用了ReLU：交给损失函数的得分必须可以为负。')
        raise Wrong('net2(X) is not the network of params2: two hidden layers, each an affine '
                    'transformation of the layer before followed by ReLU, then the output layer.',
                    'net2(X)算出的不是params2所描述的网络：应有两个隐藏层，每个都对前一层做仿射变换再接ReLU，'
                    '最后是输出层。')
    expect_epochs(result, T('Your run', '你这次训练'), 2)
    expect_fresh(result, T('Your run', '你这次训练'), 0.7)
    print(text(T(f'Two hidden layers after 2 epochs: loss {result.loss[-1]:.4f}, test acc '
                 f'{result.test_acc[-1]:.3f}; one hidden layer after its 2nd epoch: your lesson\'s '
                 'result.loss[1].',
                 f'两个隐藏层的网络训练2个迭代周期后：损失{result.loss[-1]:.4f}，测试准确率{result.test_acc[-1]:.3f}；'
                 '单隐藏层网络第2个迭代周期后的损失见本节的result.loss[1]。')))


def _two_layer_answer(net_of, result):
    params = fresh_params([784, 256, 256, 10])
    return net_of(params), params, result


_TWO_LAYERS_SEED_0 = ([1.1941, 0.5501], [0.538, 0.794], [0.756, 0.83], [2.0, 3.0])


@ex2.wrong('no ReLU after the second hidden layer')
def _():
    return _two_layer_answer(lambda p: lambda X: nd.dot(_mlp(p[:4], nd.relu)(X), p[4]) + p[5],
                             recorded_run(*_TWO_LAYERS_SEED_0))


@ex2.wrong('ReLU on the output layer too')
def _():
    return _two_layer_answer(lambda p: lambda X: nd.relu(_mlp(p)(X)), recorded_run(*_TWO_LAYERS_SEED_0))


@ex2.wrong('trained on from parameters trained before (the cell run twice)')
def _():
    return _two_layer_answer(_mlp, recorded_run([0.4694, 0.4162], [0.828, 0.846], [0.84, 0.838], [2.0, 2.0]))


@ex2.wrong('the biases left out of params2')
def _():
    net, params, result = _two_layer_answer(_mlp, recorded_run(*_TWO_LAYERS_SEED_0))
    return net, params[::2], result


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Sigmoid instead of ReLU', '用sigmoid函数代替ReLU'),
    T('Replace `relu` by `nd.sigmoid` in `net` and train from fresh parameters. What happens in the '
      'first epochs, and why? Think of the gradient plots of the two functions.\n\n'
      '(a) It learns faster at first: the sigmoid is smooth, so its gradient carries more than '
      'ReLU\'s 0 or 1 &nbsp; '
      '(b) It learns more slowly at first: the sigmoid\'s gradient is at most 0.25, and every '
      'hidden unit starts near 0.5, whatever the image &nbsp; '
      '(c) The loss becomes nan: exp(−x) in the sigmoid overflows for the large scores of the '
      'first steps &nbsp; '
      '(d) Nothing changes: with weights this small every activation function is nearly linear, '
      'so they all train alike',
      '在`net`中把`relu`换成`nd.sigmoid`，并从新的参数开始训练。最初几个迭代周期会怎样，为什么？'
      '想一想这两个函数的梯度图。\n\n'
      '(a) 一开始学得更快：sigmoid函数是光滑的，它的梯度比ReLU的0或1包含更多信息 &nbsp; '
      '(b) 一开始学得更慢：sigmoid函数的梯度至多为0.25，而且无论输入哪张图像，每个隐藏单元一开始都接近0.5 &nbsp; '
      '(c) 损失变成nan：最初几步的得分很大，sigmoid函数中的exp(−x)上溢了 &nbsp; '
      '(d) 什么都不变：权重这么小时，每个激活函数都近似线性，所以它们训练起来都一样'),
    solution_seconds=9,
    hints=[T('Look at the two gradient plots of the lesson: how large is the sigmoid\'s gradient at '
             'its largest, and ReLU\'s? And what does sigmoid give for inputs near 0, where the '
             'small initial weights put every hidden unit?',
             '看看本节的两张梯度图：sigmoid函数的梯度最大是多少，ReLU的呢？初始权重很小，每个隐藏单元的输入都接近0，'
             '这时sigmoid函数给出什么？'),
           T('Try it: change `relu` to `nd.sigmoid` in `net`, draw fresh parameters and train for '
             '1 epoch; compare its loss with the first epoch of the lesson\'s run.',
             '试一试：在`net`中把`relu`改为`nd.sigmoid`，重新生成参数并训练1个迭代周期；把它的损失与本节那次'
             '训练的第一个迭代周期比较。')],
    explanation=T(
        'With sigmoid the loss after the first epoch is clearly higher (about 1.05) than with ReLU '
        '(about 0.8), and the gradient reaching W1 at the start is less than half as large. Near 0, '
        'where the small initial weights put every hidden unit, sigmoid(x) is about 0.5 + x / 4: '
        'each unit outputs nearly the same 0.5 for every image, and passes back a quarter of the '
        'gradient, where an active ReLU unit passes all of it. Nothing overflows: sigmoid stays '
        'in (0, 1). The network catches up in later epochs, but the saturation of sigmoid (its '
        'gradient vanishing for large inputs) is why ReLU became the default.',
        '用sigmoid函数时，第一个迭代周期后的损失（约1.05）明显高于用ReLU时（约0.8），一开始传到W1的梯度也不到一半。'
        '初始权重很小，每个隐藏单元的输入都接近0，而在0附近sigmoid(x)约为0.5 + x / 4：无论输入哪张图像，每个单元'
        '输出的都差不多是0.5，而且只向后传递四分之一的梯度，处于激活状态的ReLU单元则全部传递。不会出现溢出：'
        'sigmoid函数的值总在(0, 1)之内。网络在后面的迭代周期中会追上来，但sigmoid函数的饱和（输入很大时梯度趋于0）'
        '正是ReLU成为默认选择的原因。'))

ANSWER_3 = 'b'  # what train_sigmoid_and_relu() finds; the tests hold the check to it


@ex3.solves
def train_sigmoid_and_relu():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    loss = gloss.SoftmaxCrossEntropyLoss()
    X, y = next(iter(train_iter))
    first_epoch = {}
    for name, activation in (('sigmoid', nd.sigmoid), ('relu', nd.relu)):
        W1, b1, W2, b2 = params = fresh_params([784, 256, 10])  # drawn as in the lesson

        def net(X):
            H = activation(nd.dot(X.reshape((-1, 784)), W1) + b1)
            return nd.dot(H, W2) + b2

        with autograd.record():  # the gradient that reaches W1 on the first batch
            l = loss(net(X), y).mean()
        l.backward()
        print(f'{name}: mean |gradient| of W1 at the start {nd.abs(W1.grad).mean().asscalar():.2e}')
        result = d2l.train_ch3(net, train_iter, test_iter, loss, 1, 256, params, 0.5)
        first_epoch[name] = result.loss[0]
    slower = first_epoch['sigmoid'] > first_epoch['relu'] + 0.1
    return 'b' if slower else 'a' if first_epoch['sigmoid'] < first_epoch['relu'] - 0.1 else 'd'


CHOICES_3 = {
    'a': T('Smoothness is not speed: near 0 the sigmoid\'s gradient is 0.25, a quarter of an active '
           'ReLU unit\'s.', '光滑并不意味着快：在0附近sigmoid函数的梯度为0.25，只有处于激活状态的ReLU单元的四分之一。'),
    'c': T('Nothing overflows: exp(−x) only grows for very negative x, and then the sigmoid is '
           'simply 0 (MXNet computes it safely).',
           '不会出现溢出：exp(−x)只在x取很大的负值时才会变大，而那时sigmoid函数的值就是0（MXNet的计算方式是安全的）。'),
    'd': T('Near 0 the sigmoid is close to linear, but around 0.5 and with slope 1/4, not 1: that '
           'changes how fast the first layer learns.',
           '在0附近sigmoid函数确实接近线性，但它的值在0.5附近，斜率为1/4而不是1：这改变了第一层学习的快慢。'),
}


ex3.choice(CHOICES_3, right=ANSWER_3)


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('Without the ReLU', '去掉ReLU函数'),
    T('Delete the `relu` in `net` (`H = nd.dot(X, W1) + b1`) and re-run the lesson from fresh '
      'parameters. Which lines of the self-check fail, and what has the model become?\n\n'
      '(a) None: the network still has two layers and 203,530 parameters, and trains as well as '
      'before &nbsp; '
      '(b) Only the ReLU line (`relu_difference`): it measures the ReLU that was deleted &nbsp; '
      '(c) The training loss and both accuracies: the model is one affine layer, softmax '
      'regression with $\\mathbf{W} = \\mathbf{W}_1\\mathbf{W}_2$, and at learning rate 0.5 its '
      'training diverges &nbsp; '
      '(d) Only the test accuracy: a linear model with this many parameters overfits the training '
      'set',
      '删去`net`中的`relu`（`H = nd.dot(X, W1) + b1`），从新的参数开始重新运行本节。自测的哪几行会不通过，'
      '模型又变成了什么？\n\n'
      '(a) 都能通过：网络仍有两层、203,530个参数，训练得和以前一样好 &nbsp; '
      '(b) 只有ReLU那一行（`relu_difference`）：它度量的正是被删去的ReLU &nbsp; '
      '(c) 训练损失和两个准确率：模型只是一个仿射层，即$\\mathbf{W} = \\mathbf{W}_1\\mathbf{W}_2$的'
      'softmax回归，而在学习率0.5下它的训练发散了 &nbsp; '
      '(d) 只有测试准确率：参数这么多的线性模型对训练集过拟合了'),
    solution_seconds=5,
    hints=[T('Without the activation function, `net` computes $(\\mathbf{X}\\mathbf{W}_1 + '
             '\\mathbf{b}_1)\\mathbf{W}_2 + \\mathbf{b}_2$: the lesson showed what that is. And which '
             'self-check lines use `net` at all? `collapse_difference` and `relu_difference` come '
             'from the small example with `dense_layer`.',
             '没有激活函数时，`net`计算的是$(\\mathbf{X}\\mathbf{W}_1 + \\mathbf{b}_1)\\mathbf{W}_2 + '
             '\\mathbf{b}_2$：本节已经说明了它是什么。自测的哪几行用到了`net`？`collapse_difference`和'
             '`relu_difference`来自那个用`dense_layer`搭建的小例子。'),
           T('Try it: delete the `relu` in `net`, re-run the cells from "Model parameters" on, and '
             'read the training lines and the self-check. The lesson\'s self-check text says what '
             'the linear network does at learning rate 0.5.',
             '试一试：删去`net`中的`relu`，从“定义模型参数”起重新运行各单元格，再看训练时输出的各行和自测的结果。'
             '本节“自测”部分的说明也写了线性网络在学习率0.5下会怎样。')],
    explanation=T(
        'Without the ReLU, `net` computes X (W1 W2) + (b1 W2 + b2): one affine layer with a '
        '784 x 10 weight matrix, softmax regression with its weights written as a product. At the '
        'MLP\'s learning rate 0.5 its training diverges: the loss is nan and the accuracy 0.1 (a '
        'constant guess) from the first epoch on, so the lines of the training loss and both '
        'accuracies fail. `collapse_difference` and `relu_difference` still pass: they come from '
        'the small example, with `nd.relu` of their own, and do not use `net`. At a learning rate '
        'that trains it (0.1), the linear network does only as well as softmax regression.',
        '没有ReLU时，`net`计算的是X (W1 W2) + (b1 W2 + b2)：一个权重矩阵为784 x 10的仿射层，也就是把权重写成'
        '乘积形式的softmax回归。在多层感知机的学习率0.5下，它的训练发散：从第一个迭代周期起损失就是nan，准确率为0.1'
        '（相当于总猜同一个类别），所以训练损失和两个准确率这三行都不通过。`collapse_difference`和`relu_difference`'
        '仍然通过：它们来自那个小例子，用的是它们自己的`nd.relu`，与`net`无关。在能训练它的学习率（0.1）下，'
        '这个线性网络也只能和softmax回归一样好。'))

ANSWER_4 = 'c'  # what train_without_relu() finds; the tests hold the check to it


def toy_differences():
    """The lesson's small example: two Dense layers against the one they collapse into, without
    and with ReLU between them (collapse_difference, relu_difference)."""
    rng = np.random.RandomState(0)
    X_toy = nd.array(rng.normal(size=(4, 6)))
    W1_toy, b1_toy = nd.array(rng.normal(size=(6, 5))), nd.array(rng.normal(size=(5,)))
    W2_toy, b2_toy = nd.array(rng.normal(size=(5, 3))), nd.array(rng.normal(size=(3,)))
    hidden, output = _dense(W1_toy, b1_toy), _dense(W2_toy, b2_toy)
    collapsed = _dense(nd.dot(W1_toy, W2_toy), nd.dot(b1_toy, W2_toy) + b2_toy)
    return (nd.abs(output(hidden(X_toy)) - collapsed(X_toy)).max().asscalar(),
            nd.abs(output(nd.relu(hidden(X_toy))) - collapsed(X_toy)).max().asscalar())


def _dense(W, b):
    """The lesson's dense_layer: a Gluon Dense layer that computes X W + b."""
    layer = nn.Dense(W.shape[1], in_units=W.shape[0])
    layer.initialize(init.Zero())
    layer.weight.set_data(W.T)
    layer.bias.set_data(b)
    return layer


@ex4.solves
def train_without_relu():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    W1, b1, W2, b2 = params = fresh_params([784, 256, 10])  # drawn as in the lesson

    def net(X):  # the lesson's net with the relu deleted
        H = nd.dot(X.reshape((-1, 784)), W1) + b1
        return nd.dot(H, W2) + b2

    X, y = next(iter(test_iter))
    W, b = nd.dot(W1, W2), nd.dot(b1, W2) + b2  # one affine layer, 784 x 10
    print('largest difference between net(X) and X W + b:',
          nd.abs(net(X) - (nd.dot(X.reshape((-1, 784)), W) + b)).max().asscalar())
    loss = gloss.SoftmaxCrossEntropyLoss()
    result = d2l.train_ch3(net, train_iter, test_iter, loss, 1, 256, params, 0.5)  # 1 epoch shows it
    collapse_difference, relu_difference = toy_differences()  # the small example: no net in it
    results = dict(loss=result.loss[-1], train_acc=result.train_acc[-1], test_acc=result.test_acc[-1],
                   collapse_difference=collapse_difference, relu_difference=relu_difference,
                   train_examples=result.train_examples[-1], test_examples=result.test_seen[-1].count,
                   test_set=result.test_seen[-1].is_('test'))
    try:
        d2l.check('06-mlp-scratch', **results)
    except d2l.SelfCheckFailed as failed:
        print(failed)
    ranges = d2l.selfcheck.RANGES['06-mlp-scratch']
    failing = {name for name, value in results.items()  # nan is in no range
               if not ranges[name].get('lo', -math.inf) <= value <= ranges[name].get('hi', math.inf)}
    return {frozenset(): 'a', frozenset({'relu_difference'}): 'b', frozenset({'test_acc'}): 'd',
            frozenset({'loss', 'train_acc', 'test_acc'}): 'c'}.get(frozenset(failing), sorted(failing))


CHOICES_4 = {
    'a': T('Two layers of weights are not two layers of computation: without an activation function '
           'between them they collapse into one, as the lesson showed. Run it and look at the loss.',
           '两层权重并不等于两层计算：它们之间没有激活函数时会合并成一层，正如本节所示。运行一下，看看损失。'),
    'b': T('relu_difference comes from the small example with dense_layer and its own nd.relu: it does '
           'not use net, so deleting the relu in net leaves it as it was.',
           'relu_difference来自那个用dense_layer搭建的小例子，用的是它自己的nd.relu：它不使用net，'
           '所以删去net中的relu不会改变它。'),
    'd': T('A linear model has the capacity of softmax regression, whatever its number of parameters: '
           'it cannot overfit more than softmax regression does. Look at the training loss.',
           '线性模型的容量就是softmax回归的容量，与参数个数无关：它不会比softmax回归更容易过拟合。看看训练损失。'),
}


ex4.choice(CHOICES_4, right=ANSWER_4)


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Three affine layers in one', '三个仿射层合为一个'),
    T('Three affine layers stacked, $\\mathbf{O} = ((\\mathbf{X}\\mathbf{W}_1 + \\mathbf{b}_1)'
      '\\mathbf{W}_2 + \\mathbf{b}_2)\\mathbf{W}_3 + \\mathbf{b}_3$, are one affine layer too. Work '
      'out its $\\mathbf{W}$ and $\\mathbf{b}$ on paper, then write `collapse(W1, b1, W2, b2, W3, '
      'b3)` returning `(W, b)`. The check compares `X W + b` with three stacked `Dense` layers, '
      'as the lesson did with two, for layers of several sizes.',
      '三个叠加的仿射层$\\mathbf{O} = ((\\mathbf{X}\\mathbf{W}_1 + \\mathbf{b}_1)\\mathbf{W}_2 + '
      '\\mathbf{b}_2)\\mathbf{W}_3 + \\mathbf{b}_3$也是一个仿射层。先在纸上推出它的$\\mathbf{W}$和'
      '$\\mathbf{b}$，再写出返回`(W, b)`的`collapse(W1, b1, W2, b2, W3, b3)`。检查会像本节对两层所做的'
      '那样，对不同大小的层把`X W + b`与三个叠加的`Dense`层比较。'),
    """def collapse(W1, b1, W2, b2, W3, b3):
    ...  # your code: return W, b of the single layer

ex[5].check(collapse)""", kind='function',
    what=T('Write the body of collapse above, then run the cell again.',
           '在上面写出collapse的函数体，然后再运行这个单元格。'),
    hints=[T('Collapse two layers first, as the lesson did: $\\mathbf{W}_{12} = \\mathbf{W}_1'
             '\\mathbf{W}_2$, $\\mathbf{b}_{12} = \\mathbf{b}_1\\mathbf{W}_2 + \\mathbf{b}_2$. What is '
             'left is two affine layers again.',
             '先像本节那样合并前两层：$\\mathbf{W}_{12} = \\mathbf{W}_1\\mathbf{W}_2$，$\\mathbf{b}_{12} = '
             '\\mathbf{b}_1\\mathbf{W}_2 + \\mathbf{b}_2$。剩下的又是两个仿射层。'),
           T('Multiply out: $\\mathbf{W} = \\mathbf{W}_1\\mathbf{W}_2\\mathbf{W}_3$, and every bias '
             'goes through all the weights after it: $\\mathbf{b} = \\mathbf{b}_1\\mathbf{W}_2'
             '\\mathbf{W}_3 + \\mathbf{b}_2\\mathbf{W}_3 + \\mathbf{b}_3$. In code, `nd.dot` for each '
             'product.',
             '把式子展开：$\\mathbf{W} = \\mathbf{W}_1\\mathbf{W}_2\\mathbf{W}_3$，每个偏差都要乘上它后面的所有'
             '权重：$\\mathbf{b} = \\mathbf{b}_1\\mathbf{W}_2\\mathbf{W}_3 + \\mathbf{b}_2\\mathbf{W}_3 + '
             '\\mathbf{b}_3$。代码中每个乘积都用`nd.dot`。')],
    explanation=T(
        'Multiplying out, W = W1 W2 W3 and b = b1 W2 W3 + b2 W3 + b3: each bias passes through '
        'every weight matrix after it. X W + b then agrees with the three stacked Dense layers to '
        'float rounding, for any sizes. However many affine layers are stacked, they are one: '
        'only an activation function between them makes depth worth anything.',
        '展开得W = W1 W2 W3，b = b1 W2 W3 + b2 W3 + b3：每个偏差都要经过它后面的每一个权重矩阵。于是对任何大小的层，'
        'X W + b都与三个叠加的Dense层在浮点舍入误差内一致。无论叠加多少个仿射层，它们都只是一层：只有层与层之间的激活'
        '函数才使深度有意义。'))


@ex5.solves
def collapse(W1, b1, W2, b2, W3, b3):
    W = nd.dot(nd.dot(W1, W2), W3)
    b = nd.dot(nd.dot(b1, W2) + b2, W3) + b3  # each bias through every layer after it
    return W, b


@ex5.checks
def _(answer):
    f = expect_function(answer, 'collapse')
    rng = np.random.RandomState(5)
    for sizes in ((4, 4, 4, 4), (6, 5, 4, 3), (3, 7, 2, 5)):  # square first: a wrong formula runs
        shown = ' -> '.join(map(str, sizes))
        X = nd.array(rng.normal(size=(4, sizes[0])))
        Ws = [nd.array(rng.normal(size=(a, b))) for a, b in zip(sizes, sizes[1:])]
        bs = [nd.array(rng.normal(size=(b,))) for b in sizes[1:]]
        for with_biases in (False, True):
            biases = bs if with_biases else [nd.zeros(b.shape) for b in bs]
            params = [p for pair in zip(Ws, biases) for p in pair]
            got = call(f, *params, when=T(f'given layers {shown}', f'各层为{shown}'))
            if not isinstance(got, (tuple, list)) or len(got) != 2:
                raise Unusable(f'collapse should return the pair (W, b); it returns {kind(got)}.',
                               f'collapse应返回(W, b)这一对；它返回的是{kind(got, "zh")}。')
            W = expect_ndarray(got[0], 'W of collapse(...)', shape=(sizes[0], sizes[-1]))
            b = expect_ndarray(got[1], 'b of collapse(...)', size=sizes[-1]).reshape((-1,))
            stacked = X
            for layer in map(_dense, Ws, biases):
                stacked = layer(stacked)
            gap = nd.abs(nd.dot(X, W) + b - stacked).max().asscalar()
            if not gap < 1e-4 * max(1, nd.abs(stacked).max().asscalar()):
                if not with_biases:
                    raise Wrong(f'For layers {shown} with all biases 0, X W differs from the three '
                                f'stacked Dense layers by up to {gap:.3g}: W is not right.',
                                f'各层为{shown}、所有偏差都为0时，X W与三个叠加的Dense层的输出最多相差{gap:.3g}：'
                                'W不对。')
                raise Wrong(f'W is right (with all biases 0 the outputs agree), but with the biases '
                            f'drawn X W + b differs from the three stacked Dense layers by up to '
                            f'{gap:.3g} (layers {shown}): b is not right.',
                            f'W是对的（所有偏差都为0时输出一致），但加上偏差后，X W + b与三个叠加的Dense层的输出'
                            f'最多相差{gap:.3g}（各层为{shown}）：b不对。')


@ex5.wrong('b2 not passed through W3: b = b1 W2 W3 + b2 + b3')
def _():
    return lambda W1, b1, W2, b2, W3, b3: (collapse(W1, b1, W2, b2, W3, b3)[0],
                                           nd.dot(nd.dot(b1, W2), W3) + b2 + b3)


@ex5.wrong("only the last layer's bias: b = b3")
def _():
    return lambda W1, b1, W2, b2, W3, b3: (collapse(W1, b1, W2, b2, W3, b3)[0], b3)


@ex5.wrong('the weights multiplied in the wrong order: W3 W2 W1')
def _():
    return lambda W1, b1, W2, b2, W3, b3: (nd.dot(nd.dot(W3, W2), W1), collapse(W1, b1, W2, b2, W3, b3)[1])


@ex5.wrong('the weights added instead of multiplied')
def _():
    return lambda W1, b1, W2, b2, W3, b3: (W1 + W2 + W3, b1 + b2 + b3)


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T("The book's figure: weights and biases", '书中的图：权重和偏差'),
    T('The book draws an MLP with 4 inputs, 5 hidden units and 3 outputs. Draw it with '
      '`draw_network([4, 5, 3], names, [\'x\', \'h\', \'o\'], shown=5)` (`names`: three labels of '
      'your choice; `shown=5`: every unit drawn), then count its parameters: how many weights, '
      'and how many biases (偏差)?',
      '书中画了一个有4个输入、5个隐藏单元和3个输出的多层感知机。用`draw_network([4, 5, 3], names, '
      '[\'x\', \'h\', \'o\'], shown=5)`画出它（`names`是你选的三个标签；`shown=5`表示画出每一个单元），'
      '再数一数它的参数：有多少个权重，多少个偏差（bias）？'),
    """answer = ...  # (number of weights, number of biases)

ex[6].check(answer)""",
    what=T('Set answer to (number of weights, number of biases), then run the cell again.',
           '把answer设为(权重个数, 偏差个数)，然后再运行这个单元格。'),
    hints=[T('In the figure each line is one weight. Which layers compute something, and so have a '
             'bias for each of their units?',
             '图中每条线就是一个权重。哪几层要做计算，因而它们的每个单元都有一个偏差？'),
           T('Between two fully connected layers of m and n units there are m x n weights; each unit '
             'of the hidden and the output layer has one bias, the input layer none.',
             '在分别有m个和n个单元的两个全连接层之间有m x n个权重；隐藏层和输出层的每个单元各有一个偏差，'
             '输入层没有。')],
    explanation=T(
        'Each of the 4 inputs connects to each of the 5 hidden units (20 weights) and each hidden '
        'unit to each of the 3 outputs (15): 35 weights, one line each in the figure. The hidden '
        'and output units have a bias each, 5 + 3 = 8; the input layer computes nothing and has '
        'none. Gluon counts the same: W1 is 5 x 4 and W2 3 x 5 there (outputs x inputs), 43 '
        'parameters in all.',
        '4个输入中的每一个都连到5个隐藏单元中的每一个（20个权重），每个隐藏单元又连到3个输出中的每一个（15个）：'
        '共35个权重，图中每个权重一条线。隐藏单元和输出单元各有一个偏差，5 + 3 = 8个；输入层不做计算，没有偏差。'
        'Gluon数出的也一样：其中W1为5 x 4、W2为3 x 5（输出个数 × 输入个数），一共43个参数。'))


@ex6.solves
def count_weights_and_biases():
    sizes = [4, 5, 3]
    weights = sum(m * n for m, n in zip(sizes, sizes[1:]))  # one per line of the figure
    biases = sum(sizes[1:])  # one per unit that computes: hidden and output
    net = nn.Sequential()  # Gluon's count, to compare
    net.add(nn.Dense(5), nn.Dense(3))
    net.initialize()
    net(nd.zeros((1, 4)))
    for name, param in net.collect_params().items():
        print(name, param.shape)
    return weights, biases


@ex6.checks
def _(answer):
    if isinstance(answer, numbers.Number) and not isinstance(answer, bool):
        raise Unusable(f'Expected two numbers, (weights, biases); got the single number {answer}.',
                       f'应为两个数(权重个数, 偏差个数)；得到的只是一个数{answer}。')
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Unusable(f'Expected answer = (number of weights, number of biases); got {kind(answer)}.',
                       f'应为answer = (权重个数, 偏差个数)；得到的是{kind(answer, "zh")}。')
    weights = expect_integer(answer[0], 'answer[0]')
    biases = expect_integer(answer[1], 'answer[1]')
    right_weights, right_biases = ex6.oracle()
    if weights != right_weights:
        raise Wrong(f'Not {weights} weights: each line of the figure is one weight, from one unit to '
                    'one unit of the next layer, and the lines run between neighbouring layers only.',
                    f'权重不是{weights}个：图中每条线是一个权重，从一个单元连到下一层的一个单元，而且只有相邻的层之间才有连线。')
    if biases != right_biases:
        raise Wrong(f'The weights are right, but not {biases} biases: a bias belongs to each unit that '
                    'computes an affine transformation; does the input layer compute one?',
                    f'权重数对了，但偏差不是{biases}个：每个做仿射变换的单元都有一个偏差；输入层做仿射变换吗？')


for _answer, _why in (((35, 12), 'a bias for the inputs too'), ((60, 8), 'the weights as 4 x 5 x 3'),
                      ((20, 5), 'only the hidden layer counted'), ((43, 8), 'the total as the weights')):
    ex6.wrong(_why)(lambda a=_answer: a)


# --- 7 ------------------------------------------------------------------------------------------

def _autograd_of(f, x):
    x = x.copy()
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    return x.grad


def _check_derivative(answer, name, f, f_name, explain_overflow):
    """The learner's derivative of f against autograd's, on the lesson's range and a batch of
    another shape, then finite and close to 0 far out, where the derivative of f vanishes."""
    grad = expect_function(answer, name)
    rng = np.random.RandomState(7)
    for x, shown in ((nd.arange(-8.0, 8.0, 0.1), 'nd.arange(-8, 8, 0.1)'),
                     (nd.array(rng.normal(scale=3, size=(3, 4))), 'a 3 x 4 batch')):
        got = expect_ndarray(call(grad, x, when=T(f'given {shown}', f'输入{shown}')), f'{name}(x)',
                             shape=x.shape)
        gap = nd.abs(got - _autograd_of(f, x)).max().asscalar()
        if not gap < 1e-5:
            raise Wrong(f'For x = {shown}, {name}(x) differs from autograd\'s gradient of {f_name} '
                        f'by up to {gap:.3g}.',
                        f'对于x = {shown}，{name}(x)与自动求梯度得到的{f_name}的梯度最多相差{gap:.3g}。')
    far = nd.array([-100., -50., 50., 100.])
    got = expect_ndarray(call(grad, far, when=T('given [-100, -50, 50, 100]', '输入[-100, -50, 50, 100]')),
                         f'{name}(x)', shape=far.shape).asnumpy()
    if not np.isfinite(got).all():
        raise Wrong(f'{name}(nd.array([-100., -50., 50., 100.])) gives {got.tolist()}: not finite. '
                    + explain_overflow['en'], f'{name}(nd.array([-100., -50., 50., 100.]))给出{got.tolist()}：'
                    '不是有限值。' + explain_overflow['zh'])
    if np.abs(got).max() > 1e-6:
        raise Wrong(f'{name}(nd.array([-100., -50., 50., 100.])) gives {got.tolist()}: far from 0 '
                    f'{f_name} is flat, and its derivative is (nearly) 0 there.',
                    f'{name}(nd.array([-100., -50., 50., 100.]))给出{got.tolist()}：在远离0的地方{f_name}是平的，'
                    '导数（几乎）为0。')


ex7 = exercise(
    T('The derivative of the sigmoid', 'sigmoid函数的导数'),
    T('Derive the derivative of $\\text{sigmoid}(x) = \\frac{1}{1 + \\exp(-x)}$ by the chain rule '
      '(链式法则), and write `sigmoid_grad(x)`: the derivative at every element of the NDArray `x`, '
      'without autograd. The check compares it with autograd\'s gradient, as the lesson\'s plot '
      'did, and tries large inputs too.',
      '用链式法则（chain rule）推导$\\text{sigmoid}(x) = \\frac{1}{1 + \\exp(-x)}$的导数，并写出'
      '`sigmoid_grad(x)`：不借助自动求梯度，算出NDArray `x`每个元素处的导数。和本节画图时一样，检查会把它与自动求梯度'
      '的结果比较，还会试试很大的输入。'),
    """def sigmoid_grad(x):
    ...  # your code: the derivative of the sigmoid at each element of x

ex[7].check(sigmoid_grad)""", kind='function', book=['3.8.1'],
    what=T('Write the body of sigmoid_grad above, then run the cell again.',
           '在上面写出sigmoid_grad的函数体，然后再运行这个单元格。'),
    hints=[T('Write sigmoid(x) = 1 / u with u = 1 + exp(−x). By the chain rule its derivative is '
             '(−1 / u²) · du/dx. Then try to write the result with sigmoid(x) itself, and try your '
             'formula at x = −100.',
             '把sigmoid(x)写成1 / u，其中u = 1 + exp(−x)。由链式法则，它的导数为(−1 / u²) · du/dx。然后试着用'
             'sigmoid(x)本身写出结果，并在x = −100处试一试你的公式。'),
           T('du/dx = −exp(−x), so the derivative is exp(−x) / (1 + exp(−x))², which overflows to '
             'inf / inf at x = −100. Since exp(−x) / (1 + exp(−x)) = 1 − sigmoid(x), it equals '
             'sigmoid(x) (1 − sigmoid(x)): `s = nd.sigmoid(x)`, `return s * (1 - s)`.',
             'du/dx = −exp(−x)，所以导数为exp(−x) / (1 + exp(−x))²，它在x = −100处上溢成inf / inf。'
             '由于exp(−x) / (1 + exp(−x)) = 1 − sigmoid(x)，导数等于sigmoid(x) (1 − sigmoid(x))：'
             '`s = nd.sigmoid(x)`，`return s * (1 - s)`。')],
    explanation=T(
        'By the chain rule the derivative of 1 / (1 + exp(−x)) is exp(−x) / (1 + exp(−x))², '
        'and since exp(−x) / (1 + exp(−x)) = 1 − sigmoid(x), it is sigmoid(x) (1 − sigmoid(x)): '
        'at most 0.25, at x = 0. Written with sigmoid(x) it is finite everywhere; the first form '
        'gives inf / inf = nan at x = −100, where exp(100) overflows float32. It agrees with '
        'autograd to float precision.',
        '由链式法则，1 / (1 + exp(−x))的导数为exp(−x) / (1 + exp(−x))²；又因为exp(−x) / (1 + exp(−x)) = '
        '1 − sigmoid(x)，它等于sigmoid(x) (1 − sigmoid(x))：最大为0.25，在x = 0处取得。用sigmoid(x)写出的形式'
        '处处有限；第一种形式在x = −100处给出inf / inf = nan，因为exp(100)超出了float32的范围。它与自动求梯度的结果'
        '在浮点精度内一致。'))


@ex7.solves
def sigmoid_grad(x):
    s = nd.sigmoid(x)
    return s * (1 - s)


_OVERFLOW_SIGMOID = T('Is there an exp(−x) in your formula? At x = −100 it is exp(100), beyond float32.',
                      '你的公式里有exp(−x)吗？在x = −100处它是exp(100)，超出了float32的范围。')


@ex7.checks
def _(answer):
    _check_derivative(answer, 'sigmoid_grad', nd.sigmoid, 'sigmoid', _OVERFLOW_SIGMOID)


@ex7.wrong('the chain rule as it comes: exp(-x) / (1 + exp(-x))^2 overflows at x = -100')
def _():
    return lambda x: nd.exp(-x) / (1 + nd.exp(-x)) ** 2


@ex7.wrong('x for sigmoid(x): sigmoid(x) (1 - x)')
def _():
    return lambda x: nd.sigmoid(x) * (1 - x)


@ex7.wrong('the sign of du/dx lost: -sigmoid(x) (1 - sigmoid(x))')
def _():
    return lambda x: -sigmoid_grad(x)


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('The derivative of tanh', 'tanh函数的导数'),
    T('Likewise for $\\tanh(x) = \\frac{1 - \\exp(-2x)}{1 + \\exp(-2x)}$: derive its derivative by '
      'the chain rule and write `tanh_grad(x)`, without autograd. (One way: '
      '$\\tanh(x) = 2\\,\\text{sigmoid}(2x) - 1$.)',
      '对$\\tanh(x) = \\frac{1 - \\exp(-2x)}{1 + \\exp(-2x)}$也一样：用链式法则推导它的导数，并写出'
      '`tanh_grad(x)`，不用自动求梯度。（一种做法：$\\tanh(x) = 2\\,\\text{sigmoid}(2x) - 1$。）'),
    """def tanh_grad(x):
    ...  # your code: the derivative of tanh at each element of x

ex[8].check(tanh_grad)""", kind='function', book=['3.8.1'],
    what=T('Write the body of tanh_grad above, then run the cell again.',
           '在上面写出tanh_grad的函数体，然后再运行这个单元格。'),
    hints=[T('With tanh(x) = 2 sigmoid(2x) − 1, the chain rule gives 2 · sigmoid\'(2x) · d(2x)/dx: '
             'do not forget the inner derivative. Or differentiate the quotient and write the result '
             'with tanh(x) itself.',
             '由tanh(x) = 2 sigmoid(2x) − 1，链式法则给出2 · sigmoid\'(2x) · d(2x)/dx：别忘了内层函数的导数。'
             '也可以对商求导，再用tanh(x)本身写出结果。'),
           T('4 sigmoid(2x) (1 − sigmoid(2x)) = 1 − tanh²(x): `t = nd.tanh(x)`, `return 1 - t ** 2`.',
             '化简后4 sigmoid(2x) (1 − sigmoid(2x)) = 1 − tanh²(x)：`t = nd.tanh(x)`，`return 1 - t ** 2`。')],
    explanation=T(
        'From tanh(x) = 2 sigmoid(2x) − 1 the chain rule gives 2 · 2 · sigmoid(2x)(1 − sigmoid(2x)), '
        'which simplifies to 1 − tanh²(x): 1 at x = 0, four times the sigmoid\'s largest slope, and '
        'vanishing for large |x| like it. Written with tanh(x) it is finite everywhere and agrees '
        'with autograd to float precision; the quotient rule as it comes, with exp(−2x), overflows '
        'at x = −100.',
        '由tanh(x) = 2 sigmoid(2x) − 1，链式法则给出2 · 2 · sigmoid(2x)(1 − sigmoid(2x))，化简后为1 − tanh²(x)：'
        '在x = 0处为1，是sigmoid函数最大斜率的4倍，|x|较大时同样趋于0。用tanh(x)写出的形式处处有限，与自动求梯度的'
        '结果在浮点精度内一致；直接按商的求导法则写出、含exp(−2x)的形式在x = −100处会上溢。'))


@ex8.solves
def tanh_grad(x):
    t = nd.tanh(x)
    return 1 - t ** 2


_OVERFLOW_TANH = T('Is there an exp(−2x) in your formula? At x = −100 it is exp(200), beyond float32.',
                   '你的公式里有exp(−2x)吗？在x = −100处它是exp(200)，超出了float32的范围。')


@ex8.checks
def _(answer):
    _check_derivative(answer, 'tanh_grad', nd.tanh, 'tanh', _OVERFLOW_TANH)


@ex8.wrong('the inner derivative forgotten: 2 sigmoid\'(2x)')
def _():
    return lambda x: 2 * sigmoid_grad(2 * x)


@ex8.wrong('1 - tanh(x), the square forgotten')
def _():
    return lambda x: 1 - nd.tanh(x)


@ex8.wrong('the quotient rule as it comes: 4 exp(-2x) / (1 + exp(-2x))^2 overflows at x = -100')
def _():
    return lambda x: 4 * nd.exp(-2 * x) / (1 + nd.exp(-2 * x)) ** 2


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('Another activation function: softplus', '另一个激活函数：softplus'),
    T('There are many more activation functions than these three: leaky ReLU, ELU, GELU, '
      'softplus... Softplus, $\\log(1 + \\exp(x))$, is a smooth ReLU. Write `softplus(x)` for an '
      'NDArray `x`, as a function autograd can differentiate. It must agree with MXNet\'s own '
      '(`nd.Activation(x, act_type=\'softrelu\')`) for ordinary inputs, stay finite for any '
      'input, and its derivative is a function of this lesson: the check computes it through '
      'your code with autograd.',
      '激活函数远不止这三个：leaky ReLU、ELU、GELU、softplus……softplus函数$\\log(1 + \\exp(x))$是光滑版的'
      'ReLU。为NDArray `x`写出`softplus(x)`，使自动求梯度能够对它求导。对普通的输入，它的结果必须与MXNet自带的'
      '（`nd.Activation(x, act_type=\'softrelu\')`）一致；对任何输入，结果都必须是有限值；它的导数正是本节讲过的'
      '一个函数：检查会对你的代码自动求梯度，求出这个导数。'),
    """def softplus(x):
    ...  # your code: log(1 + exp(x)) at each element of x, finite for any x

ex[9].check(softplus)""", kind='function', book=['3.8.2'],
    what=T('Write the body of softplus above, then run the cell again.',
           '在上面写出softplus的函数体，然后再运行这个单元格。'),
    hints=[T('Try the definition at x = 100: what is `nd.exp(nd.array([100.]))` in float32? For '
             'large x, softplus(x) is almost x: can you take x out of the log?',
             '按定义在x = 100处算一算：float32中`nd.exp(nd.array([100.]))`是多少？x很大时softplus(x)几乎等于x：'
             '能把x从对数里提出来吗？'),
           T('log(1 + exp(x)) = max(x, 0) + log(1 + exp(−|x|)): the exp is now at most 1. In code, '
             '`nd.maximum(x, 0) + nd.log(1 + nd.exp(-nd.abs(x)))`. Its derivative is the sigmoid.',
             'log(1 + exp(x)) = max(x, 0) + log(1 + exp(−|x|))：现在exp的值至多为1。代码为'
             '`nd.maximum(x, 0) + nd.log(1 + nd.exp(-nd.abs(x)))`。它的导数就是sigmoid函数。')],
    explanation=T(
        'log(1 + exp(x)) = max(x, 0) + log(1 + exp(−|x|)): the exponent is never positive, so '
        'nothing overflows; at x = 100 the definition as written gives log(inf) = inf, this form '
        '100. Softplus is a smooth ReLU: close to 0 for very negative x, close to x for large x, '
        'and its derivative, which the check finds with autograd through the code, is the sigmoid: the '
        'functions of this lesson are relatives. MXNet has several others built in: '
        "`nd.LeakyReLU(x, act_type='leaky', slope=0.1)`, `act_type='elu'`, and `nd.Activation` with "
        "'relu', 'sigmoid', 'tanh', 'softrelu', 'softsign'; Gluon's `Dense(activation=...)` takes "
        'the same names.',
        'log(1 + exp(x)) = max(x, 0) + log(1 + exp(−|x|))：指数永远不为正，所以不会上溢；在x = 100处，按定义'
        '直接写会得到log(inf) = inf，这个形式则给出100。softplus是光滑版的ReLU：x取很大的负值时接近0，x很大时接近x；'
        '它的导数（检查对代码自动求梯度得到）就是sigmoid函数：本节的这几个函数彼此相关。MXNet还内置了另外几个：'
        "`nd.LeakyReLU(x, act_type='leaky', slope=0.1)`、`act_type='elu'`，以及`nd.Activation`的"
        "'relu'、'sigmoid'、'tanh'、'softrelu'、'softsign'；Gluon的`Dense(activation=...)`接受同样的名字。"))


@ex9.solves
def softplus(x):
    return nd.maximum(x, 0) + nd.log(1 + nd.exp(-nd.abs(x)))  # exp of a number <= 0: no overflow


@ex9.checks
def _(answer):
    f = expect_function(answer, 'softplus')
    rng = np.random.RandomState(9)
    x = nd.array(rng.uniform(-8, 8, size=(4, 25)))
    got = expect_ndarray(call(f, x, when=T('given a 4 x 25 batch', '输入一个4 x 25的批量')), 'softplus(x)',
                         shape=x.shape)
    gap = nd.abs(got - nd.Activation(x, act_type='softrelu')).max().asscalar()
    if not gap < 1e-4:
        raise Wrong(f'For ordinary inputs (in [-8, 8]) softplus(x) differs from MXNet\'s '
                    f"nd.Activation(x, act_type='softrelu') by up to {gap:.3g}.",
                    f"对普通的输入（在[-8, 8]之内），softplus(x)与MXNet的nd.Activation(x, act_type='softrelu')"
                    f'最多相差{gap:.3g}。')
    far = nd.array([-1000., -100., 100., 1000.])
    got = expect_ndarray(call(f, far, when=T('given [-1000, -100, 100, 1000]', '输入[-1000, -100, 100, 1000]')),
                         'softplus(x)', shape=far.shape).asnumpy()
    if not np.isfinite(got).all():
        raise Wrong(f'softplus(nd.array([-1000., -100., 100., 1000.])) gives {got.tolist()}: not finite.',
                    f'softplus(nd.array([-1000., -100., 100., 1000.]))给出{got.tolist()}：不是有限值。')
    exact = np.logaddexp(0, far.asnumpy().astype(np.float64))
    if np.abs(got - exact).max() > 1e-3 * np.abs(exact).max():
        raise Wrong(f'softplus(nd.array([-1000., -100., 100., 1000.])) gives {got.tolist()}: finite, but '
                    'not log(1 + exp(x)) of those inputs.',
                    f'softplus(nd.array([-1000., -100., 100., 1000.]))给出{got.tolist()}：是有限值，'
                    '但不是这些输入的log(1 + exp(x))。')
    x = nd.array(rng.uniform(0.1, 8, size=20) * rng.choice([-1, 1], size=20))  # not at 0, where max kinks
    try:
        slope = _autograd_of(f, x)
    except Exception:
        slope = None
    if slope is None or not nd.abs(slope - nd.sigmoid(x)).max().asscalar() < 1e-4:
        raise Wrong('Its values are right, but autograd cannot differentiate it: '
                    + ('it fails' if slope is None else 'the gradient it finds is not the derivative') +
                    '. Is part of it computed outside MXNet (numpy, Python floats)? An activation '
                    'function must let the gradient through.',
                    '它的值是对的，但自动求梯度无法对它求导：' + ('求导时出错' if slope is None else
                                                      '求出的梯度不是它的导数') +
                    '。是不是有一部分是在MXNet之外（用numpy或Python的浮点数）计算的？激活函数必须让梯度能够传过去。')


@ex9.wrong('the definition as it is: log(1 + exp(x)) is inf at x = 100')
def _():
    return lambda x: nd.log(1 + nd.exp(x))


@ex9.wrong('max(x, 0) + log(1 + exp(-x)): -x instead of -|x|, inf at x = -100')
def _():
    return lambda x: nd.maximum(x, 0) + nd.log(1 + nd.exp(-x))


@ex9.wrong('ReLU itself: not smooth')
def _():
    return lambda x: nd.relu(x)


@ex9.wrong('computed in numpy: right values, but autograd cannot see them')
def _():
    return lambda x: nd.array(np.logaddexp(0, x.asnumpy()))
