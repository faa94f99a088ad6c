"""Unit tests of d2lzh_local: the book's semantics, and a clear error for each bad argument."""
import gc
import os
import subprocess
import sys
import weakref

import numpy as np
import pytest
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l


# --- data_iter -------------------------------------------------------------------------------

def test_data_iter_visits_every_example_once_in_batches():
    d2l.set_seed(1)
    features, labels = nd.arange(46).reshape((23, 2)), nd.arange(23)
    batches = list(d2l.data_iter(5, features, labels))
    assert [len(y) for _, y in batches] == [5, 5, 5, 5, 3]
    seen = np.concatenate([y.asnumpy() for _, y in batches])
    assert sorted(seen) == list(range(23))
    assert list(seen) != list(range(23))  # shuffled
    for X, y in batches:  # features stay with their labels
        np.testing.assert_array_equal(X[:, 0].asnumpy(), 2 * y.asnumpy())


@pytest.mark.parametrize('batch_size', [0, -3, 2.5, '10', None, True])
def test_data_iter_rejects_bad_batch_size(batch_size):
    with pytest.raises(ValueError, match='batch_size must be a positive integer'):
        list(d2l.data_iter(batch_size, nd.ones((4, 2)), nd.ones(4)))


def test_data_iter_rejects_features_and_labels_of_different_lengths():
    with pytest.raises(ValueError, match='features has 5 examples but labels has 4'):
        list(d2l.data_iter(2, nd.ones((5, 2)), nd.ones(4)))


# --- linreg, squared_loss, sgd ---------------------------------------------------------------

def test_linreg_computes_xw_plus_b():
    X, w, b = nd.array([[1, 2], [3, 4]]), nd.array([[2], [-1]]), nd.array([0.5])
    np.testing.assert_allclose(d2l.linreg(X, w, b).asnumpy(), [[0.5], [2.5]])


@pytest.mark.parametrize('X_shape,w_shape', [((4, 3), (2, 1)), ((4,), (4, 1)), ((2, 2, 2), (2, 1))])
def test_linreg_names_the_shapes_when_they_do_not_fit(X_shape, w_shape):
    with pytest.raises(ValueError, match=r'linreg needs X of shape .*got X \(' + str(X_shape[0])):
        d2l.linreg(nd.ones(X_shape), nd.ones(w_shape), nd.zeros(1))


def test_squared_loss_is_half_the_squared_error_per_example():
    y_hat, y = nd.array([[1.0], [3.0]]), nd.array([2.0, 0.0])
    np.testing.assert_allclose(d2l.squared_loss(y_hat, y).asnumpy(), [[0.5], [4.5]])


def test_sgd_steps_along_the_average_gradient():
    w = nd.array([1.0, 2.0])
    w.attach_grad()
    with autograd.record():
        l = (w * nd.array([4.0, 8.0])).sum()
    l.backward()
    d2l.sgd([w], lr=0.5, batch_size=4)
    np.testing.assert_allclose(w.asnumpy(), [1.0 - 0.5 * 4 / 4, 2.0 - 0.5 * 8 / 4])


# --- Fashion-MNIST -----------------------------------------------------------------------------

def test_fashion_mnist_sizes_shapes_and_dtypes():
    train_iter, test_iter = d2l.load_data_fashion_mnist(1000)
    assert (len(train_iter), len(test_iter)) == (60, 10)
    X, y = next(iter(train_iter))
    assert X.shape == (1000, 1, 28, 28) and X.dtype == np.float32
    assert y.shape == (1000,) and y.dtype == np.int32
    assert 0 <= X.min().asscalar() and X.max().asscalar() <= 1
    assert sum(len(y) for _, y in test_iter) == 10000
    counts = np.bincount(np.concatenate([y.asnumpy() for _, y in test_iter]))
    assert list(counts) == [1000] * 10  # the test set is balanced


def test_fashion_mnist_shuffles_training_data_on_every_pass_but_not_test_data():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    first = [next(iter(train_iter))[1].asnumpy() for _ in range(2)]
    assert not np.array_equal(*first)
    test = [next(iter(test_iter))[1].asnumpy() for _ in range(2)]
    np.testing.assert_array_equal(*test)


def test_fashion_mnist_last_batch_is_partial():
    train_iter, _ = d2l.load_data_fashion_mnist(256)
    sizes = [len(y) for _, y in train_iter]
    assert len(sizes) == 235 and sizes[-1] == 60000 - 234 * 256


def test_fashion_mnist_resize():
    _, test_iter = d2l.load_data_fashion_mnist(8, resize=32)
    X, _ = next(iter(test_iter))
    assert X.shape == (8, 1, 32, 32)


def test_the_images_in_mxnet_are_shared_by_live_iterators_and_freed_with_the_last():
    train_iter, test_iter = d2l.load_data_fashion_mnist(256)
    again, _ = d2l.load_data_fashion_mnist(64)
    assert again._resident is train_iter._resident  # converted once, not per load
    assert test_iter._resident is not train_iter._resident
    in_mxnet = weakref.ref(train_iter._resident)
    del train_iter, again
    gc.collect()
    assert in_mxnet() is None  # a learner frees the 190 MB by deleting the iterators
    X, y = next(iter(test_iter))  # the test set's own copy is untouched
    assert X.shape == (256, 1, 28, 28) and y.shape == (256,)


@pytest.mark.parametrize('batch_size', [0, -1, 1.5])
def test_load_data_fashion_mnist_rejects_bad_batch_size(batch_size):
    with pytest.raises(ValueError, match='batch_size must be a positive integer'):
        d2l.load_data_fashion_mnist(batch_size)


def test_default_data_root_does_not_depend_on_the_working_directory(tmp_path):
    code = ('import d2lzh_local as d2l; tr, te = d2l.load_data_fashion_mnist(10000); '
            'print(sum(len(y) for _, y in te))')
    out = subprocess.run([sys.executable, '-c', code], cwd=tmp_path, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip().endswith('10000')


@pytest.mark.parametrize('labels', [[0, 9], np.array([0, 9]), nd.array([0, 9]),
                                    nd.array([0, 9], dtype='int32')])
def test_text_labels_from_lists_numpy_and_ndarrays(labels):
    assert d2l.get_fashion_mnist_labels(labels) == ['t-shirt', 'ankle boot']


# --- accuracy and training ---------------------------------------------------------------------

class FixedNet:
    """Predicts class 1 for every example."""

    def __call__(self, X):
        return nd.one_hot(nd.ones(X.shape[0]), 3)


def test_evaluate_accuracy_counts_correct_predictions_over_all_batches():
    batches = [(nd.ones((4, 2)), nd.array([1, 1, 0, 2])), (nd.ones((2, 2)), nd.array([1, 0]))]
    assert d2l.evaluate_accuracy(batches, FixedNet()) == pytest.approx(3 / 6)


def tiny_problem():
    """A separable 2-class problem: the class is the sign of the first feature."""
    d2l.set_seed(0)
    X = nd.random.normal(shape=(200, 2))
    y = (X[:, 0] > 0).astype('int32')
    batches = [(X[i:i + 50], y[i:i + 50]) for i in range(0, 200, 50)]
    net = nn.Sequential()
    net.add(nn.Dense(2))
    net.initialize(init.Normal(sigma=0.01))
    return net, batches


def test_train_ch3_learns_and_returns_what_it_printed(capsys):
    net, batches = tiny_problem()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    result = d2l.train_ch3(net, batches, batches, gloss.SoftmaxCrossEntropyLoss(), 3, 50,
                           trainer=trainer)
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith('epoch 3, loss %.4f, train acc %.3f, test acc %.3f'
                                % (result.loss[-1], result.train_acc[-1], result.test_acc[-1]))
    assert result.test_acc[-1] > 0.9 and result.loss[-1] < result.loss[0]


@pytest.mark.parametrize('kwargs,message', [
    (dict(batch_size=0), 'batch_size must be a positive integer'),
    (dict(num_epochs=0), 'num_epochs'),
    (dict(lr=None), 'lr'),
])
def test_train_ch3_rejects_bad_arguments(kwargs, message):
    net, batches = tiny_problem()
    args = dict(num_epochs=1, batch_size=50, params=list(net.collect_params().values()), lr=0.1)
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        d2l.train_ch3(net, batches, batches, gloss.SoftmaxCrossEntropyLoss(), **args)


def test_train_ch3_names_shapes_when_net_output_does_not_fit_labels():
    net, batches = tiny_problem()
    wrong = [(X, y[:10]) for X, y in batches]  # 50 examples, 10 labels
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
    with pytest.raises(ValueError, match=r'\(50, 2\)'):
        d2l.train_ch3(net, wrong, wrong, gloss.SoftmaxCrossEntropyLoss(), 1, 50, trainer=trainer)


# --- seeds, plots, self-checks -----------------------------------------------------------------

def test_set_seed_makes_runs_repeat_and_d2l_seed_overrides(monkeypatch):
    d2l.set_seed(3)
    a = nd.random.normal(shape=3).asnumpy()
    d2l.set_seed(3)
    np.testing.assert_array_equal(a, nd.random.normal(shape=3).asnumpy())
    monkeypatch.setenv('D2L_SEED', '3')
    d2l.set_seed(7)
    np.testing.assert_array_equal(a, nd.random.normal(shape=3).asnumpy())


def test_plot_helpers_run_outside_a_notebook():
    d2l.set_figsize((2, 2))
    d2l.semilogy([1, 2, 3], [1, 0.1, 0.01], 'epochs', 'loss', [1, 2, 3], [2, 0.2, 0.02],
                 ['train', 'test'])
    d2l.show_fashion_mnist([nd.zeros((1, 28, 28)), np.zeros((28, 28))], ['a', 'b'])
    animator = d2l.Animator(legend=['a', 'b'])
    animator.add(1, (0.5, 0.7))
    animator.add(2, (0.4, None))
    assert animator.Y == [[0.5, 0.4], [0.7]]
    d2l.plt.close('all')


def test_check_passes_in_range_and_fails_out_of_range(monkeypatch, capsys):
    monkeypatch.setitem(d2l.selfcheck.RANGES, 'demo', {
        'loss': {'en': 'final loss', 'zh': '最终损失', 'hi': 1e-4, 'book': 5.1e-5},
        'acc': {'en': 'accuracy', 'zh': '准确率', 'lo': 0.8, 'hi': 0.9}})
    d2l.check('demo', loss=5.0e-5, acc=0.85)
    out = capsys.readouterr().out
    assert 'final loss: expected below 0.0001, yours: 5e-05 ✓   (book: 5.1e-05)' in out
    assert 'accuracy: expected between 0.8 and 0.9, yours: 0.85 ✓' in out
    with pytest.raises(d2l.SelfCheckFailed, match='accuracy out of the expected range'):
        d2l.check('demo', loss=5.0e-5, acc=0.95)
    assert 'yours: 0.95 ✗' in capsys.readouterr().out
    with pytest.raises(KeyError, match='missing'):
        d2l.check('demo', loss=5.0e-5)


def test_every_range_is_well_formed_and_in_lesson_order():
    ranges = d2l.selfcheck.RANGES
    assert list(ranges) == sorted(ranges)
    for notebook, checks in ranges.items():
        assert os.path.exists(os.path.join(os.path.dirname(__file__), '..', 'notebooks',
                                           notebook + '.ipynb')), notebook
        for name, spec in checks.items():
            assert set(spec) <= {'lo', 'hi', 'book', 'first_release', 'en', 'zh'}, (notebook, name)
            assert spec.get('lo') is not None or spec.get('hi') is not None, (notebook, name)
            if spec.get('lo') is not None and spec.get('hi') is not None:
                assert spec['lo'] <= spec['hi'], (notebook, name)


def test_shipped_checksums_match_the_package():
    sums = (d2l.DEFAULT_ROOT / 'SHA256SUMS').read_text().split('\n')
    listed = dict(reversed(line.split()) for line in sums if line.strip())
    assert listed == d2l.data.ARCHIVES
