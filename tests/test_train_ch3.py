"""train_ch3, evaluate_accuracy and their checks: clear errors, one wait per epoch, the book's line."""
import re

import pytest
from mxnet import gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l


def batches(num_batches=6, batch_size=8, num_classes=3):
    """A re-iterable list of small (X, y) mini-batches shaped like Fashion-MNIST's, whose class
    shows in the first pixels (so that a model can learn it)."""
    d2l.set_seed(0)
    data = []
    for _ in range(num_batches):
        y = nd.random.randint(0, num_classes, shape=(batch_size,)).astype('int32')
        X = nd.random.uniform(0, 0.1, shape=(batch_size, 784))
        X[:, :num_classes] += nd.one_hot(y, num_classes)
        data.append((X.reshape((batch_size, 1, 28, 28)), y))
    return data


def scratch_model(num_classes=3):
    W = nd.random.normal(scale=0.01, shape=(784, num_classes))
    b = nd.zeros(num_classes)
    W.attach_grad()
    b.attach_grad()
    return (lambda X: nd.dot(X.reshape((-1, 784)), W) + b), [W, b]


@pytest.mark.parametrize('num_epochs', [0, -1, 2.5, True, '5'])
def test_bad_num_epochs(num_epochs):
    with pytest.raises(ValueError, match='num_epochs must be a positive integer'):
        d2l.check_train_args(num_epochs, 256, [nd.zeros(1)], 0.1)


def test_bad_batch_size():
    with pytest.raises(ValueError, match='batch_size must be a positive integer'):
        d2l.check_train_args(5, 0, [nd.zeros(1)], 0.1)


def test_neither_params_nor_trainer():
    with pytest.raises(ValueError, match='params= and lr=.*or trainer='):
        d2l.check_train_args(5, 256)
    with pytest.raises(ValueError, match='params= and lr='):
        d2l.check_train_args(5, 256, params=[nd.zeros(1)])


@pytest.mark.parametrize('lr', [0, -0.1, '0.1'])
def test_bad_lr(lr):
    with pytest.raises(ValueError, match='lr must be a positive number'):
        d2l.check_train_args(5, 256, [nd.zeros(1)], lr)


def test_params_not_a_list():
    with pytest.raises(TypeError, match='params must be a list of NDArrays'):
        d2l.check_train_args(5, 256, nd.zeros(3), 0.1)


def test_param_without_gradient_is_named():
    W = nd.zeros((784, 10))
    W.attach_grad()
    with pytest.raises(ValueError, match=r'params\[1\] \(shape \(10,\)\) has no gradient.*attach_grad'):
        d2l.check_train_args(5, 256, [W, nd.zeros(10)], 0.1)


def test_trainer_must_step():
    with pytest.raises(TypeError, match='trainer must be a gluon.Trainer'):
        d2l.check_train_args(5, 256, trainer='sgd')


def test_net_output_shape_is_named():
    X, y = nd.zeros((8, 1, 28, 28)), nd.zeros(8)
    d2l.check_net_output(X, y, nd.zeros((8, 10)))
    for y_hat in (nd.zeros(8), nd.zeros((4, 10)), nd.zeros((8, 10, 1))):
        with pytest.raises(ValueError, match=re.escape(f'net(X) has shape {y_hat.shape}')):
            d2l.check_net_output(X, y, y_hat)


def test_train_ch3_rejects_a_wrong_shaped_net():
    net, params = scratch_model()
    with pytest.raises(ValueError, match='one row of class scores per example'):
        d2l.train_ch3(lambda X: net(X).reshape((-1,)), batches(), batches(2),
                      gloss.SoftmaxCrossEntropyLoss(), 1, 8, params, 0.1)


def test_train_ch3_with_sgd_prints_the_books_line_and_returns_a_result(capsys):
    net, params = scratch_model()
    result = d2l.train_ch3(net, batches(), batches(2), gloss.SoftmaxCrossEntropyLoss(), 3, 8,
                           params, 0.1)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    for epoch, line in enumerate(lines, 1):
        assert re.fullmatch(rf'epoch {epoch}, loss \d\.\d{{4}}, train acc \d\.\d{{3}}, '
                            r'test acc \d\.\d{3} \(\d+\.\d sec\)', line), line
    assert isinstance(result, d2l.TrainResult)
    for values in (result.loss, result.train_acc, result.test_acc, result.seconds):
        assert len(values) == 3 and all(isinstance(v, float) for v in values)
    assert result.loss[-1] < result.loss[0]
    assert f'{result.loss[-1]:.4f}' in lines[-1]


def test_train_ch3_with_a_trainer():
    net = nn.Sequential()
    net.add(nn.Dense(3))
    net.initialize(init.Normal(sigma=0.01))
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
    result = d2l.train_ch3(net, batches(), batches(2), gloss.SoftmaxCrossEntropyLoss(), 2, 8,
                           None, None, trainer)
    assert len(result.loss) == 2 and result.loss[-1] < result.loss[0]


def test_train_ch3_waits_for_mxnet_once_per_epoch_not_per_batch(monkeypatch):
    calls = []
    original = nd.NDArray.asscalar
    monkeypatch.setattr(nd.NDArray, 'asscalar', lambda self: calls.append(1) or original(self))
    net, params = scratch_model()
    d2l.train_ch3(net, batches(num_batches=20), batches(num_batches=10),
                  gloss.SoftmaxCrossEntropyLoss(), 2, 8, params, 0.1)
    assert len(calls) == 2 * 3  # per epoch: training loss, training accuracy, test accuracy


def test_evaluate_accuracy():
    data = [(nd.array([[1, 0], [0, 1], [1, 0]]), nd.array([0, 1, 1], dtype='int32'))] * 2
    assert d2l.evaluate_accuracy(data, lambda X: X) == pytest.approx(2 / 3)


def test_train_result_shows_nothing_but_has_a_repr():
    result = d2l.TrainResult()
    result.add(0.5, 0.8, 0.7, 1.0)
    assert repr(result) == 'TrainResult(loss=[0.5], train_acc=[0.8], test_acc=[0.7], seconds=[1.0])'
    assert result._ipython_display_() is None
