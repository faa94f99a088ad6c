"""Regularisation in chapter 3: the norm penalties of weight decay, and (inverted) dropout."""
from numbers import Real

from mxnet import nd


def l2_penalty(w):
    """L2 norm penalty: half the sum of the squared weights."""
    return (w**2).sum() / 2


def l1_penalty(w):
    """L1 norm penalty: the sum of the absolute weights."""
    return w.abs().sum()


# Departs from the book's dropout (d2lzh has none): a drop probability that is not a number in
# [0, 1] is a ValueError that says so, where the book has an assert (skipped under `python -O`).
def dropout(X, drop_prob):
    """Drop elements of X with probability drop_prob, scaling the rest by 1 / (1 - drop_prob)."""
    if isinstance(drop_prob, bool) or not isinstance(drop_prob, Real) or not 0 <= drop_prob <= 1:
        raise ValueError(f'drop_prob is the probability of dropping an element: a number '
                         f'from 0 to 1, got {drop_prob!r}')
    keep_prob = 1 - drop_prob
    # In this case all elements are dropped
    if keep_prob == 0:
        return X.zeros_like()
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X / keep_prob
