"""Lesson 03, the Fashion-MNIST data set: the exercises."""
import functools
import inspect
import itertools
import numbers
import time
from collections import Counter

import numpy as np
from mxnet import gluon, nd
from mxnet.gluon.data.vision import transforms

import d2lzh_local as d2l

from . import T, Unusable, Wrong, call, lesson, text
from .answers import expect_function, expect_ndarray, is_number, kind

EXERCISES, exercise = lesson()




# --- 1 ------------------------------------------------------------------------------------------

BATCH_SIZES = (1, 64, 1024)

ex1 = exercise(
    T('Timing a pass at three batch sizes', '三种批量大小下遍历一遍的用时'),
    T('The book asks whether a smaller batch size (批量大小), down to 1, slows the reading down. '
      'Measure it: time one pass over the training set with `batch_size` 1, 64 and 1024, each with '
      'its own `d2l.load_data_fashion_mnist(batch_size)` and the loop of the timing cell above '
      '(count the images; `nd.waitall()` before you stop the clock). Keep, for each batch size, the '
      'images read and the seconds: `timings = {1: (n, seconds), 64: (n, seconds), 1024: (n, '
      'seconds)}`. The pass with batch size 1 takes a few seconds.',
      '书中问：减小批量大小（batch size），比如减到1，会影响读取性能吗？我们来实际测一测。分别'
      '取`batch_size`为1、64和1024，各遍历一遍训练集并计时，每种批量大小都用各自'
      '的`d2l.load_data_fashion_mnist(batch_size)`，循环沿用上面计时单元格的写法（统计图像数；停止计时前先调'
      '用`nd.waitall()`）。对每种批量大小，记下读取的图像数和用时，即`timings = {1: (n, seconds), 64: (n, '
      'seconds), 1024: (n, seconds)}`。批量大小为1时，遍历一遍要几秒钟。'),
    """timings = ...  # {1: (images, seconds), 64: (images, seconds), 1024: (images, seconds)}

ex[1].check(timings)""", book=['3.5.1'], solution_seconds=10,
    what=T('Fill timings with your three measurements, then run the cell again.',
           '把三次测量的结果填入timings，然后再运行这个单元格。'),
    hints=[T('The lesson\'s `train_iter` reads batches of 256, whatever you call it with: each '
             'batch size needs an iterator of its own, made with '
             '`d2l.load_data_fashion_mnist(batch_size)`.',
             '无论怎样调用，本节的`train_iter`读取的批量大小始终是256，所以每种批量大小都要'
             '用`d2l.load_data_fashion_mnist(batch_size)`另建一个迭代器。'),
           T('Make the timing cell a function: `def time_a_pass(batch_size):` makes `train_iter, _ = '
             'd2l.load_data_fashion_mnist(batch_size)`, runs the loop (`n += y.shape[0]`), calls '
             '`nd.waitall()` and returns `n, time.time() - start`. Then `timings = {batch_size: '
             'time_a_pass(batch_size) for batch_size in (1, 64, 1024)}`.',
             '把计时单元格改写成一个函数：在`def time_a_pass(batch_size):`中，先执行`train_iter, _ = '
             'd2l.load_data_fashion_mnist(batch_size)`，再运行那个循环（`n += y.shape[0]`），然后调'
             '用`nd.waitall()`，最后返回`n, time.time() - start`。这样就可以写`timings = {batch_size: '
             'time_a_pass(batch_size) for batch_size in (1, 64, 1024)}`。')],
    explanation=T(
        'All three passes read the same 60,000 images, but the pass in batches of 1 takes seconds, '
        'tens of times longer than the passes in batches of 64 or 1024, which take a fraction of a '
        'second. So yes: a small batch size slows the reading down, although not one image more is '
        'read. The next exercise asks why.',
        '三次遍历读取的都是同样的60,000张图像，但批量大小为1时遍历一遍要几秒钟，比批量大小为64或1024时慢几十'
        '倍，后两者都用不了一秒。所以答案是肯定的：批量越小，读取越慢，尽管读取的图像一张也没有多。下一道练习'
        '要问的就是原因。'))



@ex1.solves
def time_passes():
    timings = {}
    for batch_size in (1, 64, 1024):
        train_iter, _ = d2l.load_data_fashion_mnist(batch_size)
        start, n = time.time(), 0
        for X, y in train_iter:
            n += y.shape[0]
        nd.waitall()
        timings[batch_size] = (n, time.time() - start)
        print(f'batch size {batch_size:4}: {n} images in {timings[batch_size][1]:.2f} sec')
    return timings


@ex1.checks
def _(answer):
    if not isinstance(answer, dict) or set(answer) != set(BATCH_SIZES):
        raise Unusable('Expected timings = {1: (n, seconds), 64: (n, seconds), 1024: (n, seconds)}: '
                       f'a dict with the three batch sizes as keys; got {kind(answer)}.',
                       '应为timings = {1: (n, seconds), 64: (n, seconds), 1024: (n, seconds)}：以三种批量大小'
                       f'为键的字典；得到的是{kind(answer, "zh")}。')
    for bs in BATCH_SIZES:
        value = answer[bs]
        if not isinstance(value, (tuple, list)) or len(value) != 2 or not all(map(is_number, value)):
            raise Unusable(f'timings[{bs}] should be a pair (images read, seconds); got {kind(value)}.',
                           f'timings[{bs}]应为一对数（读取的图像数，秒数）；得到的是{kind(value, "zh")}。')
    for bs in BATCH_SIZES:
        n, seconds = answer[bs]
        if seconds == 60000 and n != 60000:
            raise Wrong(f'timings[{bs}] = {answer[bs]}: the images and the seconds seem to be the '
                        'other way round; the pair is (images read, seconds).',
                        f'timings[{bs}] = {answer[bs]}：图像数和秒数似乎颠倒了；这一对数应为（读取的图像数，秒数）。')
        if n == bs:
            raise Wrong(f'timings[{bs}] counts {n} image{"s" if n > 1 else ""}: one batch, not a pass. Is a '
                        '`break` left in '
                        'the loop (the cell that looked at the first batch has one)?',
                        f'timings[{bs}]只数到{n}张图像：这只是一个批量，而不是遍历一遍。循环里是不是还留着'
                        '`break`（查看第一个批量的那个单元格里就有一个）？')
        if n == -(-60000 // bs) and bs > 1:
            raise Wrong(f'timings[{bs}] counts {n}: the number of batches of {bs}, not of images. Add '
                        '`y.shape[0]` for each batch, not 1.',
                        f'timings[{bs}]数到的是{n}：这是大小为{bs}的批量的个数，而不是图像数。每个批量应加上'
                        '`y.shape[0]`，而不是1。')
        if n != 60000:
            raise Wrong(f'timings[{bs}] counts {n} images: a pass reads every training image once.',
                        f'timings[{bs}]数到{n}张图像：遍历一遍应把每张训练图像恰好读取一次。')
        if seconds <= 0:
            raise Wrong(f'timings[{bs}] gives {seconds} seconds: a pass takes some time.',
                        f'timings[{bs}]给出的用时为{seconds}秒：遍历一遍总要花一些时间。')
    t1, t64, t1024 = (answer[bs][1] for bs in BATCH_SIZES)
    if t1 < 3 * max(t64, t1024):
        raise Wrong(f'Your pass in batches of 1 took {t1:.3g} s, not much longer, if at all, than those in '
                    f'batches of 64 ({t64:.3g} s) and 1024 ({t1024:.3g} s): did each pass read from an '
                    'iterator of its own, made with its batch size?',
                    f'批量大小为1的遍历用了{t1:.3g}秒，并不比批量大小为64（{t64:.3g}秒）和1024（{t1024:.3g}'
                    '秒）的长多少，甚至更短：每次遍历是否都使用了按各自批量大小新建的迭代器？')


def _time_a_pass(batch_size, count_batches=False, first_batch_only=False, train_iter=None):
    if train_iter is None:
        train_iter, _ = d2l.load_data_fashion_mnist(batch_size)
    start, n = time.time(), 0
    for X, y in train_iter:
        n += 1 if count_batches else y.shape[0]
        if first_batch_only:
            break
    nd.waitall()
    return n, time.time() - start


@ex1.wrong('the first batch only (a break left in the loop)')
def _():
    return {bs: _time_a_pass(bs, first_batch_only=True) for bs in BATCH_SIZES}


@ex1.wrong('the batches counted, not the images')
def _():
    return {bs: _time_a_pass(bs, count_batches=True) for bs in BATCH_SIZES}


@ex1.wrong("the lesson's train_iter (batches of 256) timed for every batch size")
def _():
    train_iter, _ = d2l.load_data_fashion_mnist(256)
    return {bs: _time_a_pass(bs, train_iter=train_iter) for bs in BATCH_SIZES}


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('Why small batches are slow', '为什么小批量读得慢'),
    T('Your timings show it: the same 60,000 images take far longer to read in batches of 1. '
      'Why?\n\n'
      '(a) with batch size 1 the loader reads more images in a pass &nbsp; '
      '(b) every batch costs a fixed time whatever its size (a step of the Python loop, a call into '
      'MXNet to cut the batch out), and batch size 1 pays it 60,000 times instead of 59 &nbsp; '
      '(c) small batches are read from the disk, large ones from memory &nbsp; '
      '(d) with batch size 1 the random order of the images is drawn anew for every batch',
      '你的计时结果表明，同样的60,000张图像，按大小为1的批量读取要慢得多。为什么？\n\n'
      '(a) 批量大小为1时，读取器遍历一遍读取的图像更多 &nbsp; '
      '(b) 无论批量多大，每个批量都有一份固定开销（走一步Python循环，调用一次MXNet把这个批量切出来），批量大小'
      '为1时这份开销要付60,000次，而不是59次 &nbsp; '
      '(c) 小批量从磁盘读取，大批量从内存读取 &nbsp; '
      '(d) 批量大小为1时，每个批量都要重新生成一次图像的随机顺序'),
    book=['3.5.1'], solution_seconds=3,
    hints=[T('Divide each of your times by the number of batches of its pass (60,000, 938 and 59): '
             'how long does one batch take at each batch size?',
             '把每个用时除以那次遍历的批量个数（60,000、938和59）：每种批量大小下，一个批量要多长时间？'),
           T('A batch of 1 image costs not much less than a batch of 64: most of the time of a batch '
             'does not depend on how many images it holds. Which option says that?',
             '只含1张图像的批量，开销并不比含64张图像的批量少多少：一个批量所花的时间，大部分与它含多少张图像'
             '无关。哪个选项说的是这一点？')],
    explanation=T(
        'A batch of 1 image costs tens of microseconds, not much less than a batch of 64: one step '
        'of the Python loop and one call of MXNet, whatever the size of the batch. Per image, '
        'batches of 1 are tens of times dearer than batches of 64, and a pass pays that fixed cost '
        '60,000 times. From 64 images a batch on, the fixed cost is shared among many images and an '
        'image costs a few microseconds at most, whatever the batch size: what remains is copying '
        'the pixels. Training pays a fixed cost per batch too, in every step of the optimiser: one '
        'reason mini-batches (小批量) of a few hundred examples are the rule.',
        '只含1张图像的批量要花几十微秒，并不比含64张图像的批量少多少：不管批量多大，都要走一步Python循环、调用'
        '一次MXNet。按每张图像平均，批量大小为1的开销是64的几十倍，而遍历一遍要付这份固定开销60,000次。批量大'
        '小达到64之后，固定开销由许多图像分摊，无论批量多大，每张图像至多只需几微秒，剩下的主要是复制像素的时'
        '间。训练时，优化算法的每一步同样有按批量计的固定开销：这也是通常使用含几百个样本的小批量'
        '（mini-batch）的原因之一。'))

@ex2.solves
def cost_of_a_batch():
    iters = {batch_size: d2l.load_data_fashion_mnist(batch_size)[0] for batch_size in (1, 64, 1024)}
    for batch_size, train_iter in iters.items():
        start, batches = time.time(), 0
        for X, y in itertools.islice(train_iter, 1000):  # the first 1,000 batches, at most
            batches += 1
        nd.waitall()
        per_batch = (time.time() - start) / batches
        print(f'batch size {batch_size:4}: {per_batch * 1e6:6.0f} µs a batch, '
              f'{per_batch / batch_size * 1e6:5.1f} µs an image, {len(train_iter):5} batches a pass')
    return 'b'  # a fixed cost per batch, paid 60,000 times a pass in batches of 1


ANSWER_2 = 'b'  # what the solution returns
CHOICES_2 = {
    'a': T('No: your own counts show the same 60,000 images at every batch size; only the number '
           'of batches changes.',
           '不对：你自己的计数表明，每种批量大小下读取的都是同样的60,000张图像，变的只是批量的个数。'),
    'c': T('No: the loader holds the whole data set in memory at every batch size; a pass reads '
           'nothing from the disk.',
           '不对：无论批量大小是多少，读取器都把整个数据集保存在内存中；遍历一遍不从磁盘读取任何东西。'),
    'd': T('No: the order is drawn once per pass, one permutation of the 60,000 images, whatever '
           'the batch size.',
           '不对：无论批量大小是多少，随机顺序在每次遍历时只生成一次，即60,000张图像的一个排列。'),
}


ex2.choice(CHOICES_2, right=ANSWER_2)


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('The shape of a resized batch', '放大后一个批量的形状'),
    T('`d2l.load_data_fashion_mnist(batch_size, resize=56)` enlarges every image to 56 × 56 '
      'pixels. Before you try it, predict the shape of the images `X` of a batch of '
      '`d2l.load_data_fashion_mnist(256, resize=56)`, as a tuple; then look at one.',
      '`d2l.load_data_fashion_mnist(batch_size, resize=56)`把每张图像放大到56 × 56像素。动手之前先预测：'
      '`d2l.load_data_fashion_mnist(256, resize=56)`给出的一个批量中，图像`X`的形状是什么（写成元组）？'
      '然后取一个批量看一看。'),
    """shape = ...  # the shape of X, a tuple such as (2, 3, 4, 5)

ex[3].check(shape)""", solution_seconds=3,
    what=T('Set shape to your prediction, then run the cell again.',
           '把shape设为你预测的形状，然后再运行这个单元格。'),
    hints=[T('Which axes does a batch of the lesson\'s loader have (`X.shape` showed them)? Which of '
             'them can resizing the images change?',
             '本节读取器给出的批量有哪些维（`X.shape`显示过）？放大图像能改变其中的哪几维？'),
           T('A batch is (batch, channel, height, width). Resizing changes the height and the width '
             'to what `resize` says, and nothing else.',
             '一个批量的形状是（批量，通道，高，宽）。放大只把高和宽变成`resize`指定的大小，别的都不变。')],
    explanation=T(
        'The batch still holds 256 images of one grayscale channel, in the layout (batch, channel, '
        'height, width); only height and width are now 56. A batch holds four times as many '
        'numbers, and a model taking these images needs four times as many inputs (3,136 instead '
        'of 784).',
        '这个批量仍然是256张单通道的灰度图像，布局仍是（批量，通道，高，宽），只是高和宽都变成了56。一个批量中'
        '的数值个数是原来的4倍，以这些图像为输入的模型也需要4倍的输入个数（3,136个，而不是784个）。'))


@ex3.solves
def shape_of_a_resized_batch():
    _, test_iter = d2l.load_data_fashion_mnist(256, resize=56)
    X, y = next(iter(test_iter))
    print('X:', X.shape, X.dtype.__name__, '  y:', y.shape)
    return X.shape


def _expect_shape(answer):
    if isinstance(answer, nd.NDArray) or isinstance(answer, np.ndarray):
        raise Unusable(f'Expected the shape of X, `X.shape` (a tuple), not an array; got {kind(answer)}.',
                       f'应为X的形状`X.shape`（一个元组），而不是数组；得到的是{kind(answer, "zh")}。')
    if not isinstance(answer, (tuple, list)):
        raise Unusable(f'Expected a shape: a tuple of whole numbers, such as (2, 3); got {kind(answer)}.',
                       f'应为一个形状：由整数组成的元组，例如(2, 3)；得到的是{kind(answer, "zh")}。')
    if not all(isinstance(d, numbers.Real) and not isinstance(d, bool) and float(d).is_integer() for d in answer):
        raise Unusable(f'Expected a shape, a tuple of whole numbers; {tuple(answer)!r} has other entries.',
                       f'应为一个形状，即由整数组成的元组；{tuple(answer)!r}中含有其他元素。')
    return tuple(int(d) for d in answer)


@ex3.checks
def _(answer):
    shape = _expect_shape(answer)
    if len(shape) == 4 and shape[0] == 256 and shape[3] == 1 and shape[1] == shape[2] != 1:
        raise Wrong(f'{shape} puts the channel last, as Gluon\'s FashionMNIST gives a single image '
                    '(28 × 28 × 1); the loader gives a batch with the channel before height and width.',
                    f'{shape}把通道放在了最后，这是Gluon的FashionMNIST给出单张图像的方式（28 × 28 × 1）；'
                    '读取器给出的批量中，通道在高和宽之前。')
    if len(shape) != 4:
        raise Wrong(f'{shape} has {len(shape)} axes: a batch of the loader has one axis each for the '
                    'images of the batch, the channels, the height and the width.',
                    f'{shape}有{len(shape)}维：读取器给出的批量应有四维，分别对应批量中的图像、通道、高和宽。')
    if shape[0] != 256:
        raise Wrong(f'{shape}: the first axis counts the images of the batch; resizing changes the '
                    'images, not how many a batch holds.',
                    f'{shape}：第一维是批量中图像的个数；放大改变的是图像，而不是一个批量装多少张图像。')
    if shape[1] != 1:
        raise Wrong(f'{shape}: the second axis holds the channels. How many has a grayscale image? '
                    'Resizing does not change them.',
                    f'{shape}：第二维是通道。灰度图像有几个通道？放大不会改变通道数。')
    if shape[2:] == (28, 28):
        raise Wrong(f'{shape} is the shape without resizing: `resize` sets the new height and width.',
                    f'{shape}是不放大时的形状：`resize`指定的是新的高和宽。')
    if shape[2:] != (56, 56):
        raise Wrong(f'{shape}: height and width are what `resize=56` makes them, as the question says.',
                    f'{shape}：高和宽是`resize=56`所指定的大小，题目里已经说了。')


for _shape, _why in (((256, 1, 28, 28), 'the shape before resizing'),
                     ((256, 56, 56, 1), 'the channel last, as a single image of Gluon\'s FashionMNIST'),
                     ((256, 56, 56), 'no channel axis'),
                     ((1, 56, 56), 'one image, not a batch')):
    ex3.wrong(_why)(lambda s=_shape: s)


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('What resizing adds', '放大给图像带来了什么'),
    T('Look at a few images of such a batch beside the same images at 28 × 28 (`test_iter` reads '
      'the test set in the same order every time). What has resizing changed?\n\n'
      '(a) the images show finer details, which the 28 × 28 images had lost &nbsp; '
      '(b) the garment is cropped: only its centre fills the 56 × 56 pixels &nbsp; '
      '(c) each image has four times as many pixels but shows nothing new: the added pixels are '
      'interpolated from their neighbours, so the picture is the same, a little smoother &nbsp; '
      '(d) the pixel values are no longer between 0 and 1',
      '把这样一个批量中的几张图像与对应的28 × 28原图放在一起比较（`test_iter`每次都按同样的顺序读取测试集）。'
      '放大改变了什么？\n\n'
      '(a) 图像显示出更精细的细节，这些细节在28 × 28的图像中丢失了 &nbsp; '
      '(b) 衣物被裁剪了：只有它的中心部分填满56 × 56像素 &nbsp; '
      '(c) 每张图像的像素数是原来的4倍，但没有显示任何新东西：新增的像素是由相邻像素插值得到的，所以画面还是原'
      '来的画面，只是更平滑一些 &nbsp; '
      '(d) 像素值不再介于0和1之间'),
    solution_seconds=3,
    hints=[T('Where would finer details come from? The archives hold 28 × 28 pixels of each image, '
             'and nothing else.',
             '更精细的细节从哪里来？压缩文件中每张图像只有28 × 28个像素，别无其他。'),
           T('Average each 2 × 2 block of a 56 × 56 image (`X.reshape((256, 1, 28, 2, 28, 2)).mean('
             'axis=(3, 5))`) and compare it with the 28 × 28 image: how far apart are they? And '
             'look at `X.min()` and `X.max()`.',
             '把56 × 56图像的每个2 × 2块取平均（`X.reshape((256, 1, 28, 2, 28, 2)).mean(axis=(3, 5))`），'
             '再与28 × 28的图像比较：它们相差多少？再看看`X.min()`和`X.max()`。')],
    explanation=T(
        'Each 56 × 56 image has 3,136 pixels instead of 784, but averaging each 2 × 2 block gives '
        'back the 28 × 28 image up to about 0.03 (on a scale of 0 to 1): the picture is the same, '
        'interpolated between the original pixels (bilinear interpolation), a little smoother. '
        'Nothing is cropped, no new detail appears (the archives hold none), and the pixels stay '
        'between 0 and 1, since each new one is a weighted average of its neighbours. Resizing '
        'serves models built for larger inputs (later chapters of the book resize Fashion-MNIST '
        'to 224 × 224); it gives them no more information.',
        '每张56 × 56的图像有3,136个像素，而不是784个；但把每个2 × 2块取平均，就能还原出28 × 28的原图，误差'
        '约0.03（像素取值范围为0到1）：画面还是原来的画面，只是在原有像素之间做了插值（双线性插值），更平滑一'
        '些。没有任何部分被裁掉，也没有出现新的细节（压缩文件中本来就没有），像素值仍在0和1之间，因为每个新像'
        '素都是相邻像素的加权平均。放大是为了适应为更大输入而设计的模型（书中后面的章节把Fashion-MNIST放大'
        '到224 × 224），它并没有给模型更多的信息。'))

@ex4.solves
def what_resizing_changes():
    _, small_iter = d2l.load_data_fashion_mnist(256)
    _, large_iter = d2l.load_data_fashion_mnist(256, resize=56)
    small, _ = next(iter(small_iter))  # the first 256 test images
    large, _ = next(iter(large_iter))  # the same images, resized
    print('pixels of an image:', small[0].size, '->', large[0].size)
    print('pixel values from', large.min().asscalar(), 'to', large.max().asscalar())
    blocks = large.reshape((256, 1, 28, 2, 28, 2)).mean(axis=(3, 5))  # each 2 x 2 block averaged
    print('mean |2 x 2 block average - 28 x 28 pixel|:', round(nd.abs(blocks - small).mean().asscalar(), 4))
    fig, axes = d2l.plt.subplots(2, 4, figsize=(6, 3))
    for i in range(4):
        axes[0, i].imshow(small[i, 0].asnumpy(), cmap='gray')
        axes[1, i].imshow(large[i, 0].asnumpy(), cmap='gray')
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0, 0].set_ylabel('28 x 28')
    axes[1, 0].set_ylabel('56 x 56')
    d2l.plt.show()
    return 'c'  # the same picture, interpolated: four times the pixels, no new information


ANSWER_4 = 'c'  # what the solution returns
CHOICES_4 = {
    'a': T('No: the archives hold 28 × 28 pixels of each image and nothing finer; resizing can only '
           'interpolate between them, not recover detail.',
           '不对：压缩文件中每张图像只有28 × 28个像素，没有更精细的东西；放大只能在它们之间插值，无法找回细节。'),
    'b': T('No: the whole image is scaled, its edges included: nothing is cut off (compare the '
           'outlines of the garments).',
           '不对：整张图像连同边缘一起被缩放，没有任何部分被裁掉（比较一下衣物的轮廓）。'),
    'd': T('No: each new pixel is a weighted average of neighbouring pixels, so it lies between the '
           'smallest and the largest of them, within [0, 1] (look at `X.min()` and `X.max()`).',
           '不对：每个新像素都是相邻像素的加权平均，所以介于其中最小值和最大值之间，仍在[0, 1]内（看'
           '看`X.min()`和`X.max()`）。'),
}


ex4.choice(CHOICES_4, right=ANSWER_4)


# --- 5 ------------------------------------------------------------------------------------------

NAMES = d2l.get_fashion_mnist_labels(range(10))
NAMES_ZH = dict(zip(NAMES, ['T恤', '裤子', '套衫', '连衣裙', '外套', '凉鞋', '衬衫', '运动鞋', '包', '短靴']))

ex5 = exercise(
    T('Which classes get confused?', '哪些类别容易混淆？'),
    T('Which pairs of classes do you expect a classifier to confuse most? Guess from the pictures '
      'above, before any model is trained: name three pairs, each as two class names spelled as '
      '`d2l.get_fashion_mnist_labels` spells them, e.g. `(\'bag\', \'sandal\')` (the order within a '
      'pair does not matter). The check trains softmax regression (softmax回归), the model of the '
      'next two lessons, counts its mistakes on the test set in either direction, and tells you '
      'whether each of your pairs is among the four it confuses most. (Lesson 04 counts the same '
      'mistakes at its end.)',
      "你预计分类器最容易混淆哪几对类别？在训练任何模型之前，先根据上面的图片猜一猜：写出三对类别，每对是两个"
      "类别名称，拼写与`d2l.get_fashion_mnist_labels`给出的一致，例如`('bag', 'sandal')`（一对中的先后顺序无关"
      "紧要）。检查会训练一个softmax回归（softmax regression）模型，即接下来两节的模型，统计它在测试集上的错误"
      "（两个方向都计入），并告诉你所写的每一对是否在它最容易混淆的四对之中。（第04节末尾统计的也是这些错"
      "误。）"),
    """pairs = ...  # three pairs of class names, e.g. [('bag', 'sandal'), (..., ...), (..., ...)]

ex[5].check(pairs)""", check_seconds=4, solution_seconds=4,
    what=T('Set pairs to your three guesses, then run the cell again.',
           '把pairs设为你猜的三对类别，然后再运行这个单元格。'),
    hints=[T('Look again at the grid of the first six images of each class: which classes share an '
             'outline, so that at 28 × 28 pixels only small details tell them apart?',
             '再看一看每个类别前六张图像的那幅网格图：哪些类别轮廓相同，在28 × 28像素下只能靠细微之处区分？'),
           T('The lesson names four classes that look alike: t-shirts, pullovers, coats and shirts, '
             'all tops. Which pairs of them differ least in outline, for example in sleeves?',
             '本节指出有四个类别看起来很像：T恤、套衫、外套和衬衫，都是上衣。其中哪几对的轮廓（比如袖子）差别'
             '最小？')],
    explanation=T(
        'A linear model that sees only pixel intensities mixes up the tops: pullover and coat, '
        't-shirt and shirt, pullover and shirt, coat and shirt are the four pairs it confuses most, '
        'roughly 200 to 300 times each in the 10,000 test images; the shoes (sandal, sneaker, ankle '
        'boot) and dress with t-shirt or shirt come next, less often. The shirt is in three of the '
        'four pairs: it shares its outline with every other top, and it is the class the model gets '
        'wrong most often. Lesson 04 counts the same mistakes for the model it trains.',
        '只看像素强度的线性模型会把上衣搞混：套衫与外套、T恤与衬衫、套衫与衬衫、外套与衬衫是它最容易混淆的四'
        '对，在10,000张测试图像中每对大约错200到300次；其次是鞋类（凉鞋、运动鞋、短靴）之间，以及连衣裙与T恤或'
        '衬衫之间，次数少一些。四对之中有三对都有衬衫：它的轮廓与其他每种上衣都相同，也是模型分错最多的类别。'
        '第04节会对它训练的模型统计同样的错误。'))


@functools.cache
def _confusions():
    """{(true class, predicted class): test images} for softmax regression trained for 2 epochs
    as in lesson 05, from zero weights and in the archive's order: the same counts every time, and
    no random numbers drawn from the learner's generators."""
    from mxnet import autograd, init
    from mxnet.gluon import loss as gloss, nn
    train_iter = d2l.FashionMNISTIter(*d2l.read_fashion_mnist(train=True), 256)
    test_iter = d2l.FashionMNISTIter(*d2l.read_fashion_mnist(train=False), 256)
    net = nn.Dense(10)
    net.initialize(init.Zero())  # softmax regression needs no random start
    loss = gloss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
    for _epoch in range(2):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(256)
    counts = Counter()
    for X, y in test_iter:
        preds = net(X).argmax(axis=1).asnumpy().astype(int)
        for true, pred in zip(y.asnumpy(), preds):
            if true != pred:
                counts[int(true), int(pred)] += 1
    return counts


def confusions_of_a_trained_model():
    """{(true class, predicted class): test images} for softmax regression after 2 epochs."""
    return Counter(_confusions())


@ex5.solves
def most_confused_pairs():
    counts = confusions_of_a_trained_model()  # {(true, predicted): test images}, as lesson 04 counts
    pairs = Counter()
    for (true, pred), count in counts.items():
        pairs[tuple(sorted(d2l.get_fashion_mnist_labels([true, pred])))] += count  # either direction
    for (a, b), count in pairs.most_common(8):
        print(f'{count:4d}  {a} / {b}')
    return [pair for pair, _ in pairs.most_common(3)]


_SPELLINGS = {'tshirt': 't-shirt', 't shirt': 't-shirt', 'ankle-boot': 'ankle boot', 'ankleboot': 'ankle boot',
              'ankle_boot': 'ankle boot', 'trousers': 'trouser'}


def _class_name(name):
    if not isinstance(name, str):
        raise Unusable(f'A class is named by a str, such as \'bag\'; got {kind(name)}.',
                       f'类别应以字符串命名，例如\'bag\'；得到的是{kind(name, "zh")}。')
    clean = name.strip().lower()
    clean = _SPELLINGS.get(clean, clean)
    if clean not in NAMES:
        listed = ', '.join(f"'{n}'" for n in NAMES)
        raise Unusable(f'{name!r} is not one of the ten classes: {listed}.',
                       f'{name!r}不是十个类别之一：{listed}。')
    return clean


@ex5.checks
def _(answer):
    if not isinstance(answer, (list, tuple, set)) or len(answer) != 3 or not all(
            isinstance(p, (list, tuple)) and len(p) == 2 for p in answer):
        raise Unusable('Expected three pairs of class names, such as [(\'bag\', \'sandal\'), (..., ...), '
                       f'(..., ...)]; got {kind(answer)}' + (f' of {len(answer)}' if isinstance(
                           answer, (list, tuple, set)) else '') + '.',
                       '应为三对类别名称，例如[(\'bag\', \'sandal\'), (..., ...), (..., ...)]；得到的是'
                       f'{kind(answer, "zh")}' + (f'（{len(answer)}项）' if isinstance(
                           answer, (list, tuple, set)) else '') + '。')
    pairs = [tuple(_class_name(name) for name in pair) for pair in answer]
    for a, b in pairs:
        if a == b:
            raise Wrong(f'({a!r}, {b!r}): a class is not confused with itself; a pair names two classes.',
                        f'({a!r}, {b!r})：一个类别不会与它自己混淆；一对应包含两个不同的类别。')
    if len({frozenset(p) for p in pairs}) < 3:
        raise Wrong('Two of your pairs are the same pair: name three different ones.',
                    '你写的有两对是同一对：请写出三对不同的类别。')
    counts = Counter()
    for (true, pred), count in _confusions().items():
        counts[frozenset((NAMES[true], NAMES[pred]))] += count
    top = counts.most_common(4)
    most = {pair for pair, _ in top}
    low, high = top[-1][1], top[0][1]
    for a, b in pairs:
        if frozenset((a, b)) not in most:
            n = counts[frozenset((a, b))]
            raise Wrong(f'The model confuses {a} and {b} {n} times (in either direction, of 10,000 test '
                        f'images): fewer than each of the four pairs it confuses most ({low} to {high} '
                        'times each).',
                        f'模型把{NAMES_ZH[a]}（{a}）和{NAMES_ZH[b]}（{b}）混淆了{n}次'
                        '（两个方向合计，共10,000张测试图像）：少于它最容易混淆的'
                        f'四对中的每一对（每对{low}到{high}次）。')
    print(text(T('Mistakes in either direction: ', '两个方向合计的错误数：')) + ', '.join(
        f'{a} / {b}: {counts[frozenset((a, b))]}' for a, b in pairs))


for _pairs, _why in (([('sneaker', 'ankle boot'), ('sandal', 'sneaker'), ('t-shirt', 'shirt')],
                      'shoes: confused, but far less than the tops'),
                     ([('t-shirt', 'shirt'), ('pullover', 'coat'), ('t-shirt', 'dress')],
                      'dress with t-shirt, fifth or later'),
                     ([('shirt', 'shirt'), ('pullover', 'coat'), ('t-shirt', 'shirt')],
                      'a class paired with itself')):
    ex5.wrong(_why)(lambda p=_pairs: p)


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('Worker processes', '工作进程'),
    T('The book read Fashion-MNIST with Gluon\'s `gluon.data.DataLoader`, which converts every image '
      'on its own (the `ToTensor` transform), and asks how its `num_workers`, the number of worker '
      'processes (进程) sharing that work, changes the reading speed. Try it: time a `DataLoader` '
      'over 2,000 test images with `num_workers=0` and with `num_workers=2`, and our loader over the '
      'same images (`ex[6].hint()` shows how to make the `DataLoader`; on Windows worker processes '
      'start slowly, and may need the code in a file rather than in the notebook). Then: why does '
      '`d2l.load_data_fashion_mnist` have no `num_workers` at all?\n\n'
      '(a) it converts all the images to `float32` once, when it is made, and cuts each batch out of '
      'that one array: no work per image is left to share among processes &nbsp; '
      '(b) MXNet can use only one processor core, so more processes would not help &nbsp; '
      '(c) it reads the archives from the disk on every pass, and the disk, not the processor, is '
      'the bottleneck &nbsp; '
      '(d) Fashion-MNIST is so small that any loader reads it in well under a second',
      '书中用Gluon的`gluon.data.DataLoader`读取Fashion-MNIST，它对每张图像单独做转换（`ToTensor`变换）；书中'
      '问，它的`num_workers`，即分担这项工作的工作进程（worker process）的个数，会如何影响读取速度。试一试：'
      '在2,000张测试图像上，分别对`num_workers=0`和`num_workers=2`的`DataLoader`计时，再用我们的读取器读取同样'
      '这些图像并计时（`ex[6].hint()`会说明如何创建这个`DataLoader`；在Windows上工作进程启动很慢，代码可能需要'
      '写在文件中，而不能放在Jupyter记事本里）。然后回答：为什么`d2l.load_data_fashion_mnist`根本没'
      '有`num_workers`？\n\n'
      '(a) 它在创建时就把所有图像一次性转换成`float32`，之后每个批量都从这一个数组中切出：没有需要逐张图像完'
      '成、可以分给多个进程的工作 &nbsp; '
      '(b) MXNet只能使用一个处理器核，所以多开进程也没有用 &nbsp; '
      '(c) 它每次遍历都从磁盘读取压缩文件，瓶颈在磁盘而不在处理器 &nbsp; '
      '(d) Fashion-MNIST很小，任何读取器都能在远不到一秒的时间内读完'),
    book=['3.5.2'], solution_seconds=2,
    hints=[T('A `DataLoader` over the first 2,000 test images, converted image by image: `data = '
             'gluon.data.ArrayDataset(nd.array(test_images[:2000].reshape((-1, 28, 28, 1)), '
             'dtype=\'uint8\'), test_labels[:2000]).transform_first(transforms.ToTensor())`, then '
             '`gluon.data.DataLoader(data, 256, num_workers=2)` (with `from mxnet.gluon.data.vision '
             'import transforms`). Time a pass over it as the lesson times one, and over '
             '`d2l.FashionMNISTIter(test_images[:2000], test_labels[:2000], 256)`.',
             "在前2,000张测试图像上创建一个逐张转换图像的`DataLoader`：`data = "
             "gluon.data.ArrayDataset(nd.array(test_images[:2000].reshape((-1, 28, 28, 1)), dtype='uint8'), "
             "test_labels[:2000]).transform_first(transforms.ToTensor())`，然后`gluon.data.DataLoader(data, "
             "256, num_workers=2)`（需要先`from mxnet.gluon.data.vision import transforms`）。像本节那样为遍历"
             "一遍它计时，再为遍历一遍`d2l.FashionMNISTIter(test_images[:2000], test_labels[:2000], 256)`计"
             "时。"),
           T('Worker processes share work that is done image by image. Where does our loader convert '
             'the images, and how often? (Its docstring says: `help(d2l.FashionMNISTIter)`.)',
             '工作进程分担的是需要逐张图像完成的工作。我们的读取器在哪里转换图像？转换几次？（它的文档字符串里'
             '有说明：`help(d2l.FashionMNISTIter)`。）')],
    explanation=T(
        'Gluon\'s `DataLoader` calls `ToTensor` on every image, one at a time: that per-image work '
        'is what worker processes share among the processor\'s cores. Whether two workers beat none '
        'depends on the machine: they take time to start, which for a mere 2,000 images, or on a '
        'busy machine, can outweigh what they save (on Windows, where processes start slowly, by '
        'far); over 60,000 images on a machine with free cores they pay off. Our loader converts all '
        'the images at once, when it is made, and a batch is one `take` from that array: it reads '
        'the same images tens of times faster than the `DataLoader`, with or without workers, and '
        'leaves no per-image work for workers to share.',
        'Gluon的`DataLoader`对每张图像逐一调用`ToTensor`：工作进程把这些逐张图像的工作分给处理器的各个核。用两'
        '个工作进程是否比不用更快，取决于机器：启动进程要花时间，如果只读区区2,000张图像，或者机器正忙，这份开'
        '销可能超过节省下来的时间（在进程启动很慢的Windows上更是远远超过）；而在有空闲核的机器上读取60,000张图'
        '像时，工作进程就划算了。我们的读取器在创建时一次性转换所有图像，一个批量只是从这个数组中做一'
        '次`take`：无论`DataLoader`用不用工作进程，我们的读取器读取同样的图像都要快几十倍，也没有留下需要分给'
        '工作进程的逐张图像的工作。'))

@ex6.solves
def time_worker_processes():
    images, labels = d2l.read_fashion_mnist(train=False)
    images, labels = images[:2000], labels[:2000]
    data = gluon.data.ArrayDataset(nd.array(images.reshape((-1, 28, 28, 1)), dtype='uint8'), labels)
    data = data.transform_first(transforms.ToTensor())  # converts image by image, as the book's loader

    def time_a_pass(make_loader):
        start, n = time.time(), 0
        for X, y in make_loader():
            n += y.shape[0]
        nd.waitall()
        return n, time.time() - start

    for num_workers in (0, 2):
        n, seconds = time_a_pass(lambda: gluon.data.DataLoader(data, 256, num_workers=num_workers))
        print(f'gluon.data.DataLoader, num_workers={num_workers}: {n} images in {seconds:.3f} sec')
    n, seconds = time_a_pass(lambda: d2l.FashionMNISTIter(images, labels, 256))  # converts them all at once
    print(f'd2l.FashionMNISTIter (ours), made and read:  {n} images in {seconds:.3f} sec')
    return 'a'  # ours converts once, when it is made: no work per image is left for workers


ANSWER_6 = 'a'  # what the solution returns
CHOICES_6 = {
    'b': T('No: MXNet\'s operators use several threads, and the `DataLoader` runs real worker '
           'processes; the question is whether our loader leaves any work for them.',
           '不对：MXNet的运算符会使用多个线程，`DataLoader`也确实运行了多个工作进程；问题在于我们的读取器是否还留有'
           '工作给它们做。'),
    'c': T('No: the archives are read and checked once, when the data is loaded; every pass reads '
           'the images from memory.',
           '不对：压缩文件只在加载数据时读取并校验一次；每次遍历都是从内存中读取图像。'),
    'd': T('No: converting image by image, as the `DataLoader` does, takes seconds for a pass over '
           '60,000 images (scale up your time for 2,000): that is why the book used worker processes.',
           '不对：像`DataLoader`那样逐张转换图像，遍历60,000张图像要几秒钟（把你在2,000张图像上测得的时间按比例'
           '放大）：这正是书中使用工作进程的原因。'),
}


ex6.choice(CHOICES_6, right=ANSWER_6)


# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('The other data sets of gluon.data.vision', 'gluon.data.vision中的其他数据集'),
    T('The book loads Fashion-MNIST with `gluon.data.vision.FashionMNIST`, which downloads it. Which '
      'other data sets can `mxnet.gluon.data.vision` download for you? List the names of their '
      'classes. Look at `dir(gluon.data.vision)` and at the help of each class '
      '(`help(gluon.data.vision.FashionMNIST)`): nothing needs downloading to answer.',
      '书中用`gluon.data.vision.FashionMNIST`加载Fashion-MNIST，它会下载这个数据集。`mxnet.gluon.data.vision`'
      '还能为你下载哪些数据集？列出它们的类名。看一看`dir(gluon.data.vision)`和每个类的帮助'
      '（`help(gluon.data.vision.FashionMNIST)`）：回答这个问题不需要下载任何东西。'),
    """names = ...  # a list of class names, such as ['SomeDataSet', 'AnotherOne']

ex[7].check(names)""", book=['3.5.3'],
    what=T('Set names to the list of class names, then run the cell again.',
           '把names设为类名的列表，然后再运行这个单元格。'),
    hints=[T('`dir(gluon.data.vision)` lists a few classes and two modules. For each class, its help '
             'says where its data comes from: a URL it downloads, or files you already have?',
             '`dir(gluon.data.vision)`列出了几个类和两个模块。每个类的帮助都说明了它的数据从哪里来：是它要下载的'
             '某个网址，还是你已有的文件？'),
           T('A class that downloads has a default folder to download to: its `root` argument has a '
             'default under `$MXNET_HOME/datasets` (`inspect.signature(cls)` shows it). A class that '
             'reads your own images has none.',
             '会下载数据的类有一个默认的下载目录：它的`root`参数有一个位于`$MXNET_HOME/datasets`下的默认值'
             '（`inspect.signature(cls)`可以显示）。读取你自己图像的类则没有。')],
    explanation=T(
        'Besides FashionMNIST, `gluon.data.vision` downloads MNIST (handwritten digits, in the very '
        'format of Fashion-MNIST, which was made as its drop-in replacement), CIFAR10 (32 × 32 '
        'colour photos in 10 classes) and CIFAR100 (the same size, 100 classes, or 20 coarse ones, '
        'its default). Its two other data set classes download nothing: ImageFolderDataset reads '
        'image files you have in folders, one folder per class, and ImageRecordDataset a RecordIO '
        'file you made of them.',
        '除了FashionMNIST，`gluon.data.vision`还能下载MNIST（手写数字，格式与Fashion-MNIST完全相同，'
        'Fashion-MNIST本来就是作为它的直接替代品制作的）、CIFAR10（32 × 32的彩色照片，10个类别）和CIFAR100'
        '（同样大小，100个类别，或者20个粗分的类别，后者是默认设置）。另外两个数据集类不下载任何东西：'
        'ImageFolderDataset读取你放在文件夹中的图像文件，每个类别一个文件夹；ImageRecordDataset读取你用这些图像'
        '制作的RecordIO文件。'))


@ex7.solves
def data_sets_to_download():
    from mxnet.gluon.data import vision
    names = []
    for name, cls in vars(vision).items():
        if inspect.isclass(cls) and issubclass(cls, gluon.data.Dataset):
            root = inspect.signature(cls).parameters.get('root')
            downloads = root is not None and root.default is not inspect.Parameter.empty  # a folder to download to
            print(f'{name:19} {cls.__doc__.strip().splitlines()[0]}' + ('' if downloads else '  (your own images)'))
            if downloads and name != 'FashionMNIST':
                names.append(name)
    return sorted(names)


_NOT_DOWNLOADS = {
    'ImageFolderDataset': T('reads image files you have in folders (one per class): it downloads nothing',
                            '读取你放在文件夹中的图像文件（每个类别一个文件夹）：它不下载任何东西'),
    'ImageRecordDataset': T('reads a RecordIO file you made of your own images: it downloads nothing',
                            '读取你用自己的图像制作的RecordIO文件：它不下载任何东西'),
    'datasets': T('is a module (the one that defines the data set classes), not a data set',
                  '是一个模块（定义这些数据集类的模块），不是数据集'),
    'transforms': T('is a module of transforms, not a data set', '是一个变换的模块，不是数据集'),
}


@ex7.checks
def _(answer):
    from mxnet.gluon.data import vision
    if not isinstance(answer, (list, tuple, set)) or not all(isinstance(n, str) for n in answer):
        raise Unusable(f'Expected a list of class names (str), such as [\'SomeDataSet\']; got {kind(answer)}.',
                       f'应为类名（字符串）的列表，例如[\'SomeDataSet\']；得到的是{kind(answer, "zh")}。')
    offered = {name.lower(): name for name in dir(vision) if not name.startswith('_')}
    expected = set(ex7.oracle())
    given = set()
    for raw in answer:
        name = raw.strip().split('.')[-1]
        if name.lower() not in offered:
            raise Wrong(f'{raw!r} is not in mxnet.gluon.data.vision: `dir(gluon.data.vision)` lists what is.',
                        f'mxnet.gluon.data.vision中没有{raw!r}：`dir(gluon.data.vision)`列出了其中有什么。')
        name = offered[name.lower()]
        if name == 'FashionMNIST':
            continue  # the one we know: not wrong, only not asked for
        if name not in expected:
            why = _NOT_DOWNLOADS.get(name, T('is not a data set that downloads', '不是一个会下载的数据集'))
            raise Wrong(f'{name} {why["en"]}.', f'{name} {why["zh"]}。')
        given.add(name)
    if given != expected:
        missing = len(expected - given)
        raise Wrong(f'All your names are data sets it can download, but {missing} more '
                    f'{"is" if missing == 1 else "are"} missing.',
                    f'你列出的名字都是它能下载的数据集，但还少了{missing}个。')


@ex7.wrong('the two classes that read your own images counted as data sets')
def _():
    return ['MNIST', 'CIFAR10', 'CIFAR100', 'ImageFolderDataset', 'ImageRecordDataset']


@ex7.wrong('one missing (CIFAR100)')
def _():
    return ['MNIST', 'CIFAR10']


@ex7.wrong('one that Gluon does not offer (ImageNet)')
def _():
    return ['MNIST', 'CIFAR10', 'CIFAR100', 'ImageNet']


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('A transform of your own', '自己组合一个变换'),
    T('The book\'s loader used one transform, `transforms.ToTensor()`. '
      '`mxnet.gluon.data.vision.transforms` offers many more (`dir(transforms)`): resizing and '
      'cropping, random flips and rotations, changes of brightness and contrast, `Normalize`, ... '
      'Build `augment` with `transforms.Compose`: it takes an image as Gluon\'s `FashionMNIST` gives '
      'one (an `NDArray` of 28 × 28 × 1 `uint8` pixels), flips it left to right at random, half of '
      'the time, and returns it as `ToTensor` does (1 × 28 × 28, `float32` in [0, 1]). Random flips '
      'of the training images are a simple kind of image augmentation (图像增广), a topic of a later '
      'chapter of the book.',
      '书中的读取器只用了一个变换，即`transforms.ToTensor()`。`mxnet.gluon.data.vision.transforms`还提供了许多'
      '别的变换（见`dir(transforms)`），如缩放和裁剪、随机翻转和旋转、改变亮度和对比度、`Normalize`等。请'
      '用`transforms.Compose`组合出`augment`：它接收一张Gluon的`FashionMNIST`给出的那种图像（由28 × 28 × '
      '1个`uint8`像素组成的`NDArray`），以一半的概率随机地左右翻转它，再像`ToTensor`那样返回（1 × 28 × 28，'
      '`float32`，取值在[0, 1]内）。随机翻转训练图像是一种简单的图像增广（image augmentation），书中后面有一章'
      '专门讲它。'),
    """from mxnet.gluon.data.vision import transforms

augment = ...  # transforms.Compose([...]): a random left-right flip, then as ToTensor

ex[8].check(augment)""", kind='function', book=['3.5.4'],
    what=T('Set augment to your transforms.Compose([...]), then run the cell again.',
           '把augment设为你的transforms.Compose([...])，然后再运行这个单元格。'),
    hints=[T('`transforms.Compose([t1, t2])` applies t1, then t2. Which transform in '
             '`dir(transforms)` flips at random, and should it come before `ToTensor` or after? '
             '(Look at the shape each one expects: `help(transforms.RandomFlipLeftRight)`.)',
             '`transforms.Compose([t1, t2])`先做t1，再做t2。`dir(transforms)`中哪个变换做随机翻转？它应该放在'
             '`ToTensor`之前还是之后？（看看各自要求的输入形状：`help(transforms.RandomFlipLeftRight)`。）'),
           T('`transforms.Compose([transforms.RandomFlipLeftRight(), transforms.ToTensor()])`: the '
             'flip works on images of height × width × channel, as `FashionMNIST` gives them, and '
             '`ToTensor` then moves the channel first and scales the pixels to [0, 1].',
             '`transforms.Compose([transforms.RandomFlipLeftRight(), transforms.ToTensor()])`：翻转作用于“高 '
             '× 宽 × 通道”的图像，也就是`FashionMNIST`给出的形式；随后`ToTensor`把通道移到最前面，并把像素缩放'
             '到[0, 1]。')],
    explanation=T(
        'The flip comes first, on the image as `FashionMNIST` gives it (height × width × channel); '
        '`ToTensor` then moves the channel first and scales the pixels to [0, 1]. Each call draws '
        'anew whether to flip, so over many calls about half the outputs are mirror images. The '
        'other order fails: after `ToTensor` the image is 1 × 28 × 28, and `RandomFlipLeftRight` '
        'finds no channel last. A mirrored shirt is still a shirt, so flips show the model more '
        'varied training images at no cost; a flip top to bottom would not be as harmless (shoes '
        'upside down).',
        '翻转在前，作用于`FashionMNIST`给出的图像（高 × 宽 × 通道）；然后`ToTensor`把通道移到最前面，并把像素'
        '缩放到[0, 1]。每次调用都重新随机决定是否翻转，所以多次调用后约有一半的输出是镜像。反过来的顺序会出'
        '错：经过`ToTensor`之后图像的形状是1 × 28 × 28，`RandomFlipLeftRight`在最后一维找不到通道。衬衫左右翻'
        '转后仍是衬衫，所以翻转能让模型在不增加成本的情况下看到更多样的训练图像；上下翻转就没有这么无害了（鞋'
        '子会倒过来）。'))


@ex8.solves
def augment(image):
    flip_then_tensor = transforms.Compose([transforms.RandomFlipLeftRight(), transforms.ToTensor()])
    return flip_then_tensor(image)


def _test_image():
    """A 28 x 28 x 1 uint8 image, as FashionMNIST gives one, unlike its mirror images."""
    pixels = np.random.RandomState(8).randint(0, 256, size=(28, 28, 1)).astype(np.uint8)
    return pixels


def _flip_explained(f):
    """f, with MXNet's long error for a flip given an image without its channel last made a sentence."""
    def guarded(image):
        try:
            return f(image)
        except Exception as e:
            if 'must be the channel dimension' not in str(e):
                raise
            raise Wrong('Your augment raised an MXNetError in a flip: "The last dimension of input image must be '
                        'the channel dimension". The flip works on images of height × width × channel; which '
                        'layout has the image when it reaches the flip?',
                        '你的augment在翻转时抛出了MXNetError：“The last dimension of input image must be the '
                        'channel dimension”。翻转作用于“高 × 宽 × 通道”的图像；'
                        '图像到达翻转这一步时是什么布局？') from None
    return guarded


@ex8.checks
def _(answer):
    f = expect_function(answer, 'augment')
    pixels = _test_image()
    as_tensor = pixels.transpose(2, 0, 1).astype(np.float32) / 255  # what ToTensor gives
    mirror, upside_down = as_tensor[:, :, ::-1], as_tensor[:, ::-1, :]
    when = T('given a 28 × 28 × 1 uint8 image (an NDArray)', '输入一张28 × 28 × 1的uint8图像（NDArray）')
    flips, calls = 0, 60
    for _call in range(calls):
        image = nd.array(pixels, dtype='uint8')
        out = expect_ndarray(call(_flip_explained(f), image, when=when), 'augment(image)')
        if not np.array_equal(image.asnumpy(), pixels):
            raise Wrong('augment changed the image it was given: a transform returns a new one.',
                        'augment修改了传给它的图像：变换应当返回一张新图像。')
        if out.shape != (1, 28, 28):
            extra = (' That is still height × width × channel: ToTensor moves the channel first.'
                     if out.shape == (28, 28, 1) else '')
            extra_zh = '这仍是“高 × 宽 × 通道”：ToTensor会把通道移到最前面。' if out.shape == (28, 28, 1) else ''
            raise Wrong(f'augment(image) has shape {out.shape}; ToTensor gives 1 × 28 × 28.{extra}',
                        f'augment(image)的形状为{out.shape}；ToTensor给出的是1 × 28 × 28。{extra_zh}')
        got = out.asnumpy()
        if got.dtype != np.float32 or got.max() > 1:
            raise Wrong(f'augment(image) gives {np.dtype(got.dtype).name} pixels up to {got.max()}: ToTensor '
                        'gives float32 in [0, 1].',
                        f'augment(image)给出的像素为{np.dtype(got.dtype).name}，最大为{got.max()}：ToTensor'
                        '给出的是[0, 1]内的float32。')
        if np.allclose(got, mirror, atol=1e-6):
            flips += 1
        elif not np.allclose(got, as_tensor, atol=1e-6):
            upside = np.allclose(got, upside_down, atol=1e-6)
            raise Wrong('augment(image) gives ' + ('the image upside down: that is a flip from top to '
                                                   'bottom, not from left to right.' if upside else
                                                   'neither the image nor its mirror image (left to right), '
                                                   'as ToTensor would give them.'),
                        'augment(image)给出的' + ('是上下颠倒的图像：这是上下翻转，不是左右翻转。' if upside else
                                                '既不是原图像，也不是它的左右镜像（按ToTensor的格式）。'))
    if flips == 0:
        raise Wrong(f'In {calls} calls augment never flipped the image: it should, half of the time.',
                    f'调用{calls}次，augment一次也没有翻转图像：它应当在约一半的调用中翻转。')
    if flips == calls:
        raise Wrong(f'In {calls} calls augment flipped the image every time: at random, half of the time.',
                    f'调用{calls}次，augment每次都翻转了图像：应当随机翻转，约一半的调用中翻转。')
    if not calls * 0.2 <= flips <= calls * 0.8:
        raise Wrong(f'augment flipped the image in {flips} of {calls} calls: half of the time, about '
                    f'{calls // 2}, is what was asked.',
                    f'调用{calls}次，augment翻转了{flips}次：题目要求的是一半的调用，即约{calls // 2}次。')


@ex8.wrong('ToTensor only: never flipped')
def _():
    return transforms.Compose([transforms.ToTensor()])


@ex8.wrong('flipped every time (nd.flip, not at random)')
def _():
    to_tensor = transforms.ToTensor()
    return lambda image: to_tensor(nd.flip(image, axis=1))


@ex8.wrong('flipped top to bottom')
def _():
    return transforms.Compose([transforms.RandomFlipTopBottom(), transforms.ToTensor()])


@ex8.wrong('ToTensor first, then the flip (no channel last any more)')
def _():
    return transforms.Compose([transforms.ToTensor(), transforms.RandomFlipLeftRight()])


@ex8.wrong('the flip without ToTensor')
def _():
    return transforms.RandomFlipLeftRight()
