"""d2l.Seen tells whether a measurement saw exactly the test set (or the training set), each
example once: every way of measuring on the wrong data, or on part of it, is told apart."""
import itertools

import pytest
from mxnet import nd

import d2lzh_local as d2l


@pytest.fixture(scope='module')
def iters():
    return d2l.load_data_fashion_mnist(256)


def seen(batches):
    record = d2l.Seen()
    for X, y in batches:
        record.add(X, y)
    return record


def test_the_whole_test_set_and_the_whole_training_set(iters):
    train_iter, test_iter = iters
    assert seen(test_iter).data_set() == 'the test set' and seen(test_iter).is_('test') == 1
    assert seen(train_iter).data_set() == 'the training set' and seen(train_iter).is_('train') == 1
    assert seen(test_iter).count == 10000 and seen(train_iter).count == 60000


def wrong_ways(train_iter, test_iter):
    test = list(test_iter)
    train_batch = next(iter(train_iter))
    X0, y0 = test[0]
    X1, y1 = test[1]
    return {
        'the first batch only': test[:1],
        'the last, partial batch dropped': test[:-1],
        'one batch twice': test + test[:1],
        'the training set instead': list(train_iter),
        'the training set as well': test + list(train_iter),
        'a training batch in place of a test batch': [train_batch] + test[1:],
        'one image replaced by another (its label kept)':
            [(nd.concat(X1[:1], X0[1:], dim=0), y0)] + test[1:],
        'a different batch size that skips the remainder':
            [(X[:200], y[:200]) for X, y in test],
    }


def test_every_wrong_way_is_told_apart(iters):
    # (Images and labels paired wrongly are the same examples to Seen: the accuracy shows that.)
    for what, batches in wrong_ways(*iters).items():
        record = seen(batches)
        assert record.is_('test') == 0, what
        assert record.data_set() == ('the training set' if what == 'the training set instead'
                                     else None), what


def test_evaluate_accuracy_and_train_ch3_record_what_they_measured(iters):
    train_iter, test_iter = iters
    net = lambda X: nd.ones((X.shape[0], 10))  # noqa: E731 (predicts class 0)
    record = d2l.Seen()
    acc = d2l.evaluate_accuracy(test_iter, net, seen=record)
    assert acc == pytest.approx(0.1) and record.data_set() == 'the test set'
    small = d2l.FashionMNISTIter(*d2l.read_fashion_mnist(train=False), 1000)
    W, b = nd.zeros((784, 10)), nd.zeros(10)
    W.attach_grad(), b.attach_grad()
    result = d2l.train_ch3(lambda X: nd.dot(X.reshape((-1, 784)), W) + b, small, test_iter,
                           lambda y_hat, y: (y_hat - nd.one_hot(y, 10)).square().sum(axis=1),
                           1, 1000, [W, b], 0.01)
    assert result.train_examples == [10000]
    assert result.test_seen[0].data_set() == 'the test set'


def test_resized_images_are_counted_not_identified():
    _, test_iter = d2l.load_data_fashion_mnist(1000, resize=14)
    record = seen(itertools.islice(test_iter, 10))
    assert record.count == 10000 and record.data_set() is None
