"""Model selection (模型选择): k-fold cross-validation, taught in 08 and used by the capstone."""
from mxnet import nd


# Departs from the book's get_k_fold_data: bad arguments are a ValueError that says what is
# wrong, where the book has an assert (skipped under `python -O`) or silently returns None.
def get_k_fold_data(k, i, X, y):
    """The training and validation data of fold i of k-fold cross-validation (K折交叉验证)."""
    if not isinstance(k, int) or k < 2:
        raise ValueError(f'k is the number of folds: a whole number of at least 2, got {k!r}')
    if not isinstance(i, int) or not 0 <= i < k:
        raise ValueError(f'i is the index of the validation fold: 0 to {k - 1}, got {i!r}')
    if X.shape[0] != y.shape[0] or X.shape[0] < k:
        raise ValueError(f'X and y need the same number of examples, at least k = {k}; '
                         f'got {X.shape[0]} and {y.shape[0]}')
    fold_size = X.shape[0] // k
    X_train, y_train = None, None
    for j in range(k):
        idx = slice(j * fold_size, (j + 1) * fold_size)
        X_part, y_part = X[idx, :], y[idx]
        if j == i:
            X_valid, y_valid = X_part, y_part
        elif X_train is None:
            X_train, y_train = X_part, y_part
        else:
            X_train = nd.concat(X_train, X_part, dim=0)
            y_train = nd.concat(y_train, y_part, dim=0)
    return X_train, y_train, X_valid, y_valid
