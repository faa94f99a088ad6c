"""Unit tests of d2lzh_local.regularization: dropout (inverted) and the norm penalties."""
import numpy as np
import pytest
from mxnet import autograd, nd

import d2lzh_local as d2l


def test_dropout_with_p0_returns_x_unchanged():
    d2l.set_seed(0)
    X = nd.random.normal(shape=(50, 40))
    np.testing.assert_array_equal(d2l.dropout(X, 0).asnumpy(), X.asnumpy())
    np.testing.assert_array_equal(d2l.dropout(X, 0.0).asnumpy(), X.asnumpy())


def test_dropout_with_p1_returns_zeros():
    X = nd.arange(1, 13).reshape((3, 4))
    Y = d2l.dropout(X, 1)
    assert Y.shape == X.shape
    assert (Y == 0).sum().asscalar() == X.size


@pytest.mark.parametrize('p', [-0.1, 1.01, 2, float('nan'), float('inf'), '0.5', None, True])
def test_dropout_rejects_a_drop_prob_that_is_not_a_probability(p):
    with pytest.raises(ValueError, match=r'drop_prob .* from 0 to 1, got ' + repr(p)[:3]):
        d2l.dropout(nd.ones((2, 3)), p)


@pytest.mark.parametrize('p', [0.2, 0.5, 0.8])
def test_dropout_keeps_with_prob_1_minus_p_and_scales_by_its_inverse(p):
    d2l.set_seed(0)
    X = nd.ones((400, 500)) * 3
    Y = d2l.dropout(X, p).asnumpy()
    kept = Y != 0
    assert abs(kept.mean() - (1 - p)) < 0.005
    np.testing.assert_allclose(Y[kept], 3 / (1 - p), rtol=1e-6)


@pytest.mark.parametrize('p', [0.2, 0.5])
def test_dropout_preserves_the_expectation(p):
    d2l.set_seed(0)
    X = nd.arange(1, 9).reshape((1, 8))
    samples = d2l.dropout(nd.broadcast_to(X, (20000, 8)), p)  # 20,000 independent masks
    np.testing.assert_allclose(samples.mean(axis=0).asnumpy(), X[0].asnumpy(), rtol=0.02)


def test_dropout_draws_a_new_mask_each_call_and_passes_gradients_through_it():
    d2l.set_seed(0)
    X = nd.ones((10, 10))
    X.attach_grad()
    with autograd.record():
        Y = d2l.dropout(X, 0.5)
    Y.backward()
    np.testing.assert_allclose(X.grad.asnumpy(), Y.asnumpy())  # 2 where kept, 0 where dropped
    assert (d2l.dropout(X, 0.5) != Y).sum().asscalar() > 0


def test_penalties():
    w = nd.array([[3.0], [-4.0]])
    assert d2l.l2_penalty(w).asscalar() == pytest.approx(12.5)  # (9 + 16) / 2
    assert d2l.l1_penalty(w).asscalar() == pytest.approx(7.0)
