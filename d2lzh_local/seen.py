"""Which examples a measurement saw: how many, and which data set they make up.

A reported test accuracy means something only if it was measured on all of the test set and on
nothing else: every one of the 10,000 test images once, no training image. `Seen` records the
batches an evaluation (or a training epoch) went through and tells afterwards whether they were
exactly Fashion-MNIST's test set, exactly its training set, or something else (a part of one, one
with repeats, a mixture), without keeping the examples.

How: the fingerprint of a set of examples is their count, the sum and the sum of squares of their
labels (exact), and the sum of one key per image: the dot product of its pixels with a fixed
vector of random whole numbers (one matrix-vector product per batch; the labels and keys are kept
and summed once, at the end, since every MXNet call costs time). It does not depend on the order
of the batches, and a missing, repeated or foreign example changes it. The image keys are
computed in float32, so they are compared with a relative tolerance of 1e-6; replacing one test
image by another moves their sum by about 4e-5 of it, on average.
"""
import numpy as np
from mxnet import nd

PIXELS = 28 * 28
TOLERANCE = 1e-6
_KEY = np.random.RandomState(2017).randint(1, 64, size=(PIXELS, 1)).astype(np.float32)
_KEY_ND = None
_REFERENCE = {}  # name -> (count, label sum, label square sum, image key sum)


def fingerprint(images, labels):
    """The fingerprint of a whole data set: uint8 images (n, 28, 28), integer labels (n,)."""
    flat = images.reshape((len(images), PIXELS))
    key = sum(float((flat[i: i + 10000].astype(np.float64) / 255 @ _KEY).sum())  # in chunks:
              for i in range(0, len(flat), 10000))                                # little memory
    labels = labels.astype(np.int64)
    return len(labels), int(labels.sum()), int((labels ** 2).sum()), key


def register(images, labels, name):
    """Remember a data set's fingerprint under its name (the loader does, for both sets)."""
    _REFERENCE[name] = fingerprint(images, labels)


def _same(mine, theirs, with_images):
    if mine[:3] != theirs[:3]:
        return False
    return not with_images or abs(mine[3] - theirs[3]) <= TOLERANCE * abs(theirs[3])


class Seen:
    """The examples that went through a measurement: add() each batch, then ask."""

    def __init__(self):
        self.count = 0  # known without waiting for MXNet: batch shapes are
        self._labels, self._keys = [], []  # NDArrays, summed once at the end (few MXNet calls)

    def add(self, X, y):
        """Record a batch of images X (batch, 1, 28, 28) in [0, 1] and its labels y."""
        global _KEY_ND
        n = y.shape[0]
        self.count += n
        self._labels.append(y)
        if X.size == n * PIXELS:  # resized images are countable, not identifiable
            if _KEY_ND is None:
                _KEY_ND = nd.array(_KEY)
            self._keys.append(nd.dot(X.reshape((n, PIXELS)), _KEY_ND))

    def fingerprint(self):
        labels = nd.concat(*self._labels, dim=0).asnumpy().astype(np.int64) \
            if self._labels else np.zeros(0, np.int64)
        keys = float(nd.concat(*self._keys, dim=0).asnumpy().astype(np.float64).sum()) \
            if self._keys else 0.0
        return self.count, int(labels.sum()), int((labels ** 2).sum()), \
            (keys if len(self._keys) == len(self._labels) else None)

    def data_set(self):
        """'the test set' or 'the training set' if the batches were exactly that set, each
        example once; otherwise None."""
        mine = self.fingerprint()
        return next((name for name, theirs in _REFERENCE.items() if mine[:3] == theirs[:3] and
                     mine[3] is not None and abs(mine[3] - theirs[3]) <= TOLERANCE * theirs[3]),
                    None)

    def is_(self, name):
        """1 if the batches were exactly the named set ('test' or 'train'), else 0: for a
        self-check, which holds numbers."""
        return int(self.data_set() == {'test': 'the test set', 'train': 'the training set'}[name])

    def __repr__(self):
        return f'{self.count} examples: {self.data_set() or "not exactly one of the data sets"}'


def shared_rows(A, B):
    """How many rows of B also occur, exactly, as a row of A (NDArrays or numpy arrays): a
    training set and a test set drawn apart share none."""
    A = A.asnumpy() if hasattr(A, 'asnumpy') else np.asarray(A)
    B = B.asnumpy() if hasattr(B, 'asnumpy') else np.asarray(B)
    in_A = {row.tobytes() for row in A.reshape((len(A), -1))}
    return sum(row.tobytes() in in_A for row in B.reshape((len(B), -1)))
