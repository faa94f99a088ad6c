"""Models, losses, optimisation and the training loop of chapter 3."""
import os
import random
import time

import mxnet as mx
import numpy as np
from d2lzh import sgd, squared_loss  # noqa: F401 (re-used from d2lzh as is)
from mxnet import autograd, nd

from .data import check_batch_size
from .plotting import Animator
from .seen import Seen

DEFAULT_SEED = 0


def set_seed(seed=None):
    """Seed Python, numpy and MXNet; the D2L_SEED environment variable, if set, wins."""
    seed = int(os.environ.get('D2L_SEED', DEFAULT_SEED if seed is None else seed))
    random.seed(seed)
    np.random.seed(seed)
    mx.random.seed(seed)


# Departs from d2lzh: a wrong shape gets a message that names the shapes.
def linreg(X, w, b):
    """Linear regression."""
    if X.ndim != 2 or X.shape[1] != w.shape[0]:
        raise ValueError(f'linreg needs X of shape (examples, inputs) and w of shape (inputs, 1); '
                         f'got X {X.shape} and w {w.shape}')
    return nd.dot(X, w) + b


# Departs from d2lzh: sums on the device and waits for the result once, not once per batch;
# records in `seen`, if given one, which examples it measured.
def evaluate_accuracy(data_iter, net, ctx=None, seen=None):
    """Evaluate the accuracy of a model on the given data set (ctx: accepted as d2lzh's is;
    chapter 3 runs on the CPU)."""
    acc_sum, n = nd.zeros(1), 0  # an NDArray: MXNet keeps adding without waiting for Python
    for X, y in data_iter:
        y = y.astype('float32')
        acc_sum += (net(X).argmax(axis=1) == y).sum()
        n += y.size
        if seen is not None:
            seen.add(X, y)  # which examples: the whole test set, and nothing else?
    return acc_sum.asscalar() / n


class TrainResult:
    """What train_ch3 measured, one entry per epoch; it shows nothing when a cell returns it."""

    def __init__(self):
        self.loss, self.train_acc, self.test_acc, self.seconds = [], [], [], []
        self.train_examples, self.test_seen = [], []  # what each epoch measured on

    def add(self, loss, train_acc, test_acc, seconds, train_examples=None, test_seen=None):
        """Record one epoch, as Python floats (numpy 2 keeps float32 / int a float32 scalar),
        with the number of training examples and the test examples (a d2l.Seen) measured."""
        self.loss.append(float(loss))
        self.train_acc.append(float(train_acc))
        self.test_acc.append(float(test_acc))
        self.seconds.append(float(seconds))
        self.train_examples.append(train_examples)
        self.test_seen.append(test_seen)

    def _ipython_display_(self):
        pass  # the printed lines and the figure already show it

    def __repr__(self):
        return (f'TrainResult(loss={self.loss}, train_acc={self.train_acc}, '
                f'test_acc={self.test_acc}, seconds={self.seconds})')


def check_train_args(num_epochs, batch_size, params=None, lr=None, trainer=None):
    """Raise a clear error for arguments train_ch3 cannot train with."""
    check_batch_size(batch_size)
    if isinstance(num_epochs, bool) or not isinstance(num_epochs, (int, np.integer)) \
            or num_epochs < 1:
        raise ValueError(f'num_epochs must be a positive integer, got {num_epochs!r}')
    if trainer is not None:
        if not hasattr(trainer, 'step'):
            raise TypeError(f'trainer must be a gluon.Trainer, got {type(trainer).__name__}')
        return
    if params is None or lr is None:
        raise ValueError('train_ch3 needs either params= and lr= (for d2l.sgd) or trainer= '
                         '(a gluon.Trainer)')
    if isinstance(lr, bool) or not isinstance(lr, (int, float, np.number)) or not lr > 0:
        raise ValueError(f'lr must be a positive number, got {lr!r}')
    if isinstance(params, nd.NDArray) or not all(isinstance(p, nd.NDArray) for p in params):
        raise TypeError('params must be a list of NDArrays, e.g. [W, b]')
    for i, param in enumerate(params):
        if param.grad is None:
            raise ValueError(f'params[{i}] (shape {param.shape}) has no gradient: call '
                             '.attach_grad() on each parameter before training')


def check_net_output(X, y, y_hat):
    """Raise a clear error unless net(X) gave one row of class scores per example of X."""
    if y_hat.ndim != 2 or y.ndim != 1 or y_hat.shape[0] != y.shape[0]:
        raise ValueError(f'net(X) must give one row of class scores per example: for a batch X '
                         f'of shape {X.shape} with labels of shape {y.shape}, net(X) has shape '
                         f'{y_hat.shape}; expected ({y.shape[0]}, number of classes)')


# Departs from d2lzh: checks its arguments and the net's output, waits for MXNet once per epoch
# rather than twice per batch, prints the epoch's time after the book's line, draws the curves
# as it goes, and returns what it measured, and on how many and which examples.
def train_ch3(net, train_iter, test_iter, loss, num_epochs, batch_size,
              params=None, lr=None, trainer=None):
    """Train and evaluate a model with CPU."""
    check_train_args(num_epochs, batch_size, params, lr, trainer)
    legend = ['train loss', 'train acc', 'test acc']
    animator = Animator(xlabel='epoch', xlim=[1, num_epochs], legend=legend)
    result = TrainResult()
    for epoch in range(num_epochs):
        start = time.time()
        train_l_sum, train_acc_sum, n = nd.zeros(1), nd.zeros(1), 0  # sums stay NDArrays
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                check_net_output(X, y, y_hat)
                l = loss(y_hat, y).sum()
            l.backward()
            if trainer is None:
                sgd(params, lr, batch_size)
            else:
                trainer.step(batch_size)
            y = y.astype('float32')
            train_l_sum += l
            train_acc_sum += (y_hat.argmax(axis=1) == y).sum()
            n += y.size
        train_l, train_acc = train_l_sum.asscalar() / n, train_acc_sum.asscalar() / n
        seen = Seen()
        test_acc = evaluate_accuracy(test_iter, net, seen=seen)
        seconds = time.time() - start
        print('epoch %d, loss %.4f, train acc %.3f, test acc %.3f (%.1f sec)'
              % (epoch + 1, train_l, train_acc, test_acc, seconds))
        result.add(train_l, train_acc, test_acc, seconds, n, seen)
        animator.add(epoch + 1, (train_l, train_acc, test_acc))
    return result
