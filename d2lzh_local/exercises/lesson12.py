"""Lesson 12, numerical stability and model initialization: the exercises."""
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

from . import T, Unusable, Wrong, call, lesson, quiet
from .answers import expect_function, kind

EXERCISES, exercise = lesson()



# --- what the solutions share: the lesson's data, network and measurements ----------------------

def _lesson_data(n_train=6000):
    """The lesson's iterators: the first n_train training images, in mini-batches of 256, and
    the test set."""
    from .. import data
    train_images, train_labels = data.read_fashion_mnist(train=True)
    test_images, test_labels = data.read_fashion_mnist(train=False)
    return (data.FashionMNISTIter(train_images[:n_train], train_labels[:n_train], 256,
                                  shuffle=True),
            data.FashionMNISTIter(test_images, test_labels, 256))


def _train(net, train_iter, epochs=10, lr=0.5):
    """Mini-batch SGD on the softmax cross-entropy, as train_mlp trains (without its plot)."""
    loss = gloss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
    for _ in range(epochs):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(X.shape[0])
    return net


def _mlp(initializer=None, num_hiddens=16, hidden=None, output=None):
    """The lesson's MLP: num_hiddens sigmoid hidden units, 10 outputs; hidden and output: the
    keyword arguments of each Dense layer (its own initializers)."""
    net = nn.Sequential()
    net.add(nn.Dense(num_hiddens, activation='sigmoid', **(hidden or {})),
            nn.Dense(10, **(output or {})))
    net.initialize(initializer) if initializer is not None else net.initialize()
    return net


def _unit_spread(net):
    """The lesson's unit_spread: the largest spread of the hidden units' weights, pixel by pixel."""
    W = net[0].weight.data()
    return (W.max(axis=0) - W.min(axis=0)).max().asscalar()




# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('Two hidden units swapped', '交换两个隐藏单元'),
    T('Some say that random initialization (随机初始化) is there to "break the symmetry" '
      '(对称性). What is symmetric? Take the lesson\'s network: 16 sigmoid hidden units, '
      '10 outputs, with Gluon\'s parameters `W1 = net[0].weight.data()` (16 x 784), `b1 = '
      'net[0].bias.data()` (16) and `W2 = net[1].weight.data()` (10 x 16). Write '
      '`swap_hidden_units(W1, b1, W2, i, j)`: it returns the three arrays, new ones, of the '
      'network in which hidden units `i` and `j` have traded places, everything that belongs to '
      'one now belonging to the other. The check tests that the network still computes the same '
      'outputs: that is the symmetry.',
      '有人说随机初始化（random initialization）是为了“打破对称性”（symmetry）。这里什么是对称的？以本节的网络为例：'
      '它含16个sigmoid隐藏单元和10个输出，在Gluon中的参数为`W1 = net[0].weight.data()`（16 x 784）、'
      '`b1 = net[0].bias.data()`（16）和`W2 = net[1].weight.data()`（10 x 16）。写出'
      '`swap_hidden_units(W1, b1, W2, i, j)`：返回隐藏单元`i`和`j`互换位置后网络的三个数组（新建的数组），'
      '原来属于其中一个单元的一切，现在都属于另一个。检查会验证网络的输出仍然不变：这就是对称性。'),
    """def swap_hidden_units(W1, b1, W2, i, j):
    ...  # your code: new W1, b1, W2 with hidden units i and j traded

ex[1].check(swap_hidden_units)""", kind='function', book=['3.15.1'],
    what=T('Write the body of swap_hidden_units above, then run the cell again.',
           '在上面写出swap_hidden_units的函数体，然后再运行这个单元格。'),
    hints=[T('Which parts of each array belong to hidden unit $k$? In $\\mathbf{W}_1$, its '
             'incoming weights; in $\\mathbf{b}_1$, its bias; in $\\mathbf{W}_2$, the weights of '
             'its value in each of the 10 outputs. Gluon stores a `Dense` layer\'s weight as '
             '(outputs, inputs).',
             '每个数组中哪些部分属于隐藏单元$k$？在$\\mathbf{W}_1$中是它的输入权重；在$\\mathbf{b}_1$中是'
             '它的偏差；在$\\mathbf{W}_2$中是10个输出里与它的值相乘的那些权重。Gluon把`Dense`层的权重存成'
             '（输出个数, 输入个数）的形状。'),
           T('Unit $k$ is row $k$ of `W1`, entry $k$ of `b1` and column $k$ of `W2`. With '
             '`order = list(range(16)); order[i], order[j] = j, i; order = nd.array(order)`: '
             '`nd.take(W1, order, axis=0)`, `nd.take(b1, order)`, `nd.take(W2, order, axis=1)`.',
             '单元$k$是`W1`的第$k$行、`b1`的第$k$个元素和`W2`的第$k$列。令`order = '
             'list(range(16)); order[i], order[j] = j, i; order = nd.array(order)`，则`nd.take(W1, '
             'order, axis=0)`、`nd.take(b1, order)`、`nd.take(W2, order, axis=1)`。')],
    explanation=T(
        'A hidden unit is row $k$ of $\\mathbf{W}_1$, entry $k$ of $\\mathbf{b}_1$ and column $k$ '
        'of $\\mathbf{W}_2$; moving all three to place $j$, and unit $j$ to place $k$, only '
        'reorders the terms of the sums the output layer computes, so the network is the same '
        'function. With 16 units there are $16! \\approx 2 \\times 10^{13}$ such orders, all '
        'equally good: nothing in the loss prefers one unit\'s role over another\'s. The '
        'symmetry that random initialization breaks is this one: if two units start with the '
        'same parameters, swapping them changes nothing, so they get the same gradients, take '
        'the same steps and stay equal for ever, as the top row of the lesson\'s picture shows '
        '(exercise 2 asks what does break it).',
        '隐藏单元就是$\\mathbf{W}_1$的第$k$行、$\\mathbf{b}_1$的第$k$个元素和$\\mathbf{W}_2$的第$k$列；'
        '把这三部分都移到位置$j$，再把单元$j$移到位置$k$，只是调换了输出层所求的和中各项的顺序，所以网络仍是同一个'
        '函数。16个单元共有$16! \\approx 2 \\times 10^{13}$种这样的排列，它们都一样好：损失函数并不偏向让哪个单元'
        '担任哪个角色。随机初始化打破的正是这种对称性：如果两个单元的参数初始值相同，交换它们不会带来任何变化，'
        '所以它们得到相同的梯度，每步更新也相同，从而永远相等，正如本节那张图的上面一行所示（什么能打破它，见练习2）。'))


@ex1.solves
def swap_hidden_units(W1, b1, W2, i, j):
    order = list(range(W1.shape[0]))
    order[i], order[j] = j, i  # unit i takes unit j's place, and j takes i's
    order = nd.array(order)
    return (nd.take(W1, order, axis=0),  # a hidden unit's incoming weights: a row of W1
            nd.take(b1, order),          # its bias
            nd.take(W2, order, axis=1))  # its weights in the outputs: a column of W2


def _outputs(W1, b1, W2, b2, X):
    return nd.dot(nd.sigmoid(nd.dot(X, W1.T) + b1), W2.T) + b2


def _as_array(value, what, shape):
    if isinstance(value, np.ndarray):
        value = nd.array(value)
    if not isinstance(value, nd.NDArray):
        raise Unusable(f'{what} should be an NDArray; it is {kind(value)}.',
                       f'{what}应为一个NDArray；它是{kind(value, "zh")}。')
    if value.shape != shape:
        raise Unusable(f'{what} has shape {value.shape}; the array given had shape {shape}.',
                       f'{what}的形状为{value.shape}；传入的数组形状为{shape}。')
    return value.asnumpy()


@ex1.checks
def _(answer):
    f = expect_function(answer, 'swap_hidden_units')
    rng = np.random.RandomState(1)
    W1, b1 = rng.normal(scale=0.1, size=(16, 784)), rng.normal(size=16)
    W2, b2 = rng.normal(size=(10, 16)), rng.normal(size=10)
    X = nd.array(rng.uniform(size=(8, 784)))
    before = _outputs(*(nd.array(a) for a in (W1, b1, W2, b2)), X).asnumpy()
    for i, j in ((3, 7), (15, 0)):
        got = call(f, nd.array(W1), nd.array(b1), nd.array(W2), i, j,
                   when=T(f'asked to swap units {i} and {j}', f'交换单元{i}和{j}'))
        if not isinstance(got, (tuple, list)) or len(got) != 3:
            raise Unusable('swap_hidden_units should return the three arrays W1, b1, W2; it '
                           f'returns {kind(got)}.',
                           f'swap_hidden_units应返回三个数组W1, b1, W2；它返回的是{kind(got, "zh")}。')
        new = [_as_array(a, name, shape) for a, name, shape in
               zip(got, ('W1', 'b1', 'W2'), (W1.shape, b1.shape, W2.shape))]
        after = _outputs(*(nd.array(a) for a in new), nd.array(b2), X).asnumpy()
        order = list(range(16))
        order[i], order[j] = j, i
        swapped = [np.allclose(new[0], W1[order]), np.allclose(new[1], b1[order]),
                   np.allclose(new[2], W2[:, order])]
        if np.abs(after - before).max() > 1e-4:
            done = _what_changed(new, W1, b1, W2, order)
            raise Wrong(f'Swapping units {i} and {j} changes the network\'s outputs (by up to '
                        f'{np.abs(after - before).max():.3g}): {done["en"]}. Everything that '
                        'belongs to a hidden unit must move with it.',
                        f'交换单元{i}和{j}后，网络的输出变了（最多变化{np.abs(after - before).max():.3g}）：'
                        f'{done["zh"]}。属于一个隐藏单元的一切都必须随它一起移动。')
        if not all(swapped):
            done = _what_changed(new, W1, b1, W2, order)
            raise Wrong(f'The outputs are the same, but units {i} and {j} have not traded places: '
                        f'{done["en"]}.', f'输出相同，但单元{i}和{j}没有互换位置：{done["zh"]}。')


def _what_changed(new, W1, b1, W2, order):
    """What the learner's function did to each array, in words."""
    parts_en, parts_zh = [], []
    for name, old, got, moved in (('W1', W1, new[0], W1[order]), ('b1', b1, new[1], b1[order]),
                                  ('W2', W2, new[2], W2[:, order])):
        if np.allclose(got, moved):
            parts_en.append(f"{name}: the two units' parts swapped")
            parts_zh.append(f'{name}：两个单元对应的部分已交换')
        elif np.allclose(got, old):
            parts_en.append(f'{name}: unchanged')
            parts_zh.append(f'{name}：未改变')
        elif name == 'W2' and max(order[:10]) < 10 and np.allclose(got, W2[order[:10]]):
            parts_en.append('W2: two of its rows (outputs) swapped')
            parts_zh.append('W2：交换了它的两行（输出）')
        else:
            parts_en.append(f'{name}: changed otherwise')
            parts_zh.append(f'{name}：以其他方式改变了')
    return T('; '.join(parts_en), '；'.join(parts_zh))


@ex1.wrong('only the rows of W1 swapped')
def _():
    return lambda W1, b1, W2, i, j: (swap_hidden_units(W1, b1, W2, i, j)[0], b1, W2)


@ex1.wrong('W1 and b1 swapped, but the rows of W2 instead of its columns')
def _():
    def f(W1, b1, W2, i, j):
        new_W1, new_b1, _ = swap_hidden_units(W1, b1, W2, i, j)
        order = list(range(W2.shape[0]))
        if i < len(order) and j < len(order):
            order[i], order[j] = j, i
        return new_W1, new_b1, nd.take(W2, nd.array(order), axis=0)
    return f


@ex1.wrong('W1 and W2 swapped, b1 forgotten')
def _():
    def f(W1, b1, W2, i, j):
        new_W1, _, new_W2 = swap_hidden_units(W1, b1, W2, i, j)
        return new_W1, b1, new_W2
    return f


@ex1.wrong('nothing swapped: the same network, but no trade')
def _():
    return lambda W1, b1, W2, i, j: (W1.copy(), b1.copy(), W2.copy())


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('What breaks the symmetry', '什么能打破对称性'),
    T('In the lesson all 16 hidden units started with the same weights, 0.01, and stayed equal to '
      'the last bit. What would keep them from ever becoming different, and what would not? '
      'Which one of these changes, everything else as in the lesson, lets them become '
      'different?\n\n(a) training three times longer, 30 epochs &nbsp; (b) a learning rate ten '
      'times larger, 5 &nbsp; (c) the hidden layer\'s biases drawn at random, `nn.Dense(16, '
      'activation=\'sigmoid\', bias_initializer=init.Normal(0.5))`, the weights still all 0.01 '
      '&nbsp; (d) every weight 0.5 instead of 0.01',
      '在本节中，16个隐藏单元的权重一开始都是0.01，之后一直完全相等，连最后一位都相同。什么会让它们永远无法变得不同，'
      '什么不会？其他一切都与本节相同，下面哪一项改动能让它们变得不同？\n\n'
      '(a) 训练时间延长到三倍，即30个迭代周期 &nbsp; (b) 学习率增大到十倍，即5 &nbsp; '
      '(c) 随机初始化隐藏层的偏差，即`nn.Dense(16, activation=\'sigmoid\', bias_initializer=init.Normal(0.5))`，'
      '权重仍都为0.01 &nbsp; (d) 所有权重都取0.5而不是0.01'),
    book=['3.15.1'], solution_seconds=3,
    hints=[T('Two units stay equal as long as every step treats them alike: same value in the '
             'forward pass, same gradient in the backward pass. Which change gives two units '
             'something that tells them apart?',
             '只要每一步都同样地对待两个单元，它们就保持相等：正向传播中的值相同，反向传播中的梯度相同。哪一项改动'
             '让两个单元有了可以区分彼此的东西？'),
           T('Try the options: `train_mlp` builds the network; for (c) give the hidden `Dense` '
             'layer `bias_initializer=init.Normal(0.5)` and call `net.initialize(init.Constant('
             '0.01))`. After training, `unit_spread(net)` is exactly 0 while the units are '
             'equal.',
             '把各选项都试一试：`train_mlp`会构建网络；对于(c)，给隐藏层的`Dense`加上'
             '`bias_initializer=init.Normal(0.5)`，再调用`net.initialize(init.Constant(0.01))`。训练之后，'
             '只要各单元相等，`unit_spread(net)`就恰为0。')],
    explanation=T(
        'Only the random biases tell the units apart: each unit then computes a different value '
        'from the same weights, gets a different gradient, and its weights part from the others\' '
        'at the first step. Training longer, larger steps or another constant leave every unit '
        'as it was relative to the others: each step is the same arithmetic for all 16, so the '
        'spread stays exactly 0. The symmetry is the interchangeability of the hidden units '
        '(exercise 1); an equal start plus a training procedure that treats all units alike '
        'keeps it for ever, and anything that treats them differently (random weights, random '
        'biases, and also the random masks of dropout) breaks it. Random weights are the usual '
        'choice because they also make the units start as different feature detectors.',
        '只有随机的偏差能区分各单元：这时每个单元用相同的权重算出不同的值，得到不同的梯度，第一步之后它的权重就与其他'
        '单元的分开了。训练更长时间、更大的步长或换一个常数，都不会改变各单元之间的关系：每一步对16个单元都是同样的'
        '运算，所以差距始终恰为0。这种对称性就是隐藏单元的可互换性（练习1）；只要初始值相同、训练过程又对所有单元'
        '一视同仁，它就会永远保持；任何区别对待各单元的东西（随机的权重、随机的偏差，还有丢弃法的随机掩码）都能打破它。'
        '通常的选择是随机的权重，因为这样还能让各单元一开始就是不同的特征检测器。'))


@ex2.solves
def what_breaks_the_symmetry():
    train_iter, _ = _lesson_data(n_train=1000)  # the first 1,000 training images: quicker
    constant = init.Constant(0.01)
    nets = {'a': _train(_mlp(constant), train_iter, epochs=30),
            'b': _train(_mlp(constant), train_iter, lr=5),
            'c': _train(_mlp(constant, hidden={'bias_initializer': init.Normal(0.5)}), train_iter),
            'd': _train(_mlp(init.Constant(0.5)), train_iter)}
    for option, net in nets.items():
        print(f"({option}) spread of the hidden units' weights after training: "
              f'{_unit_spread(net):.3g}')
    return next(option for option, net in nets.items() if _unit_spread(net) > 0)


ex2.choice({
    'a': T('However long it trains, each step gives all the units the same gradient: equal units '
           'stay equal, to the last bit.',
           '无论训练多久，每一步都给所有单元相同的梯度：相等的单元会一直保持相等，连最后一位都相同。'),
    'b': T('A larger step is still the same step for every unit: equal units stay equal.',
           '更大的步长对每个单元仍是同样的一步：相等的单元保持相等。'),
    'd': T('Another constant is still one value for all: the units start equal, and stay equal.',
           '换一个常数，仍是所有单元同一个值：各单元一开始相等，之后也保持相等。'),
}, right='c')


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('A constant start without hidden units', '没有隐藏单元时的常数初始值'),
    T('Can all the weights of linear regression or softmax regression be initialised to the same '
      'value? Try it in softmax regression: `nn.Dense(10)` alone, from `init.Constant(0.01)` '
      'and from `init.Normal(sigma=0.01)`, trained as `train_mlp` trains (the first 6,000 '
      'images, learning rate 0.5), a few epochs each. What do you find?\n\n'
      '(a) yes: it trains about as well as from a random start &nbsp; (b) no: the 10 outputs stay '
      'equal for ever, as the hidden units did, and the accuracy stays near 0.10 &nbsp; (c) only '
      'if the value is 0: any other constant keeps the outputs equal &nbsp; (d) only for linear '
      'regression: softmax regression\'s 10 outputs stay equal',
      '是否可以将线性回归或softmax回归中所有的权重参数都初始化为相同值？在softmax回归中试一试：模型只有一个'
      '`nn.Dense(10)`层，分别从`init.Constant(0.01)`和`init.Normal(sigma=0.01)`开始，像`train_mlp`'
      '那样训练（前6,000张图像，学习率0.5），各训练几个迭代周期。你发现了什么？\n\n'
      '(a) 可以：它训练得和从随机初始值开始差不多 &nbsp; (b) 不行：10个输出像隐藏单元那样永远相等，'
      '准确率停留在0.10左右 &nbsp; (c) 只有当这个值为0时才可以：任何其他常数都会让各输出保持相等 &nbsp; '
      '(d) 只对线性回归可以：softmax回归的10个输出会保持相等'),
    book=['3.15.2'], solution_seconds=2,
    hints=[T('The hidden units stayed equal because nothing told them apart. In softmax '
             'regression, what tells output 3 from output 7 in the gradient of their weights?',
             '隐藏单元保持相等，是因为没有任何东西能区分它们。在softmax回归中，输出3和输出7的权重梯度里，是什么把'
             '两者区分开的？'),
           T('The gradient of output $k$\'s weights is $\\sum_i (\\hat{y}_{ik} - y_{ik}) '
             '\\mathbf{x}_i$ over the mini-batch: with equal weights every $\\hat{y}_{ik}$ is '
             '0.1, but $y_{ik}$ is 1 only for the examples of class $k$. Check it: train both '
             'starts with the lesson\'s `train_iter`, and compare their test accuracies and '
             '`unit_spread`-like spreads of the 10 rows of `net[0].weight.data()`.',
             '输出$k$的权重的梯度是在小批量上求和的$\\sum_i (\\hat{y}_{ik} - y_{ik}) \\mathbf{x}_i$：权重相等时每个'
             '$\\hat{y}_{ik}$都是0.1，但$y_{ik}$只对类别$k$的样本为1。验证一下：用本节的`train_iter`'
             '分别从两种初始值训练，比较两者的测试准确率，以及按`unit_spread`的方式计算的`net[0].weight.data()`'
             '中10行之间的差距。')],
    explanation=T(
        'Softmax regression trains from a constant start about as well as from a random one (after '
        '3 epochs at learning rate 0.5 both reach test accuracies of about 0.6 to 0.77 in our '
        'runs, noisy from run to run, sometimes one ahead, sometimes the other). It '
        'has no hidden units, and its 10 outputs are not interchangeable: each is tied to its '
        'own class by the labels. With equal weights every output predicts 0.1, but the gradient '
        'of output $k$\'s weights, $\\sum_i (\\hat{y}_{ik} - y_{ik})\\mathbf{x}_i$, pulls towards '
        'the images of class $k$ only, so the rows of the weight matrix part at the first step. '
        'Linear regression has a single output: there is nothing to be symmetric. Any constant '
        'works, 0 included (the book\'s linear regression starts its bias at 0). The symmetry '
        'problem belongs to hidden units, whose roles nothing but their start distinguishes.',
        'softmax回归从常数初始值开始，训练得和从随机初始值开始差不多（以学习率0.5训练3个迭代周期后，在我们的几次运行中'
        '两者的测试准确率都约为0.6到0.77，每次运行都有波动，有时这个领先，有时那个领先）。'
        '它没有隐藏单元，它的10个输出也不可互换：'
        '每个输出都通过标签对应自己的类别。权重相等时，每个输出都预测0.1，但输出$k$的权重的梯度'
        '$\\sum_i (\\hat{y}_{ik} - y_{ik})\\mathbf{x}_i$只把它拉向类别$k$的图像，'
        '所以权重矩阵的各行在第一步就分开了。'
        '线性回归只有一个输出：根本谈不上对称。任何常数都可以，包括0（书中的线性回归就把偏差初始化为0）。'
        '对称性问题是隐藏单元特有的：除了初始值，没有任何东西能区分它们的角色。'))


@ex3.solves
def softmax_regression_from_a_constant():
    train_iter, test_iter = _lesson_data()
    from ..training import evaluate_accuracy
    accuracy = {}
    for name, initializer in (('constant 0.01', init.Constant(0.01)),
                              ('random N(0, 0.01^2)', init.Normal(sigma=0.01))):
        net = nn.Sequential()
        net.add(nn.Dense(10))  # softmax regression: no hidden layer
        net.initialize(initializer)
        _train(net, train_iter, epochs=3)
        W = net[0].weight.data()  # one row of 784 weights per output
        spread = (W.max(axis=0) - W.min(axis=0)).max().asscalar()
        accuracy[name] = evaluate_accuracy(test_iter, net)
        print(f'{name} start: test accuracy {accuracy[name]:.3f} after 3 epochs; largest '
              f'spread between the outputs\' weights {spread:.3f}')
    trains = accuracy['constant 0.01'] > 0.5  # far from the 0.1 of outputs that stay equal
    return 'a' if trains and spread > 0 else 'b'


ex3.choice({
    'b': T('The outputs are not interchangeable as hidden units are: each has its own class, so '
           'the labels give each its own gradient from the first step on. Train it and look.',
           '输出不像隐藏单元那样可以互换：每个输出都有自己的类别，所以从第一步起，标签就给每个输出各自不同的梯度。'
           '训练一下看看。'),
    'c': T('Try init.Constant(0.01) and init.Zero() side by side: the value of the constant is not '
           'what tells the outputs apart or not.',
           '把init.Constant(0.01)和init.Zero()对比着试一试：各输出能否区分开，并不取决于这个常数的值。'),
    'd': T('Its 10 outputs are tied to different classes by the labels: do they get the same '
           'gradient? Train it and look at the rows of net[0].weight.data().',
           '它的10个输出通过标签对应不同的类别：它们得到的梯度相同吗？'
           '训练一下，看看net[0].weight.data()的各行。'),
}, right='a')


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('One hidden unit', '一个隐藏单元'),
    T('Train `train_mlp` with 1 hidden unit instead of 16, from a random start '
      '(`init.Normal(sigma=0.01)`), and pass what it returns to the check. How does its test '
      'accuracy compare with that of the 16 units started at a constant (`result_const`)? The '
      'check makes sure the run is the one asked for, then shows you its test accuracy.',
      '用`train_mlp`训练只有1个（而不是16个）隐藏单元的网络，从随机初始值（`init.Normal(sigma=0.01)`）开始，'
      '并把它的返回值传给检查。它的测试准确率与从常数初始值开始的16个单元（`result_const`）相比如何？检查会先'
      '确认这次训练符合要求，然后显示它的测试准确率。'),
    """num_hiddens = 1   # train_mlp builds its hidden layer with num_hiddens units
one_unit = ...    # what train_mlp returns, (net, result), from a random start
num_hiddens = 16  # back to the lesson's

ex[4].check(one_unit)""", solution_seconds=4,
    what=T('Set one_unit to what train_mlp returns, then run the cell again.',
           '把one_unit设为train_mlp的返回值，然后再运行这个单元格。'),
    hints=[T('`train_mlp` reads the global `num_hiddens` when it builds the network, so set it '
             'before the call. What did the 16 units started at a constant amount to?',
             '`train_mlp`在构建网络时读取全局变量`num_hiddens`，所以要在调用之前设置它。从常数初始值开始的'
             '16个单元实际上相当于什么？'),
           T('`one_unit = train_mlp(init.Normal(sigma=0.01))` between the two assignments of '
             '`num_hiddens`; then compare `one_unit[1].test_acc[-1]` with '
             '`result_const.test_acc[-1]` and `result_random.test_acc[-1]`.',
             '在两次给`num_hiddens`赋值之间写`one_unit = train_mlp(init.Normal(sigma=0.01))`；然后把'
             '`one_unit[1].test_acc[-1]`与`result_const.test_acc[-1]`和`result_random.test_acc[-1]`比较。')],
    explanation=T(
        'One hidden unit from a random start ends, after 10 epochs, with a test accuracy of '
        'about a fifth to a quarter, close to the 16 units started at a constant (about 0.20 to '
        '0.24 against 0.25 to 0.28 in our runs), far below the 16 random units\' 0.6 to 0.7. That '
        'is the cost of '
        'the symmetry: 16 units that stay equal are one unit, a single number per image, copied '
        '16 times, and no better than a network with one unit. (The 16 copies may even come out '
        'slightly ahead: their 16 equal weights into each output act as one weight 16 times '
        'larger, which learns with larger steps.)',
        '只有一个隐藏单元的网络从随机初始值开始训练10个迭代周期后，测试准确率约为五分之一到四分之一，与从常数初始值'
        '开始的16个单元相近（在我们的几次运行中分别约为0.20到0.24和0.25到0.28），'
        '远低于随机初始化的16个单元的0.6到0.7。这就是'
        '对称性的代价：保持相等的16个单元其实就是一个单元，每张图像只算出一个数，再复制16份，并不比只有一个单元的'
        '网络更好。（这16份副本甚至可能略胜一筹：它们连到每个输出的16个相等权重，作用相当于一个大16倍的权重，'
        '学习时步长也更大。）'))


@ex4.solves
def one_hidden_unit():
    from .. import training
    train_iter, test_iter = _lesson_data()
    net = _mlp(init.Normal(sigma=0.01), num_hiddens=1)
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    with quiet():  # the epochs' lines
        result = training.train_ch3(net, train_iter, test_iter, gloss.SoftmaxCrossEntropyLoss(),
                                    10, 256, trainer=trainer)
    const16 = _train(_mlp(init.Constant(0.01)), train_iter)  # the lesson's constant start
    print(f'1 hidden unit, random start: test accuracy {result.test_acc[-1]:.3f} after 10 epochs')
    print(f'16 hidden units, constant start: test accuracy '
          f'{training.evaluate_accuracy(test_iter, const16):.3f}')
    return Run((net, result))  # the pair train_mlp returns, shown short


class Run(tuple):
    """(net, result), as train_mlp returns them, shown in a line."""

    def __repr__(self):
        return (f'(net with {self[0][0].weight.shape[0]} hidden unit(s), result of '
                f'{len(self[1].test_acc)} epochs, test accuracy {self[1].test_acc[-1]:.3f})')


def _describe_run(answer):
    from ..training import TrainResult
    if not isinstance(answer, (tuple, list)) or len(answer) != 2 or \
            not isinstance(answer[1], TrainResult) or not isinstance(answer[0], nn.Block):
        raise Unusable('Expected what train_mlp returns: the pair (net, result); got '
                       f'{kind(answer, "zh")}.', f'应为train_mlp的返回值，即(net, result)；得到的是'
                       f'{kind(answer, "zh")}。')
    net, result = answer
    try:
        units = net[0].weight.shape[0]
    except Exception:
        raise Unusable('net should be the network train_mlp built (its first layer a Dense '
                       'layer).', 'net应为train_mlp构建的网络（第一层是一个Dense层）。') from None
    return units, result


@ex4.checks
def _(answer):
    units, result = _describe_run(answer)
    if units != 1:
        raise Wrong(f'Its hidden layer has {units} units: set num_hiddens = 1 before calling '
                    'train_mlp.', f'它的隐藏层有{units}个单元：调用train_mlp之前先设置num_hiddens = 1。')
    if len(result.test_acc) != 10:
        raise Wrong(f'It trained for {len(result.test_acc)} epochs: the lesson\'s runs train for 10, '
                    'and the comparison needs the same.',
                    f'它训练了{len(result.test_acc)}个迭代周期：本节每次都训练10个迭代周期，比较时应当相同。')
    if result.train_examples[-1] != 6000:
        raise Wrong(f'Its epochs went over {result.train_examples[-1]} training examples: the '
                    'lesson\'s train_iter holds the first 6,000.',
                    f'它的每个迭代周期用了{result.train_examples[-1]}个训练样本：本节的train_iter只含前6,000个。')
    seen = result.test_seen[-1]
    if seen is None or not seen.is_('test'):
        raise Wrong('Its test accuracy was not measured on exactly the test set: use the '
                    'lesson\'s test_iter.', '它的测试准确率不是恰好在测试集上测得的：请使用本节的test_iter。')
    print(f'Your network with 1 hidden unit: test accuracy {result.test_acc[-1]:.3f} after 10 '
          'epochs. Compare result_const.test_acc[-1] (16 units, constant start) and '
          'result_random.test_acc[-1] (16 units, random start).'
          if _language() != 'zh' else
          f'你的网络只有1个隐藏单元：10个迭代周期后测试准确率为{result.test_acc[-1]:.3f}。可以与'
          'result_const.test_acc[-1]（16个单元，常数初始值）和result_random.test_acc[-1]（16个单元，'
          '随机初始值）比较。')


def _language():
    from ..selfcheck import language
    return language()


def _run_as_given(units, epochs, examples):
    """A network and a TrainResult as train_mlp gives them, for a run made with a mistake."""
    from ..training import TrainResult
    net = _mlp(init.Normal(sigma=0.01), num_hiddens=units)
    result = TrainResult()
    for _ in range(epochs):
        result.add(2.0, 0.25, 0.25, 0.5, examples, None)
    return net, result


@ex4.wrong('16 hidden units from a random start (num_hiddens not changed)')
def _():
    return _run_as_given(16, 10, 6000)


@ex4.wrong('1 hidden unit, but 5 epochs')
def _():
    return _run_as_given(1, 5, 6000)


@ex4.wrong('1 hidden unit, trained on all 60,000 training images')
def _():
    return _run_as_given(1, 10, 60000)


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Random in one layer only', '只有一层随机初始化'),
    T('In the symmetry experiment, start the hidden layer at random but the output layer at a '
      'constant: `nn.Dense(16, activation=\'sigmoid\', weight_initializer=init.Normal(0.01))` '
      'and `nn.Dense(10, weight_initializer=init.Constant(0.01))`. Do the hidden units still '
      'differ after training? And the other way round, the hidden layer at a constant and the '
      'output layer at random?\n\n'
      '(a) they differ in both cases &nbsp; (b) they differ only when the hidden layer starts at '
      'random &nbsp; (c) they differ only when the output layer starts at random &nbsp; (d) they '
      'differ in neither case: both layers must start at random',
      '在对称性实验中，让隐藏层随机初始化，而输出层从常数开始：`nn.Dense(16, activation=\'sigmoid\', '
      'weight_initializer=init.Normal(0.01))`和`nn.Dense(10, weight_initializer=init.Constant(0.01))`。'
      '训练之后，隐藏单元之间还有差别吗？反过来，隐藏层从常数开始而输出层随机初始化呢？\n\n'
      '(a) 两种情况下都有差别 &nbsp; (b) 只有隐藏层随机初始化时才有差别 &nbsp; '
      '(c) 只有输出层随机初始化时才有差别 &nbsp; (d) 两种情况下都没有差别：两层都必须随机初始化'),
    solution_seconds=1,
    hints=[T('In backpropagation hidden unit $j$ receives $\\partial J/\\partial h_j = \\sum_k '
             'w_{kj}\\, \\partial J/\\partial o_k$: which weights decide whether two hidden units '
             'get the same gradient?',
             '在反向传播中，隐藏单元$j$得到$\\partial J/\\partial h_j = \\sum_k w_{kj}\\, \\partial J/\\partial '
             'o_k$：哪些权重决定了两个隐藏单元是否得到相同的梯度？'),
           T('Build both networks with `weight_initializer=` on each `Dense` layer, call '
             '`net.initialize()`, train each for a few epochs on the lesson\'s `train_iter` '
             '(a `gluon.Trainer` and `d2l.train_ch3`, as `train_mlp` does) and look at '
             '`unit_spread(net)`.',
             '为每个`Dense`层指定`weight_initializer=`构建两个网络，调用`net.initialize()`，在本节的'
             '`train_iter`上各训练几个迭代周期（像`train_mlp`那样用`gluon.Trainer`和`d2l.train_ch3`），'
             '再看`unit_spread(net)`。')],
    explanation=T(
        'They differ in both cases. A random hidden layer makes the units different from the '
        'start, and a constant output layer cannot make them equal again: its 10 outputs are '
        'told apart by the labels anyway (exercise 3). A constant hidden layer with a random '
        'output layer starts with 16 equal units, but each unit\'s value reaches the outputs '
        'through its own column of random weights, so in backpropagation each gets its own '
        'gradient, $\\partial J/\\partial h_j = \\sum_k w_{kj}\\, \\partial J/\\partial o_k$, '
        'and the units part at the first step. For the symmetry to hold, the units must be '
        'interchangeable in everything, incoming and outgoing weights alike; one random layer '
        'on either side is enough to break it.',
        '两种情况下都有差别。隐藏层随机初始化时，各单元一开始就不同，常数初始化的输出层也无法让它们重新相等：'
        '它的10个输出反正会被标签区分开（练习3）。隐藏层为常数而输出层随机时，一开始16个单元相等，但每个单元的值'
        '经由它自己那一列随机权重到达输出，所以在反向传播中每个单元都得到各自的梯度$\\partial J/\\partial h_j = '
        '\\sum_k w_{kj}\\, \\partial J/\\partial o_k$，第一步之后它们就分开了。要保持对称性，各单元必须在一切方面'
        '都可以互换，输入权重和输出权重都是如此；只要任何一侧有一层随机初始化，就足以打破它。'))


@ex5.solves
def one_random_layer():
    train_iter, _ = _lesson_data(n_train=1000)  # the first 1,000 training images: quicker
    spread = {}
    for case, hidden, output in (('random hidden, constant output', init.Normal(0.01),
                                  init.Constant(0.01)),
                                 ('constant hidden, random output', init.Constant(0.01),
                                  init.Normal(0.01))):
        net = _mlp(hidden={'weight_initializer': hidden}, output={'weight_initializer': output})
        net(next(iter(train_iter))[0])  # the first batch makes Gluon draw the weights
        before = _unit_spread(net)
        spread[case] = _unit_spread(_train(net, train_iter, epochs=5))
        print(f"{case}: spread of the hidden units' weights {before:.3g} at the start, "
              f'{spread[case]:.3g} after 5 epochs')
    return {(True, True): 'a', (True, False): 'b', (False, True): 'c', (False, False): 'd'}[
        tuple(s > 0 for s in spread.values())]


ex5.choice({
    'b': T('With random output weights, each hidden unit\'s value reaches the outputs through its '
           'own weights, so each gets its own gradient in backpropagation: equal units part at '
           'the first step.', '输出层的权重随机时，每个隐藏单元的值经由各自的权重到达输出，所以在反向传播中每个单元'
           '都得到各自的梯度：相等的单元第一步之后就分开了。'),
    'c': T('Hidden units that start different compute different values on the first image '
           'already; nothing in training makes them equal again.',
           '初始值不同的隐藏单元在第一张图像上就计算出不同的值；训练中没有任何东西能让它们重新相等。'),
    'd': T('Run both and look at unit_spread(net) after training: is it still exactly 0, as it '
           'was after the lesson\'s constant start?',
           '两种都运行一下，看看训练后的unit_spread(net)：它是否仍像本节从常数初始值开始时那样恰为0？'),
}, right='a')


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('A deep perceptron with tanh', '使用tanh的深层感知机'),
    T('In `layer_stds`, use `nd.tanh` as the activation, for the lesson\'s four '
      'initializations. Which keeps the spread best: the one whose ratios, forward (layer 15 / '
      'layer 1) and backward (layer 1 / layer 15), are both closest to 1, that is, whose '
      'worse ratio is the least far from 1? Why is tanh closer to the identity case than ReLU '
      'is?\n\n(a) the default U(-0.07, 0.07) &nbsp; (b) Xavier U(-0.108, 0.108) &nbsp; (c) the '
      'too large U(-0.2, 0.2) &nbsp; (d) He N(0, 2/256)',
      '在`layer_stds`中用`nd.tanh`作为激活函数，对本节的四种初始化各测一次。哪一种最能保持离散程度？即正向'
      '（第15层 / 第1层）和反向（第1层 / 第15层）两个比值都最接近1，也就是两个比值中较差的那个离1最近。'
      '为什么tanh比ReLU更接近恒等映射的情形？\n\n'
      '(a) 默认的U(-0.07, 0.07) &nbsp; (b) Xavier U(-0.108, 0.108) &nbsp; (c) 过大的U(-0.2, 0.2) &nbsp; '
      '(d) He N(0, 2/256)'),
    solution_seconds=2,
    hints=[T('`stds_tanh = {name: layer_stds(initializer, nd.tanh) for name, initializer in '
             'inits.items()}`, then print `fwd[-1] / fwd[0]` and `bwd[0] / bwd[-1]` for each, as '
             'the lesson\'s table does. Look at both columns, not only the forward one.',
             '`stds_tanh = {name: layer_stds(initializer, nd.tanh) for name, initializer in inits.items()}`，'
             '然后像本节的表格那样，为每一种打印`fwd[-1] / fwd[0]`和`bwd[0] / bwd[-1]`。两列都要看，不能只看'
             '正向的那一列。'),
           T('Near 0, $\\tanh(z) \\approx z$ with slope 1, odd and of mean 0, so small signals '
             'pass as through the identity; large ones are squashed towards ±1. The '
             'initialization whose signals stay a little above the small range, where the '
             'squashing balances the growth, keeps the spread best.',
             '在0附近，$\\tanh(z) \\approx z$：斜率为1，是奇函数，均值为0，所以小信号就像经过恒等映射一样通过；'
             '大信号则被压向±1。哪种初始化让信号保持在略高于这个小范围的地方，使压缩恰好抵消增长，它就最能保持离散程度。')],
    explanation=T(
        'He\'s variance $2/n_{in}$ keeps the spread best with tanh: forward the output std stays '
        'within a factor of 2 (tanh\'s squashing balances the larger weights), backward the '
        'gradient grows by well under a factor of 2 over 15 layers. Xavier is second: its signals '
        'start in the range where tanh is the identity, but every layer squashes them a little, '
        'so the spread shrinks slowly, about fivefold over 15 layers forward and '
        'backward, where with ReLU it shrank more than a hundredfold. The default vanishes as in '
        'the identity case, and the too large range holds the forward spread (tanh caps the '
        'outputs at 1) while the gradient grows about fivefold on its way down. tanh is closer to '
        'the identity than ReLU because near 0 it is the identity to first order, slope 1, odd, '
        'of mean 0: it passes small signals on whole, where ReLU cuts half of each signal away. '
        'This is also why libraries give tanh a gain of 5/3, a variance of about $2.8/n_{in}$, '
        'closer to He\'s than to Xavier\'s.',
        '使用tanh时，He初始化的方差$2/n_{in}$最能保持离散程度：正向时输出的标准差变化不超过2倍（tanh的压缩抵消了较大的'
        '权重），反向时梯度经过15层增长远不到2倍。Xavier排第二：它的信号起初处在tanh近似恒等映射的范围内，但每层都'
        '把它们压缩一点，所以离散程度慢慢缩小，经过15层正向和反向都缩小约五倍，而使用ReLU时缩小了一百多倍。'
        '默认初始化像恒等映射的情形一样衰减；过大的范围保持住了正向的离散程度（tanh把输出限制在1以内），但梯度在向下'
        '传播的途中增长了约五倍。tanh比ReLU更接近恒等映射，是因为它在0附近一阶近似就是恒等映射：斜率为1，是奇函数，'
        '均值为0；它把小的信号完整地传下去，而ReLU把每个信号砍掉一半。'
        '这也是各深度学习库把tanh的增益设为5/3（即方差约为'
        '$2.8/n_{in}$）的原因，这个方差更接近He初始化的，而不是Xavier的。'))


def _layer_stds(initializer, activation=None, depth=15, width=256):
    """The lesson's layer_stds: each layer's output std (forward) and its gradient's (backward)."""
    net = nn.Sequential()
    for _ in range(depth):
        net.add(nn.Dense(width))
    net.initialize(initializer)
    X = nd.random.normal(shape=(256, width))
    probes = [nd.zeros((256, width)) for _ in range(depth)]
    for p in probes:
        p.attach_grad()
    outputs = []
    with autograd.record():
        H = X
        for layer, p in zip(net, probes):
            Z = layer(H) + p
            outputs.append(Z)
            H = Z if activation is None else activation(Z)
    H.backward(nd.random.normal(shape=H.shape))
    return (np.array([Z.asnumpy().std() for Z in outputs]),
            np.array([p.grad.asnumpy().std() for p in probes]), net)


@ex6.solves
def tanh_initialization():
    inits = {'a': ('default', init.Uniform()), 'b': ('Xavier', init.Xavier()),
             'c': ('too large', init.Uniform(0.2)),
             'd': ('He', init.MSRAPrelu(factor_type='in', slope=0))}
    worse = {}
    for option, (name, initializer) in inits.items():
        fwd, bwd, _ = _layer_stds(initializer, nd.tanh)
        ratios = fwd[-1] / fwd[0], bwd[0] / bwd[-1]
        worse[option] = max(abs(np.log(r)) for r in ratios)  # how far the worse one is from 1
        print(f'({option}) {name:9}  forward 15 / 1: {ratios[0]:8.3g}   backward 1 / 15: '
              f'{ratios[1]:8.3g}')
    return min(worse, key=worse.get)


ex6.choice({
    'a': T('The default\'s range is too narrow for 256 inputs: the signals become small, tanh is '
           'then the identity, and they vanish as in the identity case.',
           '对256个输入，默认初始化的范围太窄：信号变小后，tanh就相当于恒等映射，于是信号像恒等映射的情形一样衰减。'),
    'b': T('Xavier starts the signals where tanh is the identity, but each layer squashes them a '
           'little: look at its two ratios over 15 layers, and at another initialization\'s.',
           'Xavier让信号从tanh近似恒等映射的范围开始，但每层都把它们压缩一点：看看它经过15层后的两个比值，'
           '再看看另一种初始化的。'),
    'c': T('Forward, tanh caps the outputs at 1, so they cannot explode; but look at the backward '
           'ratio: the gradient grows on its way down.',
           '正向时tanh把输出限制在1以内，所以它们不会爆炸；但看看反向的比值：梯度在向下传播的途中增长了。'),
}, right='d')


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('The weights\' gradients layer by layer', '逐层看权重的梯度'),
    T('Record the standard deviation of every layer\'s weight gradient (`layer.weight.grad()`) in '
      'the linear deep perceptron (no activation). Write `weight_grad_stds(initializer)`: the 15 '
      'standard deviations, layer 1 first, measured as `layer_stds` measures (15 `Dense` layers '
      'of 256, a batch of 256 standard normal inputs, a gradient of standard deviation 1 at the '
      'output). The check runs it under the default initialization and under Xavier. Why is '
      'the weight gradient about the same in every layer, even under the default '
      'initialization, where the outputs and the gradients vanish?',
      '在线性的深层感知机（没有激活函数）中记录每层权重梯度（`layer.weight.grad()`）的标准差。写出'
      '`weight_grad_stds(initializer)`，返回15个标准差，第1层在前，测量方式与`layer_stds`相同（15个各含256个单元的'
      '`Dense`层，输入是一个含256个样本、元素服从标准正态分布的批量，输出处的梯度标准差为1）。检查会分别在默认初始化'
      '和Xavier下运行它。在默认初始化下，输出和梯度都在衰减，为什么权重梯度在每一层仍大致相同？'),
    """def weight_grad_stds(initializer):
    ...  # your code: the std of each of the 15 layers' weight gradients, layer 1 first

ex[7].check(weight_grad_stds)""", kind='function', check_seconds=1,
    what=T('Write the body of weight_grad_stds above, then run the cell again.',
           '在上面写出weight_grad_stds的函数体，然后再运行这个单元格。'),
    hints=[T('Start from `layer_stds`: after `H.backward(...)`, each `Dense` layer of `net` holds '
             'its weight\'s gradient in `layer.weight.grad()`. The probes are not needed.',
             '从`layer_stds`出发：`H.backward(...)`之后，`net`的每个`Dense`层都在'
             '`layer.weight.grad()`中存有其权重的梯度。不需要那些探针数组。'),
           T('Build and initialize the 15 layers as `layer_stds` does, `with autograd.record(): H '
             '= net(X)`, `H.backward(nd.random.normal(shape=H.shape))`, and return '
             '`[layer.weight.grad().asnumpy().std() for layer in net]`. For the why: the weight '
             'gradient of layer $l$ multiplies what reaches it from below by what reaches it from '
             'above.',
             '像`layer_stds`那样构建并初始化这15层，`with autograd.record(): H = net(X)`，'
             '`H.backward(nd.random.normal(shape=H.shape))`，然后返回`[layer.weight.grad().asnumpy().std() '
             'for layer in net]`。至于为什么：第$l$层的权重梯度是从下面到达它的量与从上面到达它的量的乘积。')],
    explanation=T(
        'Layer $l$\'s weight gradient is $\\partial J/\\partial\\mathbf{W}_l = '
        '{\\partial J/\\partial\\mathbf{Z}_l}^\\top \\mathbf{H}_{l-1}$ (Gluon\'s layout), summed over '
        'the 256 examples: the product of the layer\'s input, multiplied by a factor $c$ per layer '
        'on its way up through the $l - 1$ layers below, and of the gradient at its output, '
        'multiplied by the same $c$ per layer on its way down through the $15 - l$ layers above. '
        'Together that is $c^{14}$ for every $l$: under the default, $c \\approx 0.65$ and every '
        'layer\'s weight gradient has a std of about $\\sqrt{256} \\cdot 0.65^{14} \\approx 0.036$; '
        'under Xavier, $c \\approx 1$ and it is about 16, also in every layer. So the vanishing '
        'does not show as a difference between layers: every layer\'s weights get steps of the '
        'same size, all of them some 400 times smaller than under Xavier, while what fades from '
        'layer to layer is the signal, forward and backward. With unequal widths or '
        'non-linearities the layers are no longer alike.',
        '第$l$层的权重梯度为$\\partial J/\\partial\\mathbf{W}_l = {\\partial J/\\partial\\mathbf{Z}_l}^\\top '
        '\\mathbf{H}_{l-1}$（按Gluon的存储方式），对256个样本求和。它是两个量之积：一是该层的输入，它向上经过下面的'
        '$l - 1$层时每层乘以一个因子$c$；二是该层输出处的梯度，它向下经过上面的$15 - l$层时每层同样乘以$c$。'
        '两者合起来，对每个$l$都是$c^{14}$：默认初始化下$c \\approx 0.65$，每层权重梯度的标准差都约为'
        '$\\sqrt{256} \\cdot 0.65^{14} \\approx 0.036$；Xavier下$c \\approx 1$，它约为16，'
        '也是每层都一样。所以衰减并不表现为各层之间的差别：每层权重得到的步长一样大，只是都比Xavier下小了约400倍；'
        '逐层减弱的是信号，正向和反向都是。如果各层宽度不等或者有非线性，各层就不再一样了。'))


@ex7.solves
def weight_grad_stds(initializer):
    net = nn.Sequential()
    for _ in range(15):
        net.add(nn.Dense(256))  # linear layers, as in layer_stds without an activation
    net.initialize(initializer)
    X = nd.random.normal(shape=(256, 256))
    with autograd.record():
        H = net(X)
    H.backward(nd.random.normal(shape=H.shape))  # a gradient of std 1 at the output
    return [layer.weight.grad().asnumpy().std() for layer in net]


_REFERENCE = {}


def _reference_stds(name):
    """The solution's measurement under 'the default' or 'Xavier', made once."""
    if name not in _REFERENCE:
        initializer = init.Uniform() if name == 'the default' else init.Xavier()
        _REFERENCE[name] = np.array(weight_grad_stds(initializer))
    return _REFERENCE[name]


def _stds(value):
    """The learner's 15 standard deviations as a numpy array."""
    if isinstance(value, nd.NDArray):
        value = value.asnumpy()
    try:
        stds = np.asarray(value, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        stds = None
    if stds is None or isinstance(value, (str, bytes)) or stds.size != 15:
        raise Unusable('weight_grad_stds should return 15 numbers, one per layer (a list or an '
                       f'array); it returns {kind(value)}.',
                       f'weight_grad_stds应返回15个数，每层一个（列表或数组）；它返回的是{kind(value, "zh")}。')
    return stds


@ex7.checks
def _(answer):
    f = expect_function(answer, 'weight_grad_stds')
    got = {}
    for name, initializer, weight_std in (('the default', init.Uniform(), 0.07 / np.sqrt(3)),
                                          ('Xavier', init.Xavier(), np.sqrt(2 / 512))):
        name_zh = {'the default': '默认初始化', 'Xavier': 'Xavier'}[name]
        got[name] = _stds(call(f, initializer, when=T(f'given {name}\'s initializer',
                                                      f'传入{name_zh}的初始化器')))
        right = _reference_stds(name)
        if not np.isfinite(got[name]).all() or (got[name] <= 0).any():
            raise Wrong(f'Under {name} it gives numbers that are not positive and finite: '
                        f'{np.round(got[name], 4).tolist()}.',
                        f'在{name_zh}下，它给出的数不全是有限的正数：{np.round(got[name], 4).tolist()}。')
        ratio = got[name] / right
        if (ratio > 0.75).all() and (ratio < 1.33).all():
            continue
        first, last = got[name][0], got[name][-1]
        if max(first, last) / min(first, last) > 3:
            direction = T('fall', '减小') if last < first else T('grow', '增大')
            raise Wrong(f'Under {name} its numbers {direction["en"]} from {first:.3g} at layer 1 to '
                        f'{last:.3g} at layer 15, like the std of the layers\' outputs or of the '
                        'gradients with respect to them: are they the weights\' gradients, '
                        'layer.weight.grad()?',
                        f'在{name_zh}下，它的数从第1层的{first:.3g}{direction["zh"]}到第15层的{last:.3g}，'
                        '就像各层输出的标准差或关于输出的梯度的标准差：它们是权重的梯度layer.weight.grad()吗？')
        if abs(np.median(got[name]) / weight_std - 1) < 0.1:
            raise Wrong(f'Under {name} its numbers are about {np.median(got[name]):.3g}, the std of '
                        'the weights themselves: the gradients are in layer.weight.grad(), not '
                        'layer.weight.data().',
                        f'在{name_zh}下，它的数约为{np.median(got[name]):.3g}，即权重本身的标准差：梯度在'
                        'layer.weight.grad()中，而不在layer.weight.data()中。')
        if name == 'Xavier' and np.allclose(got['Xavier'], got['the default'], rtol=0.25):
            raise Wrong('It gives about the same numbers under Xavier as under the default: does it '
                        'initialize the network with the initializer it is given?',
                        '它在Xavier下给出的数与默认初始化下的差不多：它是用传入的初始化器来初始化网络的吗？')
        raise Wrong(f'Under {name} its numbers are about {np.median(ratio):.3g} times the std of '
                    'the weight gradients measured as layer_stds measures (a batch of 256 '
                    'standard normal inputs, a gradient of std 1 at the output).',
                    f'在{name_zh}下，它的数约为参考值的{np.median(ratio):.3g}倍；参考值是按layer_stds的方式（输入一个含256个'
                    '标准正态样本的批量，输出处的梯度标准差为1）测得的权重梯度标准差。')
    en = '; '.join(f'{name}: from {v.min():.3g} to {v.max():.3g}' for name, v in got.items())
    zh = '；'.join(f'{"默认初始化" if name == "the default" else name}：从{v.min():.3g}到{v.max():.3g}'
                  for name, v in got.items())
    print(f'Your weight gradients\' std over the 15 layers: {en}.' if _language() != 'zh' else
          f'你测得的15层权重梯度的标准差：{zh}。')


def _deep_linear(initializer):
    _, _, net = _layer_stds(initializer)
    return net


@ex7.wrong("the std of the layers' outputs, as layer_stds measures forward")
def _():
    return lambda initializer: list(_layer_stds(initializer)[0])


@ex7.wrong('the std of the gradients with respect to the outputs (the probes)')
def _():
    return lambda initializer: list(_layer_stds(initializer)[1])


@ex7.wrong('the std of the weights themselves (.data() instead of .grad())')
def _():
    return lambda initializer: [layer.weight.data().asnumpy().std()
                                for layer in _deep_linear(initializer)]


@ex7.wrong('the initializer ignored: always the default')
def _():
    return lambda initializer: weight_grad_stds(init.Uniform())
