"""Data: the book's synthetic-data iterator and Fashion-MNIST read from the local archives."""
import gzip
import hashlib
import os
import random
import weakref
from pathlib import Path

import numpy as np
from mxnet import nd

from . import seen

# The repository's copy, found from any working directory (the package is installed editable).
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / 'data' / 'fashion-mnist'

# SHA-256 of Zalando's original archives (the same as data/fashion-mnist/SHA256SUMS).
ARCHIVES = {
    'train-images-idx3-ubyte.gz': 'b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7',
    'train-labels-idx1-ubyte.gz': '0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056',
    't10k-images-idx3-ubyte.gz': 'cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa',
    't10k-labels-idx1-ubyte.gz': '8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05',
}

TEXT_LABELS = ['t-shirt', 'trouser', 'pullover', 'dress', 'coat',
               'sandal', 'shirt', 'sneaker', 'bag', 'ankle boot']

_RESTORE = ('The course ships these archives in data/fashion-mnist/ of its repository: '
            'restore them with `git checkout -- data/fashion-mnist` from the repository root, '
            'or pass root= the folder that holds them.')


def check_batch_size(batch_size):
    """Raise a clear error unless batch_size is a positive integer."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
        raise ValueError(f'batch_size must be a positive integer, got {batch_size!r}')


def data_iter(batch_size, features, labels):
    """Iterate through a data set in shuffled mini-batches."""
    check_batch_size(batch_size)
    num_examples = len(features)
    if len(labels) != num_examples:
        raise ValueError(f'features has {num_examples} examples but labels has {len(labels)}: '
                         'they must have the same length')
    indices = list(range(num_examples))
    random.shuffle(indices)  # the examples are read in random order
    for i in range(0, num_examples, batch_size):
        j = nd.array(indices[i: min(i + batch_size, num_examples)])
        yield features.take(j), labels.take(j)


def get_fashion_mnist_labels(labels):
    """Get text labels for Fashion-MNIST, from a list, numpy array or NDArray of class indices."""
    if isinstance(labels, nd.NDArray):  # d2lzh's int(i) fails on NDArray elements
        labels = labels.asnumpy()
    return [TEXT_LABELS[int(i)] for i in labels]


def _sha256(path):
    with open(path, 'rb') as f:
        return hashlib.file_digest(f, 'sha256').hexdigest()


_cache = {}


def _read_idx(path, magic, shape_tail):
    """Read one gzipped IDX archive after checking it is present and intact."""
    if not path.is_file():
        raise FileNotFoundError(f'Fashion-MNIST archive not found: {path}. {_RESTORE}')
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _cache:
        digest = _sha256(path)
        if digest != ARCHIVES[path.name]:
            raise ValueError(f'Fashion-MNIST archive {path} is corrupt or truncated: its SHA-256 is '
                             f'{digest}, expected {ARCHIVES[path.name]}. {_RESTORE}')
        with gzip.open(path, 'rb') as f:
            raw = f.read()
        if int.from_bytes(raw[:4], 'big') != magic:
            raise ValueError(f'{path} is not an IDX file of the expected kind. {_RESTORE}')
        header = 8 + 4 * len(shape_tail)
        count = int.from_bytes(raw[4:8], 'big')
        _cache[key] = np.frombuffer(raw, np.uint8, offset=header).reshape((count,) + shape_tail)
    return _cache[key]


def read_fashion_mnist(root=DEFAULT_ROOT, train=True):
    """Return (images, labels) as uint8 numpy arrays of shapes (n, 28, 28) and (n,)."""
    root = Path(os.path.expanduser(str(root)))
    if not root.is_dir():
        raise FileNotFoundError(f'Fashion-MNIST folder not found: {root}. {_RESTORE}')
    prefix = 'train' if train else 't10k'
    images = _read_idx(root / f'{prefix}-images-idx3-ubyte.gz', 2051, (28, 28))
    labels = _read_idx(root / f'{prefix}-labels-idx1-ubyte.gz', 2049, ())
    seen.register(images, labels, 'the training set' if train else 'the test set')
    return images, labels


class _Resident:
    """A data set's images and labels in MXNet, with the numpy arrays they came from."""
    __slots__ = ('images', 'labels', 'X', 'y', '__weakref__')


# Held weakly: an entry lives as long as an iterator over it does, so that a learner who needs the
# memory back (Binder gives a kernel 1-2 GB) frees it by deleting the iterators.
_resident = weakref.WeakValueDictionary()


def _as_ndarrays(images, labels):
    """The images as float32 in [0, 1] of shape (n, 1, 28, 28), and int32 labels, converted once
    for all the iterators alive over them, so that an epoch only takes its batches from them."""
    key = (id(images), id(labels))
    entry = _resident.get(key)
    if entry is None:
        entry = _Resident()
        entry.X = nd.empty((len(images), 1, 28, 28), dtype='float32')
        for i in range(0, len(images), 10000):  # in chunks: the peak is the result plus one chunk
            entry.X[i: i + 10000] = (images[i: i + 10000].astype(np.float32) / 255).reshape(
                (-1, 1, 28, 28))
        entry.y = nd.array(labels, dtype='int32')
        # the numpy arrays stay in the entry, so that their ids are not reused while it lives
        entry.images, entry.labels = images, labels
        _resident[key] = entry
    return entry


class FashionMNISTIter:
    """Mini-batches of (images, labels) held in memory; re-iterable, reshuffled on each pass.

    Yields float32 images of shape (batch, 1, 28, 28) in [0, 1] and int32 labels, as Gluon's
    ToTensor pipeline does, but without decoding images one by one in worker processes: the
    images are converted once, and a batch is one `take` (a slice, unshuffled).
    """

    def __init__(self, images, labels, batch_size, shuffle=False, resize=None):
        check_batch_size(batch_size)
        if len(images) != len(labels):
            raise ValueError(f'{len(images)} images but {len(labels)} labels: they must match')
        self.images, self.labels = images, labels
        self.batch_size, self.shuffle = batch_size, shuffle
        if isinstance(resize, int):
            resize = (resize, resize)
        self.resize = resize  # (width, height), as Gluon's Resize takes it
        self._resident = _as_ndarrays(images, labels)

    def __len__(self):
        return (len(self.labels) + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        X_all, y_all = self._resident.X, self._resident.y
        n, bs = len(self.labels), self.batch_size
        if self.shuffle:
            order = nd.array(np.random.permutation(n), dtype='int32')
            y_all = nd.take(y_all, order)  # the labels of the whole pass, in one operation
        for i in range(0, n, bs):
            X = nd.take(X_all, order[i: i + bs]) if self.shuffle else X_all[i: i + bs]
            if self.resize:
                X = nd.contrib.BilinearResize2D(X, height=self.resize[1], width=self.resize[0])
            yield X, y_all[i: i + bs]


# Departs from d2lzh: reads the local archives (no download) and batches from memory (no workers).
def load_data_fashion_mnist(batch_size, resize=None, root=DEFAULT_ROOT):
    """Load Fashion-MNIST into memory and return (train_iter, test_iter)."""
    check_batch_size(batch_size)
    train = FashionMNISTIter(*read_fashion_mnist(root, train=True), batch_size,
                             shuffle=True, resize=resize)
    test = FashionMNISTIter(*read_fashion_mnist(root, train=False), batch_size,
                            shuffle=False, resize=resize)
    return train, test
