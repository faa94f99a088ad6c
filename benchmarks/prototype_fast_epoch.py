"""A prototype of a faster epoch for d2lzh_local, measured by benchmarks/speed.py.

It is NOT applied to d2lzh_local (that package has its owner): it shows, as code that runs, the
change speed.py's report proposes, so that the owner can apply it and check the gain. The book's
API, printed lines and results are unchanged; only where MXNet's work is queued differs.

1. ``PrototypeFashionMNISTIter`` (for ``data.FashionMNISTIter``): the images go into MXNet once,
   when the data is loaded, instead of once per pass (``nd.array`` of 47 MB of uint8 each epoch, plus a
   numpy fancy-index shuffle of the same 47 MB). A shuffled pass draws one permutation and takes
   each batch with ``nd.take`` on the resident array; an unshuffled pass (the test set) yields
   slices, which are views. Two variants of what stays resident:

   - ``resident='float32'``: the images already as float32 in [0, 1], shape (n, 1, 28, 28):
     one MXNet operation per shuffled batch (the take), none per test batch; it holds 4 bytes
     per pixel (188 MB for the training set, 31 MB for the test set), once per process: the
     converted arrays are cached beside read_fashion_mnist's, so that a notebook that loads
     the data twice does not hold two copies.
   - ``resident='uint8'``: the images as uint8 (47 + 8 MB): take, astype and divide per batch
     (three operations per shuffled batch, two per test batch).

2. ``prototype_train_ch3`` (for ``training.train_ch3``): instead of six MXNet operations per batch
   for the running sums (``y.astype``, ``+= l``, ``argmax``, ``==``, ``sum``, ``+=``), it keeps each
   batch's detached loss, scores and labels (detach and append cost no MXNet operation) and
   computes the epoch's loss and accuracy with a handful of operations once per epoch. It holds
   the epoch's scores until then: 60000 x 10 float32 = 2.4 MB.

3. ``prototype_evaluate_accuracy`` (for ``training.evaluate_accuracy``): the same for the test
   set: one ``argmax`` per batch, the comparison and sum once.
"""
import time

import numpy as np
from mxnet import autograd, nd

import d2lzh_local as d2l


_resident_cache = {}


def _to_mxnet(images, labels, resident):
    """The images (n, 1, 28, 28) and int32 labels as NDArrays, once per process and array: at
    load time, so that no epoch pays for it. float32 is converted in chunks of 10000 images in
    numpy (exactly images / 255, as now), so the peak is the result plus one chunk."""
    key = (id(images), id(labels), resident)
    if key not in _resident_cache:
        if resident == 'float32':
            X = nd.empty((len(images), 1, 28, 28), dtype='float32')
            for i in range(0, len(images), 10000):
                chunk = images[i: i + 10000].astype(np.float32) / 255
                X[i: i + len(chunk)] = chunk.reshape((-1, 1, 28, 28))
        else:
            X = nd.array(images, dtype='uint8').reshape((-1, 1, 28, 28))
        y = nd.array(labels, dtype='int32')
        # the numpy arrays stay in the entry, so that their ids are not reused
        _resident_cache[key] = (images, labels, X, y)
    return _resident_cache[key][2:]


class PrototypeFashionMNISTIter(d2l.FashionMNISTIter):
    """FashionMNISTIter whose images enter MXNet once, not once per pass."""

    def __init__(self, images, labels, batch_size, shuffle=False, resize=None,
                 resident='float32'):
        super().__init__(images, labels, batch_size, shuffle=shuffle, resize=resize)
        if resident not in ('float32', 'uint8'):
            raise ValueError(f"resident must be 'float32' or 'uint8', got {resident!r}")
        self.resident = resident
        self._X, self._y = _to_mxnet(images, labels, resident)

    def __iter__(self):
        X_all, y_all = self._X, self._y
        n, bs = len(self.labels), self.batch_size
        if self.shuffle:
            order = nd.array(np.random.permutation(n), dtype='int32')
            y_all = nd.take(y_all, order)  # the labels of the whole pass: one operation
        for i in range(0, n, bs):
            X = nd.take(X_all, order[i: i + bs]) if self.shuffle else X_all[i: i + bs]
            if self.resident == 'uint8':
                X = X.astype('float32') / 255
            if self.resize:
                X = nd.contrib.BilinearResize2D(X, height=self.resize[1], width=self.resize[0])
            yield X, y_all[i: i + bs]


def prototype_load_data_fashion_mnist(batch_size, resize=None, root=d2l.DEFAULT_ROOT,
                                      resident='float32'):
    """load_data_fashion_mnist with the iterator above."""
    d2l.check_batch_size(batch_size)
    train = PrototypeFashionMNISTIter(*d2l.read_fashion_mnist(root, train=True), batch_size,
                                      shuffle=True, resize=resize, resident=resident)
    test = PrototypeFashionMNISTIter(*d2l.read_fashion_mnist(root, train=False), batch_size,
                                     shuffle=False, resize=resize, resident=resident)
    return train, test


def _accuracy(scores, labels):
    """Accuracy of a list of score batches against a list of label batches: 4 operations."""
    y = nd.concat(*labels, dim=0).astype('float32')
    return (nd.concat(*scores, dim=0).argmax(axis=1) == y).sum().asscalar() / y.size


def prototype_evaluate_accuracy(data_iter, net, ctx=None):
    """Evaluate the accuracy of a model on the given data set."""
    predictions, labels = [], []
    for X, y in data_iter:
        predictions.append(net(X).argmax(axis=1))
        labels.append(y)
    y = nd.concat(*labels, dim=0).astype('float32')
    return (nd.concat(*predictions, dim=0) == y).sum().asscalar() / y.size


def prototype_train_ch3(net, train_iter, test_iter, loss, num_epochs, batch_size,
                        params=None, lr=None, trainer=None):
    """Train and evaluate a model with CPU (the loop of d2lzh_local.train_ch3, its running sums
    moved to the end of the epoch). Returns the per-epoch seconds; draws nothing."""
    check_args = getattr(d2l, 'check_train_args', None)
    check_output = getattr(d2l, 'check_net_output', None)
    if check_args is not None:
        check_args(num_epochs, batch_size, params, lr, trainer)
    seconds = []
    for epoch in range(num_epochs):
        start = time.time()
        losses, scores, labels = [], [], []
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                if check_output is not None:
                    check_output(X, y, y_hat)
                l = loss(y_hat, y).sum()
            l.backward()
            if trainer is None:
                d2l.sgd(params, lr, batch_size)
            else:
                trainer.step(batch_size)
            losses.append(l.detach())  # no MXNet operation: the sums wait for the epoch's end
            scores.append(y_hat.detach())
            labels.append(y)
        n = sum(y.shape[0] for y in labels)
        train_l = nd.add_n(*losses).asscalar() / n
        train_acc = _accuracy(scores, labels)
        test_acc = prototype_evaluate_accuracy(test_iter, net)
        seconds.append(time.time() - start)
        print('epoch %d, loss %.4f, train acc %.3f, test acc %.3f (%.1f sec)'
              % (epoch + 1, train_l, train_acc, test_acc, seconds[-1]))
    return seconds
