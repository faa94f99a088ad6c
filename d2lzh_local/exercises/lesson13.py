"""Lesson 13, predicting house prices on Kaggle: the exercises.

The checks and the solutions cannot see the notebook's variables, so the first part of this module
is the lesson's own code (reading and preprocessing the data, `train`, `k_fold_side_by_side`), which
the solutions call by the lesson's names."""
import functools
import math
import numbers
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

import d2lzh_local as d2l

from .. import selfcheck
from . import T, Unusable, Wrong, call, lesson
from .answers import expect_function, kind

EXERCISES, exercise = lesson()


# --- the lesson's code ---------------------------------------------------------------------------

loss = gloss.L2Loss()
loss.hybridize()  # as the lesson does: the same loss, computed faster


@functools.lru_cache(maxsize=None)
def _read(pandas_defaults):
    from ..download import download
    how = {} if pandas_defaults else {'keep_default_na': False, 'na_values': ['NA']}
    return (pd.read_csv(download('kaggle_house_train'), **how),
            pd.read_csv(download('kaggle_house_test'), **how))


def read_data(pandas_defaults=False):
    """The lesson's train_data and test_data (pandas_defaults: read as pandas reads by default)."""
    train_data, test_data = _read(pandas_defaults)
    return train_data.copy(), test_data.copy()


def preprocess(train_data, test_data, standardise=True):
    """The lesson's preprocessing: train_features, test_features and train_labels, NDArrays."""
    all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
    numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
    if standardise:
        all_features[numeric_features] = all_features[numeric_features].apply(
            lambda x: (x - x.mean()) / (x.std()))
    all_features[numeric_features] = all_features[numeric_features].fillna(0)
    all_features = pd.get_dummies(all_features, dummy_na=True)
    n_train = train_data.shape[0]
    return (nd.array(all_features[:n_train].values.astype('float32')),
            nd.array(all_features[n_train:].values.astype('float32')),
            nd.array(train_data.SalePrice.values).reshape((-1, 1)))


@functools.lru_cache(maxsize=None)
def _house_data(standardise, pandas_defaults):
    return tuple(a.asnumpy() for a in preprocess(*_read(pandas_defaults), standardise=standardise))


def house_data(standardise=True, pandas_defaults=False):
    """train_features, test_features, train_labels as the lesson makes them (a fresh copy)."""
    return tuple(nd.array(a) for a in _house_data(standardise, pandas_defaults))


def get_net():
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    return net


def log_rmse(net, features, labels):
    clipped_preds = nd.clip(net(features), 1, float('inf'))
    rmse = nd.sqrt(2 * loss(clipped_preds.log(), labels.log()).mean())
    return rmse.asscalar()


def train(net, train_features, train_labels, test_features, test_labels,
          num_epochs, learning_rate, weight_decay, batch_size):
    train_ls, test_ls = [], []
    trainer = gluon.Trainer(net.collect_params(), 'adam', {
        'learning_rate': learning_rate, 'wd': weight_decay})
    for epoch in range(num_epochs):
        for X, y in d2l.data_iter(batch_size, train_features, train_labels):
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
        train_ls.append(log_rmse(net, train_features, train_labels))
        if test_labels is not None:
            test_ls.append(log_rmse(net, test_features, test_labels))
    return train_ls, test_ls


class FoldModels(nn.Block):
    # k independent models side by side: slice i of every parameter belongs to model i
    def __init__(self, k, num_inputs, num_hiddens=0, **kwargs):
        super().__init__(**kwargs)
        sizes = [num_inputs] + ([num_hiddens] if num_hiddens else []) + [1]
        self.layers = []
        for j, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            w = self.params.get(f'weight{j}', shape=(k, n_in, n_out))
            b = self.params.get(f'bias{j}', shape=(k, 1, n_out), init=init.Zero())
            self.layers.append((w, b))

    def forward(self, X):  # X: (k, batch, inputs), one batch per model
        for j, (w, b) in enumerate(self.layers):
            if j > 0:
                X = X.relu()
            X = nd.batch_dot(X, w.data()) + b.data()
        return X


class Curves(tuple):
    """What k_fold_side_by_side returns, (train_ls, valid_ls), arrays of shape (epochs, folds),
    shown in one line."""

    def __repr__(self):
        train_c, valid_c = self
        return (f'<{train_c.shape[0]} epochs x {train_c.shape[1]} folds: after the last epoch, '
                f'train log-RMSE {train_c[-1].mean():.4f}, valid {valid_c[-1].mean():.4f}>')


def _side_by_side(k, X_train, y_train, num_epochs, learning_rate, weight_decay, batch_size,
                  num_hiddens=0, log_labels=False, weights=None, curves=True):
    """The lesson's k_fold_side_by_side; log_labels: fit log(price) and predict exp(output);
    weights: one per house, its weight in the training loss (0: left out of training). Returns
    the net, the fold data and the curves."""
    columns = [X_train] + ([nd.array(weights).reshape((-1, 1))] if weights is not None else [])
    data = nd.concat(*columns, dim=1) if len(columns) > 1 else X_train
    folds = [d2l.get_k_fold_data(k, i, data, y_train) for i in range(k)]
    X_tr, y_tr, X_va, y_va = [nd.stack(*parts) for parts in zip(*folds)]  # fold axis first
    if weights is not None:
        w_tr, X_tr, X_va = X_tr[:, :, -1:], X_tr[:, :, :-1], X_va[:, :, :-1]
    n = X_tr.shape[1]
    X_rows, y_rows = X_tr.reshape((k * n, -1)), y_tr.reshape((k * n, 1))
    w_rows = w_tr.reshape((k * n,)) if weights is not None else None
    fit_rows = y_rows.log() if log_labels else y_rows
    net = FoldModels(k, X_train.shape[1], num_hiddens)
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), 'adam', {
        'learning_rate': learning_rate, 'wd': weight_decay})
    train_ls, valid_ls = [], []
    predict = (lambda X: net(X).exp()) if log_labels else net
    for epoch in range(num_epochs):
        order = np.argsort(np.random.rand(k, n), axis=1) + n * np.arange(k).reshape((k, 1))
        order = nd.array(order, dtype='int32')
        for i in range(0, n, batch_size):
            rows = order[:, i:i + batch_size]
            X, y = X_rows.take(rows), fit_rows.take(rows)
            with autograd.record():
                l = loss(net(X).reshape((-1, 1)), y.reshape((-1, 1)))
                if w_rows is not None:
                    l = l * w_rows.take(rows).reshape((-1,))
            l.backward()
            trainer.step(batch_size)
        if curves or epoch == num_epochs - 1:
            train_ls.append(_log_rmse_per_model(predict, X_tr, y_tr))
            valid_ls.append(_log_rmse_per_model(predict, X_va, y_va))
    return predict, (X_va, y_va, folds), Curves((np.array(train_ls), np.array(valid_ls)))


def _log_rmse_per_model(predict, X, y, mask=None):
    squares = (nd.clip(predict(X), 1, float('inf')).log() - y.log()) ** 2
    if mask is None:
        return squares.mean(axis=(1, 2)).sqrt().asnumpy()
    return ((squares * mask).sum(axis=(1, 2)) / mask.sum(axis=(1, 2))).sqrt().asnumpy()


def k_fold_side_by_side(k, X_train, y_train, num_epochs, learning_rate, weight_decay,
                        batch_size, num_hiddens=0, log_labels=False):
    """The lesson's k_fold_side_by_side: the curves (train_ls, valid_ls) of the k folds, arrays of
    shape (epochs, folds). log_labels=True: each model fits log(price) and predicts exp(output)."""
    return _side_by_side(k, X_train, y_train, num_epochs, learning_rate, weight_decay,
                         batch_size, num_hiddens, log_labels)[2]


def k_fold_errors(k, X_train, y_train, num_epochs, learning_rate, batch_size, trained_on,
                  validated_on):
    """k_fold_side_by_side's linear models, trained on the houses where trained_on is True only
    (the others weigh 0 in the loss). validated_on: {name: mask}; returns {name: the validation
    log-RMSE after the last epoch over the houses of each fold where mask is True, averaged over
    the folds}."""
    predict, (X_va, _, folds), _ = _side_by_side(k, X_train, y_train, num_epochs, learning_rate,
                                                 0, batch_size, weights=trained_on, curves=False)
    errors = {}
    for name, mask in validated_on.items():
        parts = [d2l.get_k_fold_data(k, i, nd.array(mask).reshape((-1, 1)), y_train)
                 for i in range(k)]
        masks = nd.stack(*[p[2] for p in parts])
        y_va = nd.stack(*[f[3] for f in folds])
        errors[name] = float(_log_rmse_per_model(predict, X_va, y_va, masks).mean())
    return errors


# --- the kinds of answer of this lesson ----------------------------------------------------------

def _describe(x, lang='en'):
    """What x is, in a few words, in English or Chinese (a dict's keys, a tuple's items)."""
    zh = lang == 'zh'
    if isinstance(x, dict):
        return f'一个键为{list(x)[:6]}的字典' if zh else f'a dict with keys {list(x)[:6]}'
    if isinstance(x, (tuple, list)):
        items = ('、' if zh else ', ').join(kind(v, lang) for v in x[:3]) + \
            ('……' if zh else ', ...') * (len(x) > 3)
        return f'一个含{len(x)}项的{type(x).__name__}：{items}' if zh else \
            f'a {type(x).__name__} of {len(x)}: {items}'
    return kind(x, lang)


def _number(x):
    """x as a float if it is one number (a Python or numpy number, an NDArray of one), else None."""
    if isinstance(x, nd.NDArray) and x.size == 1:
        x = x.asscalar()
    if isinstance(x, np.ndarray) and x.size == 1:
        x = x.item()
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        return None
    return float(x)


def expect_curves(value, what):
    """value as k_fold_side_by_side returns it, (train_ls, valid_ls): two float arrays of the same
    shape (epochs, folds)."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        if all(_number(v) is not None for v in value):
            a, b = (_number(v) for v in value)
            raise Unusable(
                f'{what} is two numbers, {a:.4g} and {b:.4g}: what k_fold returns (the averages '
                'after the last epoch). k_fold_side_by_side returns the curves: two arrays of '
                'shape (epochs, folds).',
                f'{what}是两个数：{a:.4g}和{b:.4g}，这是k_fold的返回值（最后一个迭代周期后的平均值）。'
                'k_fold_side_by_side返回的是曲线：两个形状为（迭代周期数, 折数）的数组。')
        try:
            arrays = [np.asarray(v.asnumpy() if isinstance(v, nd.NDArray) else v, dtype=float)
                      for v in value]
        except (TypeError, ValueError):
            arrays = None
        if arrays and arrays[0].ndim == 2 and arrays[0].shape == arrays[1].shape \
                and arrays[0].size:
            return arrays
    raise Unusable(
        f'{what} should be what k_fold_side_by_side returns: a pair (train_ls, valid_ls) of '
        f'arrays of shape (epochs, folds); got {_describe(value)}.',
        f'{what}应为k_fold_side_by_side的返回值：由两个形状为（迭代周期数, 折数）的数组组成的'
        f'(train_ls, valid_ls)；得到的是{_describe(value, "zh")}。')




# --- 1 ------------------------------------------------------------------------------------------

ex1 = exercise(
    T('A submission Kaggle accepts', 'Kaggle接受的提交文件'),
    T('Kaggle scores a submission only if it is what the competition asks for: one row per test '
      'house, in the order of the test file, with the columns `Id` and `SalePrice` and nothing '
      'else, and a positive price for every house, since the log root-mean-squared error '
      '(对数均方根误差) takes the logarithm of each. Kaggle cannot be reached from here, so check '
      'your submission before you upload it: pass `submission` (the DataFrame `train_and_pred` '
      'returned) or the name of the file `write_submission` wrote.',
      'Kaggle只对符合比赛要求的提交结果评分：测试集中的每栋房子一行，按测试文件中的顺序排列，只有`Id`和'
      '`SalePrice`两列，且每栋房子的价格都为正（对数均方根误差要对价格取对数）。这里无法访问Kaggle，'
      '所以在上传之前先检查你的提交结果：传入`submission`（`train_and_pred`返回的DataFrame），或者'
      '`write_submission`写出的文件名。'),
    """answer = ...  # submission (the DataFrame) or 'submission.csv' (the file's name)

ex[1].check(answer)""", book=['3.16.1'], solution_seconds=3,
    what=T("Set answer to submission or to 'submission.csv', then run the cell again.",
           "把answer设为submission或'submission.csv'，然后再运行这个单元格。"),
    hints=[T('Open the file as Kaggle will: `pd.read_csv(\'submission.csv\')`. How many columns '
             'has it, and what are they called? How many rows? Compare its `Id` column with '
             "`test_data['Id']`.",
             '像Kaggle那样打开这个文件：`pd.read_csv(\'submission.csv\')`。它有几列，列名是什么？有几行？'
             "把它的`Id`列与`test_data['Id']`比较一下。"),
           T('The lesson\'s `train_and_pred` and `write_submission` make a valid file: the model '
             'trained on all the training houses, `net(test_features)` for the 1,459 test houses, '
             "`test_data['Id']` beside the predictions, and `to_csv(path, index=False)` (without "
             '`index=False` pandas writes its row numbers as an extra first column).',
             '本节的`train_and_pred`和`write_submission`写出的就是有效的文件：模型在训练集的全部房子上训练，'
             "对测试集中的1,459栋房子计算`net(test_features)`，把`test_data['Id']`放在预测值旁边，再用"
             '`to_csv(path, index=False)`写出（不加`index=False`时，pandas会把行号作为多出来的第一列写进去）。')],
    explanation=T(
        'The model is trained on all 1,460 training houses with the book\'s hyperparameters, then '
        'predicts the 1,459 test houses. The submission has exactly the columns `Id` and '
        '`SalePrice`, the test houses\' Ids in the order of the test file, and a positive price in '
        'dollars for each, higher for the larger and better houses: Kaggle can score it. Upload '
        'it on the competition\'s page ("Submit Predictions", or "Late Submission") and Kaggle '
        'shows its log-RMSE on the test houses; exercise 2 asks what to expect.',
        '模型用书中的超参数在训练集的全部1,460栋房子上训练，然后预测测试集中1,459栋房子的价格。提交结果恰好只有'
        '`Id`和`SalePrice`两列，测试集中房子的Id按测试文件中的顺序排列，每栋房子都有一个以美元计的正价格，'
        '而且越大、越好的房子价格越高：Kaggle可以为它评分。在比赛页面上传它（“Submit Predictions”或'
        '“Late Submission”），Kaggle就会显示它在测试集上的对数均方根误差；练习2讨论的是该预计得到多少。'))


@ex1.solves
def make_submission():
    train_features, test_features, train_labels = house_data()
    test_data = read_data()[1]
    net = get_net()  # the book's hyperparameters: 100 epochs, learning rate 5, no weight decay
    train_ls, _ = train(net, train_features, train_labels, None, None, 100, 5, 0, 64)
    preds = net(test_features).asnumpy().ravel()
    submission = pd.DataFrame({'Id': test_data['Id'], 'SalePrice': preds})
    print(f'training log-RMSE after 100 epochs: {train_ls[-1]:.4f}')
    print(f'{len(submission)} predictions, from {preds.min():,.0f} to {preds.max():,.0f} dollars')
    return submission


def _submission_table(answer):
    """The submission as Kaggle reads it: a DataFrame, or the CSV file of the name given."""
    if isinstance(answer, (str, os.PathLike)):
        path = Path(answer)
        if not path.is_file():
            where = ('', '') if path.is_absolute() else (f' in {Path.cwd()}', f'（在{Path.cwd()}中）')
            raise Unusable(
                f'There is no file {str(answer)!r}{where[0]}: pass the name of the file '
                "write_submission wrote ('submission.csv'), or the DataFrame submission itself.",
                f'没有文件{str(answer)!r}{where[1]}：请传入write_submission写出的文件名'
                "（'submission.csv'），或者DataFrame submission本身。")
        try:
            return pd.read_csv(path), (path.name, path.name)
        except Exception as e:
            raise Unusable(f'{path.name} cannot be read as a CSV file ({type(e).__name__}: {e}).',
                           f'{path.name}无法作为CSV文件读取（{type(e).__name__}：{e}）。') from None
    if isinstance(answer, pd.DataFrame):
        return answer, ('The submission', '提交结果')
    raise Unusable(
        'Expected the submission: the DataFrame train_and_pred returns, or the name of the file '
        f"write_submission wrote ('submission.csv'); got {_describe(answer)}.",
        '应为提交结果：train_and_pred返回的DataFrame，或者write_submission写出的文件名'
        f"（'submission.csv'）；得到的是{_describe(answer, 'zh')}。")


@ex1.checks
def _(answer):
    table, (name, name_zh) = _submission_table(answer)
    within = 'the submission' if name == 'The submission' else name  # within a sentence
    test_data = _read(False)[1]
    columns = [str(c) for c in table.columns]
    if columns != ['Id', 'SalePrice']:
        if columns and columns[0].startswith('Unnamed') and columns[1:] == ['Id', 'SalePrice']:
            raise Wrong(f'{name} has a first column without a name ({columns[0]!r}): the row '
                        'numbers pandas writes unless told `index=False`. Kaggle expects exactly '
                        'the columns Id and SalePrice.',
                        f'{name_zh}的第一列没有名字（{columns[0]!r}）：这是pandas在没有'
                        '`index=False`时写出的行号。Kaggle要求恰好只有Id和SalePrice两列。')
        raise Wrong(f'{name} has the columns {columns[:5]}; Kaggle expects exactly Id and '
                    'SalePrice, in that order.',
                    f'{name_zh}的列为{columns[:5]}；Kaggle要求恰好是Id和SalePrice两列，且按此顺序。')
    if len(table) != len(test_data):
        extra = (' It has as many rows as there are training houses: the predictions are for the '
                 'test houses (test_features).', '它的行数与训练集中房子的数目相同：要预测的是测试集中的房子'
                 '（test_features）。') if len(table) == len(_read(False)[0]) else ('', '')
        raise Wrong(f'{name} has {len(table)} rows; Kaggle expects one per test house, as many as '
                    f'the test file has.{extra[0]}',
                    f'{name_zh}有{len(table)}行；Kaggle要求测试集中的每栋房子一行，与测试文件的行数'
                    f'相同。{extra[1]}')
    ids = pd.to_numeric(table['Id'], errors='coerce').to_numpy()
    expected = test_data['Id'].to_numpy()
    if not np.array_equal(ids, expected):
        if np.array_equal(ids, np.arange(len(table))):
            raise Wrong(f'The Ids of {within} are 0, 1, 2, ...: row numbers, not the Ids of the test '
                        "houses (test_data['Id']).",
                        f'{name_zh}的Id是0、1、2……：这是行号，而不是测试集中房子的Id（test_data[\'Id\']）。')
        if sorted(ids) == sorted(expected):
            raise Wrong(f'{name} has every test house, but not in the order of the test file: keep '
                        'the rows in the order of test_data (and each price beside its own Id).',
                        f'{name_zh}包含测试集中的每一栋房子，但顺序与测试文件不同：请按test_data的顺序排列各行'
                        '（并让每个价格紧挨着它自己的Id）。')
        missing = len(set(expected) - set(ids))
        raise Wrong(f'{missing} of the test houses\' Ids are missing from {within}.',
                    f'{name_zh}中缺少测试集中{missing}栋房子的Id。')
    prices = pd.to_numeric(table['SalePrice'], errors='coerce').to_numpy(dtype=float)
    if not np.isfinite(prices).all():
        bad = int((~np.isfinite(prices)).sum())
        raise Wrong(f'Some predicted prices ({bad} of them) are not numbers (nan or inf): did the '
                    'training diverge (a learning rate too large, or SGD instead of Adam)?',
                    f'有{bad}个预测价格不是数值（nan或inf）：训练是否发散了（学习率太大，或者用小批量随机梯度'
                    '下降代替了Adam）？')
    if (prices <= 0).any():
        bad = int((prices <= 0).sum())
        raise Wrong(f'Some predicted prices ({bad} of them) are 0 or negative: the log-RMSE takes '
                    'the logarithm of every price, so each must be positive.',
                    f'有{bad}个预测价格为0或负数：对数均方根误差要对每个价格取对数，所以每个价格都必须为正。')
    median = float(np.median(prices))
    if not 30_000 <= median <= 1_000_000:
        logs = (' They look like logarithms of prices: a model trained on log(SalePrice) predicts '
                'exp of its output.', '它们看起来像价格的对数：在log(SalePrice)上训练的模型应以其输出的'
                'exp作为预测。') if 5 < median < 20 else ('', '')
        raise Wrong(f'The median predicted price is {median:,.4g}, not the price of a house in '
                    f'dollars.{logs[0]}',
                    f'预测价格的中位数为{median:,.4g}，不像一栋房子以美元计的价格。{logs[1]}')
    quality = test_data['OverallQual'].to_numpy(dtype=float)
    if np.corrcoef(np.log(prices), quality)[0, 1] < 0.5:
        raise Wrong(f'In {within} the better houses do not get the higher prices (the predicted '
                    "prices hardly follow the test houses' OverallQual): are the prices beside "
                    'the Ids of their own houses, in the order of test_features?',
                    f'在{name_zh}中，质量更好的房子并没有得到更高的价格（预测价格几乎不随测试集中房子的OverallQual'
                    '变化）：每个价格是否紧挨着它自己那栋房子的Id，并按test_features的顺序排列？')
    print(T(f'{name}: {len(table)} predictions, from {prices.min():,.0f} to {prices.max():,.0f} '
            f'dollars, median {median:,.0f}: ready to upload.',
            f'{name_zh}：{len(table)}个预测，从{prices.min():,.0f}到{prices.max():,.0f}美元，'
            f'中位数{median:,.0f}：可以上传了。')[selfcheck.language()])


@functools.lru_cache(maxsize=None)
def _book_predictions():
    """The predictions of the model trained as the solution trains it, for the test houses and
    for the training houses (for the wrong answers), once per process."""
    train_features, test_features, train_labels = house_data()
    net = get_net()
    train(net, train_features, train_labels, None, None, 100, 5, 0, 64)
    return net(test_features).asnumpy().ravel(), net(train_features).asnumpy().ravel()


def _book_submission(prices=None):
    test_prices, _ = _book_predictions()
    return pd.DataFrame({'Id': read_data()[1]['Id'],
                         'SalePrice': test_prices if prices is None else prices})


@ex1.wrong('written with to_csv(path) without index=False: an extra first column')
def _():
    path = Path(tempfile.gettempdir()) / 'd2l-13-submission-with-index.csv'
    _book_submission().to_csv(path)
    return str(path)


@ex1.wrong('the logarithms of the prices (a model trained on logs, exp forgotten)')
def _():
    return _book_submission(np.log(_book_predictions()[0]))


@ex1.wrong('the predictions for the training houses')
def _():
    return pd.DataFrame({'Id': read_data()[0]['Id'], 'SalePrice': _book_predictions()[1]})


@ex1.wrong('the prices sorted apart from their Ids')
def _():
    return _book_submission(np.sort(_book_predictions()[0]))


# --- 2 ------------------------------------------------------------------------------------------

ex2 = exercise(
    T('What score to expect', '该预计多少分'),
    T('The book\'s hyperparameters gave a 5-fold validation log-RMSE of about 0.17 (the folds from '
      'about 0.155 to 0.19), and the model trained on all 1,460 training houses ends with a '
      'training log-RMSE of about 0.162. Before Kaggle answers, what should you expect it to show '
      'for the 1,459 test houses?\n\n'
      '(a) about 0.162, the training error of the model submitted, since it was trained on all the '
      'data &nbsp; (b) about the cross-validation error, 0.17, give or take the differences '
      'between folds &nbsp; (c) far more than 0.17, since the model has never seen the test '
      'houses &nbsp; (d) far less than 0.17, since the model was trained on 1,460 houses rather '
      'than 1,168',
      '用书中的超参数做5折交叉验证，验证对数均方根误差约为0.17（各折从约0.155到0.19）；在训练集的全部'
      '1,460栋房子上训练的模型，最终的训练对数均方根误差约为0.162。在Kaggle给出结果之前，你预计它对测试集中'
      '1,459栋房子给出的分数是多少？\n\n'
      '(a) 约0.162，即所提交模型的训练误差，因为它是在全部数据上训练的 &nbsp; (b) 约为交叉验证误差0.17，'
      '上下浮动的幅度与各折之间的差别相当 &nbsp; (c) 远大于0.17，因为模型从未见过测试集中的房子 &nbsp; '
      '(d) 远小于0.17，因为模型是在1,460栋而不是1,168栋房子上训练的'),
    book=['3.16.1'],
    hints=[T('In each round of cross-validation, had the model seen the houses of its validation '
             'fold? And had the submitted model seen the test houses?',
             '在交叉验证的每一轮中，模型见过它的验证折中的房子吗？提交的模型又见过测试集中的房子吗？'),
           T('Cross-validation is an estimate of the error on houses the model was not trained on, '
             'houses like the training houses. If the test houses are like them (compare a few '
             'features of train_data and test_data), that estimate applies to them too.',
             '交叉验证估计的是模型在没训练过的房子上的误差，这些房子与训练集中的房子相似。如果测试集中的房子也与'
             '它们相似（比较一下train_data和test_data的几个特征），这个估计对测试集同样适用。')],
    explanation=T(
        'The test houses are houses like the training houses (their median size, quality, year '
        'and lot are about the same), and none of them was seen in training, just as each '
        'validation fold was unseen by the model of its round. So the cross-validation error, '
        'about 0.17, is the estimate of the Kaggle score; a new set of houses lands somewhere '
        'within the spread of the folds (0.155 to 0.19), and the 292 more training houses of the '
        'final model help only a little. The training error is measured on the houses the model '
        'was fitted to: it is optimistic.',
        '测试集中的房子与训练集中的房子相似（它们的面积、质量、年份和地块的中位数都差不多），而且训练时一栋都没有见过，'
        '正如每一轮的验证折对该轮的模型来说都是没见过的。因此约0.17的交叉验证误差就是对Kaggle分数的估计；'
        '换一组新的房子，误差会落在各折的范围之内（0.155到0.19），而最终模型多用的292个训练样本只有一点帮助。'
        '训练误差是在模型拟合过的房子上测得的：它过于乐观。'))


@ex2.solves
def compare_the_test_houses():
    train_data, test_data = read_data()
    columns = ['GrLivArea', 'OverallQual', 'YearBuilt', 'LotArea']
    print(pd.DataFrame({'training houses': train_data[columns].median(),
                        'test houses': test_data[columns].median()}))
    return 'b'  # unseen houses like the training houses, as each validation fold was


ex2.choice({
    'a': T('The training error is measured on the houses the model was fitted to; on houses it '
           'has not seen, the error is higher, as each round of cross-validation showed.',
           '训练误差是在模型拟合过的房子上测得的；在没见过的房子上误差更高，交叉验证的每一轮都表明了这一点。'),
    'c': T('The validation houses were unseen too: that is what cross-validation is for. Only if '
           'the test houses differed from the training houses would the score be far worse.',
           '验证折中的房子模型同样没见过：交叉验证正是为此而设。只有当测试集中的房子与训练集中的房子不同时，分数才会差得多。'),
    'd': T('292 more training houses help a little, not far: the training errors hardly differ '
           'between the folds\' models and the model trained on all the data.',
           '多出292个训练样本只有一点帮助，不会好很多：各折的模型和在全部数据上训练的模型，训练误差几乎相同。'),
})


# --- 3 ------------------------------------------------------------------------------------------

ex3 = exercise(
    T('Tuning against the k-fold results', '对照$k$折交叉验证的结果调参'),
    T('Tune the model with `k_fold_side_by_side`: learning rates between 25 and 100, more or fewer '
      'epochs, a hidden layer (隐藏层) with more or fewer units, weight decay (权重衰减). Try at '
      'least three settings on the same 5 folds, keep what each run returns in a dict `tried` '
      '(name: curves), and choose the setting you would train with `train_and_pred` and submit. '
      'Compare the validation log-RMSE after the last epoch, averaged over the folds. The check '
      'says whether your choice follows from your runs, and lists them.',
      '用`k_fold_side_by_side`调参：25到100之间的学习率、更多或更少的迭代周期、隐藏单元更多或更少的'
      '隐藏层（hidden layer）、权重衰减（weight decay）。在同样的5折上至少试三种设置，把每次运行的返回值'
      '放进字典`tried`（名字: 曲线），然后选出你要用`train_and_pred`训练并提交的那一种。比较的是最后一个'
      '迭代周期后、在各折上取平均的验证对数均方根误差。检查会告诉你，你的选择是否与你的运行结果相符，'
      '并列出这些运行结果。'),
    """# tried = {'linear, lr 50': k_fold_side_by_side(k, train_features, train_labels, 100, 50, 0, 64),
#          ...}  (at least three settings)
answer = ...  # {'tried': tried, 'chosen': the name of the setting you would submit}

ex[3].check(answer)""", book=['3.16.2', '3.16.4'], solution_seconds=9,
    what=T("Set answer to {'tried': tried, 'chosen': name}, then run the cell again.",
           "把answer设为{'tried': tried, 'chosen': 名字}，然后再运行这个单元格。"),
    hints=[T('The lesson\'s `choices` and `curves` are a start: `curves` is already such a dict. '
             'Which number of each run tells you how the model does on houses it was not trained '
             'on?',
             '可以从本节的`choices`和`curves`出发：`curves`已经是这样一个字典。每次运行中，哪个数说明了模型在'
             '没训练过的房子上表现如何？'),
           T("For each name, `tried[name][1][-1].mean()` is the validation log-RMSE after the last "
             'epoch, averaged over the folds; choose the smallest (`min(tried, key=lambda name: '
             'tried[name][1][-1].mean())`), not the smallest training error '
             '(`tried[name][0]`): a lower training error can come with a higher validation error, '
             'as the lesson\'s MLP showed.',
             "对每个名字，`tried[name][1][-1].mean()`是最后一个迭代周期后、在各折上取平均的验证对数均方根误差；"
             "选最小的那个（`min(tried, key=lambda name: tried[name][1][-1].mean())`），而不是训练误差"
             '（`tried[name][0]`）最小的那个：训练误差更低的模型，验证误差可能更高，本节的多层感知机就是这样。')],
    explanation=T(
        'The linear model with learning rate 25 ends lowest of the three, at about 0.148. With '
        'learning rate 50 the validation error is at its lowest about halfway through and then '
        'rises again while the training error keeps falling: fewer epochs would suit it. The MLP '
        'with 16 hidden units overfits less than the lesson\'s 64, but still ends above the linear '
        'model with learning rate 25. This model seems to stop improving around 0.145 to 0.15, '
        'whatever the hyperparameters (exercise 7 finds training on the logarithm ends there '
        'too). Trained with `train_and_pred` and submitted, a choice should improve the Kaggle '
        'score when its validation error is lower by more than the differences between folds (a '
        'few hundredths); a difference of a few thousandths may not show on the test houses.',
        '三者中，学习率为25的线性模型最终最低，约为0.148。学习率为50时，验证误差在训练进行到一半左右时最低，'
        '随后又回升，而训练误差仍在下降：更少的迭代周期更适合它。有16个隐藏单元的多层感知机比本节有64个隐藏'
        '单元的过拟合得轻，但最终仍高于学习率为25的线性模型。不管超参数怎么选，这个模型似乎都停在0.145到0.15'
        '左右（练习7发现在对数上训练也止步于此）。把一个选择用`train_and_pred`训练后提交，如果它的验证误差降低的'
        '幅度超过各折之间的差别（零点零几），Kaggle的分数应当会提高；只差零点零零几，在测试集上未必看得出来。'))


@ex3.solves
def tune_the_model():
    train_features, _, train_labels = house_data()
    settings = {  # name: (epochs, learning rate, weight decay, hidden units)
        'linear, lr 25': (100, 25, 0, 0),
        'linear, lr 50': (100, 50, 0, 0),
        'MLP, 16 hidden units, lr 0.1': (100, 0.1, 0, 16),
    }
    tried = {}
    for name, (epochs, lr, wd, hidden) in settings.items():
        tried[name] = k_fold_side_by_side(5, train_features, train_labels, epochs, lr, wd, 64,
                                          hidden)
        train_ls, valid_ls = tried[name]
        print(f'{name:29}: train {train_ls[-1].mean():.4f}, valid {valid_ls[-1].mean():.4f} '
              f'(lowest {valid_ls.mean(axis=1).min():.4f}, at epoch '
              f'{valid_ls.mean(axis=1).argmin() + 1})')
    chosen = min(tried, key=lambda name: tried[name][1][-1].mean())  # by the validation error
    return {'tried': tried, 'chosen': chosen}


BOOK_VALID = 0.17  # the book's untuned hyperparameters, 5-fold validation log-RMSE
NOISE = 0.002  # two runs of the same setting differ by less than this


@ex3.checks
def _(answer):
    if not isinstance(answer, dict) or set(answer) != {'tried', 'chosen'}:
        raise Unusable("Expected answer = {'tried': tried, 'chosen': name}: a dict with these two "
                       f'keys; got {_describe(answer)}.',
                       "应为answer = {'tried': tried, 'chosen': 名字}：一个有这两个键的字典；"
                       f'得到的是{_describe(answer, "zh")}。')
    tried, chosen = answer['tried'], answer['chosen']
    if not isinstance(tried, dict) or not tried:
        raise Unusable("answer['tried'] should be a dict, name: what k_fold_side_by_side returned; "
                       f'got {_describe(tried)}.',
                       "answer['tried']应为一个字典，名字: k_fold_side_by_side的返回值；"
                       f'得到的是{_describe(tried, "zh")}。')
    curves = {name: expect_curves(run, f'tried[{name!r}]') for name, run in tried.items()}
    if not isinstance(chosen, str) or chosen not in tried:
        raise Unusable(f"answer['chosen'] should be one of the names in tried, {list(tried)}; "
                       f'got {chosen!r}.' if isinstance(chosen, str) else
                       f"answer['chosen'] should be one of the names in tried; got {kind(chosen)}.",
                       f"answer['chosen']应为tried中的一个名字，{list(tried)}；得到的是{chosen!r}。"
                       if isinstance(chosen, str) else
                       f"answer['chosen']应为tried中的一个名字；得到的是{kind(chosen, 'zh')}。")
    if len(tried) < 3:
        raise Wrong(f'Only {"one setting" if len(tried) == 1 else "two settings"} tried: tuning is '
                    'comparing. Try at least three.',
                    f'只试了{"一" if len(tried) == 1 else "两"}种设置：调参就是做比较。请至少试三种。')
    folds = {c[0].shape[1] for c in curves.values()}
    if len(folds) > 1:
        raise Wrong(f'The runs have different numbers of folds ({sorted(folds)}): compare settings '
                    'on the same folds, or the differences are partly those of the folds.',
                    f'这些运行的折数不同（{sorted(folds)}）：要在同样的折上比较各种设置，否则差别中有一部分'
                    '来自折的不同。')
    valid = {name: float(c[1][-1].mean()) for name, c in curves.items()}
    train_ = {name: float(c[0][-1].mean()) for name, c in curves.items()}
    if not math.isfinite(valid[chosen]):
        raise Wrong(f'The validation log-RMSE of {chosen!r} is {valid[chosen]}: that run diverged.',
                    f'{chosen!r}的验证对数均方根误差为{valid[chosen]}：这次运行发散了。')
    best = min(v for v in valid.values() if math.isfinite(v))
    if valid[chosen] > best + NOISE:
        if train_[chosen] == min(train_.values()):
            raise Wrong(f'{chosen!r} has the lowest training error of your runs, but not the lowest '
                        'validation error: the training error says how well a model fits the '
                        'houses it was trained on, not how well it predicts new ones.',
                        f'{chosen!r}的训练误差是你的运行中最低的，但验证误差不是：训练误差说明模型对训练过的房子'
                        '拟合得多好，而不是它对新房子预测得多好。')
        raise Wrong(f'Another setting you tried has a lower validation log-RMSE (after the last '
                    f'epoch, averaged over the folds) than {chosen!r}.',
                    f'你试过的另一种设置，其验证对数均方根误差（最后一个迭代周期后、在各折上取平均）比'
                    f'{chosen!r}更低。')
    if valid[chosen] > BOOK_VALID - 0.005:
        raise Wrong(f'{chosen!r} has a validation log-RMSE of {valid[chosen]:.4f}: no better than '
                    f"the book's untuned hyperparameters (about {BOOK_VALID}). The lesson's table "
                    'already holds a better setting: tune from there.',
                    f'{chosen!r}的验证对数均方根误差为{valid[chosen]:.4f}：并不比书中未经调优的超参数'
                    f'（约{BOOK_VALID}）好。本节的表格中已经有更好的设置：从那里开始调。')
    print(T('Your settings, by validation log-RMSE (after the last epoch, mean of the folds):',
            '你的各种设置，按验证对数均方根误差排序（最后一个迭代周期后，各折的平均）：')[selfcheck.language()])
    for name in sorted(valid, key=lambda name: (not math.isfinite(valid[name]), valid[name])):
        mark = '  <-' if name == chosen else ''
        print(f'  {name:32} train {train_[name]:.4f}  valid {valid[name]:.4f}{mark}')


@functools.lru_cache(maxsize=None)
def _lesson_run(name):
    """The lesson's runs of k_fold_side_by_side (for the wrong answers), once per process."""
    lr = {'linear, lr 5 (the book)': 5, 'linear, lr 25': 25, 'linear, lr 50': 50}[name]
    train_features, _, train_labels = house_data()
    return k_fold_side_by_side(5, train_features, train_labels, 100, lr, 0, 64)


@ex3.wrong('chosen by the lowest training error (learning rate 50)')
def _():
    tried = {name: _lesson_run(name) for name in
             ('linear, lr 5 (the book)', 'linear, lr 25', 'linear, lr 50')}
    return {'tried': tried, 'chosen': min(tried, key=lambda name: tried[name][0][-1].mean())}


@ex3.wrong('a single setting')
def _():
    return {'tried': {'linear, lr 25': _lesson_run('linear, lr 25')}, 'chosen': 'linear, lr 25'}


@ex3.wrong("the averages k_fold returns, not k_fold_side_by_side's curves")
def _():
    return {'tried': {'lr 5': (0.1652, 0.1703), 'lr 25': (0.1268, 0.1484),
                      'lr 50': (0.1218, 0.1583)}, 'chosen': 'lr 25'}


# --- 4 ------------------------------------------------------------------------------------------

ex4 = exercise(
    T('Without standardisation: the experiment', '不做标准化：实验'),
    T('Leave out the standardisation (标准化) of the numeric features, keeping the line that sets '
      'their missing values to 0. `all_features` is standardised already: build the features '
      'again from `train_data` and `test_data`, as the lesson does, without that one step. Then '
      'run `k_fold_side_by_side` on them with the book\'s hyperparameters (5 folds, 100 epochs, '
      'learning rate 5, no weight decay, batches of 64) and pass what it returns. What happens to '
      'the $k$-fold errors?',
      '去掉数值特征的标准化（standardisation），但保留把缺失值设为0的那一行。`all_features`已经标准化过了：'
      '像本节那样从`train_data`和`test_data`重新构造特征，只是少了这一步。然后用书中的超参数（5折、'
      '100个迭代周期、学习率5、不使用权重衰减、批量大小64）在这些特征上运行`k_fold_side_by_side`，'
      '并传入它的返回值。$k$折交叉验证的误差会怎样变化？'),
    """# all_features is standardised already: build the features again from train_data and test_data
answer = ...  # k_fold_side_by_side(k, features_not_standardised, train_labels, 100, 5, 0, 64)

ex[4].check(answer)""", book=['3.16.3'], solution_seconds=3,
    what=T('Set answer to what k_fold_side_by_side returns for the features without '
           'standardisation, then run the cell again.',
           '把answer设为k_fold_side_by_side在未标准化的特征上的返回值，然后再运行这个单元格。'),
    hints=[T('Copy the lesson\'s preprocessing cells into one cell, starting from '
             '`pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))`, and leave out the '
             'line with `(x - x.mean()) / (x.std())`. Which value is largest in the features you '
             'get?',
             '把本节预处理的几个单元格复制到一个单元格里，从`pd.concat((train_data.iloc[:, 1:-1], '
             'test_data.iloc[:, 1:]))`开始，去掉含有`(x - x.mean()) / (x.std())`的那一行。你得到的特征中'
             '最大的值是多少？'),
           T('Then `fillna(0)` on the numeric features, `pd.get_dummies(..., dummy_na=True)`, the '
             'first 1,460 rows as `nd.array(....values.astype(\'float32\'))`, and '
             '`k_fold_side_by_side(5, features, train_labels, 100, 5, 0, 64)`. Look at the '
             'validation curve of each fold, `valid_ls[:, i]`, epoch by epoch.',
             '然后对数值特征`fillna(0)`，`pd.get_dummies(..., dummy_na=True)`，取前1,460行转换为'
             '`nd.array(....values.astype(\'float32\'))`，再`k_fold_side_by_side(5, features, train_labels, '
             '100, 5, 0, 64)`。逐个迭代周期地看每一折的验证曲线`valid_ls[:, i]`。')],
    explanation=T(
        'Without standardisation the errors no longer fall steadily: from one epoch to the next '
        'the validation error jumps up by more than 5% in about 40 to 45 of the 99 steps, some folds '
        'jump to a log-RMSE above 1 now and then, and after 100 epochs the average is well above '
        'the standardised run\'s 0.17 (from about 0.19 to 0.9 in the runs we made). The '
        'training error jumps with it: this is not overfitting but training going badly. '
        'Exercise 5 asks why.',
        '不做标准化，误差就不再稳步下降：逐个迭代周期看，99次变化中大约有40到45次验证误差上升超过5%；'
        '有些折的对数均方根误差不时跳到1以上；100个迭代周期后的平均值远高于标准化时的0.17（在我们的'
        '几次运行中，从约0.19到0.9不等）。训练误差也随之跳动：这不是过拟合，而是训练本身出了问题。练习5讨论原因。'))


@ex4.solves
def cross_validate_without_standardising():
    train_data, test_data = read_data()
    all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
    numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
    # no standardisation: the missing values only become 0
    all_features[numeric_features] = all_features[numeric_features].fillna(0)
    all_features = pd.get_dummies(all_features, dummy_na=True)
    features = nd.array(all_features[:len(train_data)].values.astype('float32'))
    labels = nd.array(train_data.SalePrice.values).reshape((-1, 1))
    curves = k_fold_side_by_side(5, features, labels, 100, 5, 0, 64)  # the book's hyperparameters
    train_ls, valid_ls = curves
    valid_mean = valid_ls.mean(axis=1)
    print(f'largest feature value {features.max().asscalar():,.0f}')
    print(f'after 100 epochs: train {train_ls[-1].mean():.3f}, valid {valid_mean[-1]:.3f}, '
          f'folds {valid_ls[-1].round(3)}')
    print('epochs at which the validation error rose by more than 5%: '
          f'{(valid_mean[1:] > 1.05 * valid_mean[:-1]).sum()} of 99')
    return curves


def _rises(valid_ls):
    """How many times the validation error (mean of the folds) rises by more than 5% from one
    epoch to the next."""
    mean = valid_ls.mean(axis=1)
    return int((mean[1:] > 1.05 * mean[:-1]).sum())


@ex4.checks
def _(answer):
    train_ls, valid_ls = expect_curves(answer, 'answer')
    epochs, folds = valid_ls.shape
    if (epochs, folds) != (100, 5):
        raise Wrong(f'The run has {epochs} epochs on {folds} folds: run the book\'s 100 epochs on '
                    '5 folds, so that it compares with the lesson\'s run.',
                    f'这次运行是在{folds}折上训练{epochs}个迭代周期：请按书中的做法在5折上训练100个迭代周期，'
                    '以便与本节的运行相比较。')
    if np.isnan(valid_ls).any() or np.isnan(train_ls).any():
        raise Wrong('The errors are nan (not a number): some features are missing values (NaN), '
                    'which make every prediction NaN. Keep the line that sets the missing values '
                    'of the numeric features to 0.',
                    '误差为nan（不是数）：有些特征含有缺失值（NaN），它们使每个预测都成为NaN。请保留把数值特征的'
                    '缺失值设为0的那一行。')
    rises = _rises(valid_ls)
    if rises <= 2 and valid_ls[-1].mean() < 0.18:
        raise Wrong(f'These curves fall steadily to a validation log-RMSE of '
                    f'{valid_ls[-1].mean():.3f}: they look like the run on the standardised '
                    'features. all_features and train_features are standardised by the lesson\'s '
                    'cells: build the features again from train_data and test_data.',
                    f'这些曲线稳步下降，验证对数均方根误差降到{valid_ls[-1].mean():.3f}：看起来是在标准化后的特征上'
                    '运行的结果。all_features和train_features已经被本节的单元格标准化了：请从train_data和'
                    'test_data重新构造特征。')
    print(T(f'Your run without standardisation: after 100 epochs the validation log-RMSE is '
            f'{valid_ls[-1].mean():.3f} on average (worst fold {valid_ls[-1].max():.3f}), the '
            f'training log-RMSE {train_ls[-1].mean():.3f}; from one epoch to the next the '
            f'validation error rose by more than 5% {rises} times in 99. The lesson\'s '
            'standardised run: about 0.17, falling at every epoch. Exercise 5 asks why.',
            f'你这次不做标准化的运行：100个迭代周期后，验证对数均方根误差平均为{valid_ls[-1].mean():.3f}'
            f'（最差的一折为{valid_ls[-1].max():.3f}），训练对数均方根误差为{train_ls[-1].mean():.3f}；'
            f'逐个迭代周期看，验证误差在99次变化中有{rises}次上升超过5%。本节做了标准化的运行：约0.17，'
            '每个迭代周期都在下降。练习5讨论原因。')[selfcheck.language()])


@ex4.wrong('the standardised features of the lesson')
def _():
    return _lesson_run('linear, lr 5 (the book)')


@ex4.wrong('the missing values left as NaN')
def _():
    train_data, test_data = read_data()
    all_features = pd.get_dummies(pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:])),
                                  dummy_na=True)
    features = nd.array(all_features[:len(train_data)].values.astype('float32'))
    return k_fold_side_by_side(5, features, nd.array(train_data.SalePrice.values).reshape((-1, 1)),
                               100, 5, 0, 64)


@ex4.wrong('10 epochs instead of 100')
def _():
    features, _, labels = house_data(standardise=False)
    return k_fold_side_by_side(5, features, labels, 10, 5, 0, 64)


@ex4.wrong("k_fold's two averages")
def _():
    return 0.2602, 0.4114


# --- 5 ------------------------------------------------------------------------------------------

ex5 = exercise(
    T('Why standardise', '为什么要标准化'),
    T('Without standardisation the $k$-fold errors end higher and jump up and down from epoch to '
      'epoch, in training as in validation (exercise 4). Why?\n\n'
      '(a) The numeric features now have very different scales: a step of Adam, about the '
      'learning rate on every weight, moves a price by tens of thousands of dollars through '
      '`LotArea` and by a few dollars through an indicator, and no learning rate suits both '
      '&nbsp; (b) The model overfits (过拟合): without standardisation it fits the training houses too '
      'closely &nbsp; (c) A linear model on the raw features cannot express predictions as good as '
      'on the standardised ones &nbsp; (d) Adam scales the steps of each weight, so '
      'standardisation cannot matter: the difference is chance',
      '不做标准化时，$k$折交叉验证的误差最终更高，而且在各迭代周期之间上下跳动，训练误差和验证误差都是如此'
      '（练习4）。为什么？\n\n'
      '(a) 各数值特征的尺度现在相差很大：Adam的一步使每个权重移动约一个学习率，通过`LotArea`会使价格变动'
      '几万美元，通过一个指示特征只变动几美元，没有哪个学习率能同时适合两者 &nbsp; (b) 模型过拟合了：不做'
      '标准化时，它对训练集中的房子拟合得太紧 &nbsp; (c) 线性模型在原始特征上给不出和在标准化特征上一样好的预测 '
      '&nbsp; (d) Adam会缩放每个权重的步长，所以标准化不可能有影响：差别只是偶然'),
    book=['3.16.3'],
    hints=[T('Is the training error of the run without standardisation low, as in overfitting? '
             'And how large are the values of `LotArea`, `YearBuilt` and an indicator feature '
             'before standardisation?',
             '不做标准化时，训练误差是否像过拟合那样很低？标准化之前，`LotArea`、`YearBuilt`和一个指示特征的'
             '值各有多大？'),
           T('A prediction is the sum of weight x feature. Adam moves each weight by about the '
             'learning rate per step: how much does that step change a prediction through a '
             'feature of about 10,000, and through one of 0 or 1?',
             '预测是各项“权重x特征”之和。Adam每一步把每个权重移动约一个学习率：通过一个约为10,000的特征，'
             '这一步使预测改变多少？通过一个取0或1的特征呢？')],
    explanation=T(
        'Adam moves each weight by about the learning rate per step, whatever the scale of its '
        'feature, and the step changes a price by that amount times the feature\'s value: through '
        '`LotArea` (around 10,000 square feet) by about 50,000 dollars, through `YearBuilt` by '
        'about 10,000, through `OverallQual` by about 30, through an indicator by at most 5. A '
        'learning rate small enough for the large features leaves the small ones nearly still, '
        'and one large enough for the small ones throws the prices about through the large ones: '
        'the errors jump, in training as in validation. Standardised, every numeric feature has '
        'values of about 1 and one learning rate suits them all. (And a missing value set to 0 '
        'now means "0 square feet" rather than "average".)',
        'Adam每一步把每个权重移动约一个学习率，不管它的特征尺度如何；而这一步使价格改变的量，是这个步长乘以'
        '特征的值：通过`LotArea`（约10,000平方英尺）约50,000美元，通过`YearBuilt`约10,000美元，'
        '通过`OverallQual`约30美元，通过一个指示特征至多5美元。小到适合大特征的学习率，让小特征的权重'
        '几乎不动；大到适合小特征的学习率，又通过大特征把价格抛来抛去：误差于是跳动，训练误差和验证误差都是如此。'
        '标准化之后，每个数值特征的值都在1左右，一个学习率就能适合所有特征。（而且设为0的缺失值现在表示'
        '“0平方英尺”，而不是“平均值”。）'))


@ex5.solves
def how_far_one_step_moves_a_price():
    train_data, test_data = read_data()
    all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
    numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
    typical = all_features[numeric_features].abs().mean()  # the size of each feature's values
    lr = 5  # Adam moves each weight by about the learning rate per step
    for name in ('LotArea', 'YearBuilt', 'OverallQual'):
        print(f'{name:12} about {typical[name]:6,.0f}: one step on its weight moves a price by '
              f'about {lr * typical[name]:6,.0f} dollars')
    print(f'{"indicators":12} 0 or 1{"":6}: one step on its weight moves a price by at most '
          f'{lr:6,.0f} dollars')
    return 'a'  # no single learning rate suits weights whose steps differ this much


ex5.choice({
    'b': T('Overfitting would show a low training error; here the training error is high and '
           'jumps too: the model fits the training houses worse, not too well.',
           '过拟合时训练误差会很低；这里训练误差也很高，而且同样在跳动：模型对训练集中的房子拟合得更差，而不是太好。'),
    'c': T('Standardising is a linear change of each feature, (x - mu) / sigma: weights w / sigma '
           'and a shifted bias give the same predictions from the raw features (apart from the '
           'missing values). What changes is how hard those weights are to reach.',
           '标准化是对每个特征的线性变换(x - mu) / sigma：用权重w / sigma和平移后的偏差，原始特征给出的预测'
           '完全相同（缺失值除外）。变化的只是达到这些权重的难易程度。'),
    'd': T('Adam makes the step of each weight about the same size, but what a step does to a '
           'prediction is still proportional to the feature\'s values; and the jumps come back '
           'in every run.',
           'Adam让每个权重的步长大致相同，但一步对预测的影响仍与特征的值成正比；而且每次运行都会出现这种跳动。'),
})


# --- 6 ------------------------------------------------------------------------------------------

ex6 = exercise(
    T('Training on the logarithm', '在对数上训练'),
    T('The model is trained with the squared error of the prices, but scored on their '
      'logarithms: an error of 20,000 dollars weighs as much in the loss for a cheap house as for '
      'an expensive one. Write `train_log`, with the arguments and the results of the lesson\'s '
      '`train`: it trains `net` to predict log(SalePrice) (the labels passed in are prices), and '
      'returns the log-RMSE of the prices it predicts, exp of the net\'s output, after every '
      'epoch. The check trains a fresh model with it and compares what it reports with the '
      'predictions of the model it trained.',
      '模型用价格的平方误差训练，评分却是在价格的对数上进行的：在损失中，便宜房子的20,000美元误差与昂贵房子的'
      '20,000美元误差分量相同。写出`train_log`，参数和返回值都与本节的`train`相同：它训练`net`去预测'
      'log(SalePrice)（传入的标签是价格），并返回每个迭代周期后预测价格（即网络输出的exp）的对数均方根误差。'
      '检查会用它训练一个新模型，再把它报告的误差与所训练模型的实际预测相比较。'),
    """def train_log(net, train_features, train_labels, test_features, test_labels,
              num_epochs, learning_rate, weight_decay, batch_size):
    ...  # your code: fit log(price); return (train_ls, test_ls), the log-RMSE of exp(net(X))

ex[6].check(train_log)""", kind='function',
    what=T('Write the body of train_log above, then run the cell again.',
           '在上面写出train_log的函数体，然后再运行这个单元格。'),
    hints=[T('Two places of `train` change: what the loss compares the output with, and how the '
             'error is measured after each epoch. The net\'s output is now a logarithm of a '
             'price: what is the price it predicts?',
             '`train`中有两处要改：损失函数拿输出和什么比较，以及每个迭代周期后如何度量误差。网络的输出现在是价格'
             '的对数：它预测的价格是多少？'),
           T('In the loop: `l = loss(net(X), y.log())`. After each epoch, the log-RMSE of the '
             'predicted prices `net(X).exp()` against the prices: since log(exp(o)) = o, that is '
             '`nd.sqrt(2 * loss(net(features), labels.log()).mean()).asscalar()` (for outputs '
             'above 0, as they are after the first steps).',
             '在循环中：`l = loss(net(X), y.log())`。每个迭代周期后，计算预测价格`net(X).exp()`相对于价格的'
             '对数均方根误差：因为log(exp(o)) = o，它就是`nd.sqrt(2 * loss(net(features), labels.log())'
             '.mean()).asscalar()`（对大于0的输出而言，前几步之后输出都是这样）。')],
    explanation=T(
        'The loss compares the output with log(price), so an error of 10% weighs the same for '
        'every house, as in the competition\'s metric; the output is a logarithm, and the price '
        'predicted is its exp. The log-RMSE of those prices is then the root mean square of '
        '`output - log(price)`, which is what the loss already computes. The learning rate must '
        'be far smaller than the book\'s 5: the outputs are now about 12, not about 180,000, and '
        'steps of 5 on every weight would throw them far off; 0.01 suits it (exercise 7 compares '
        'the two in cross-validation). For a submission, predict `net(test_features).exp()`.',
        '损失函数把输出与log(价格)相比较，于是10%的误差对每栋房子的分量都一样，与比赛的评价指标一致；输出是'
        '对数，预测的价格是它的exp。这些价格的对数均方根误差，就是`输出 - log(价格)`的均方根，损失函数本来就在'
        '计算它。学习率必须比书中的5小得多：输出现在约为12，而不是约180,000，每个权重每步移动5会把输出甩得'
        '太远；0.01才合适（练习7在交叉验证中比较两者）。'
        '提交时，预测`net(test_features).exp()`。'))


@ex6.solves
def train_log(net, train_features, train_labels, test_features, test_labels,
              num_epochs, learning_rate, weight_decay, batch_size):
    def log_rmse_of_exp(features, labels):  # the log-RMSE of the prices exp(output)
        preds = nd.clip(net(features).exp(), 1, float('inf'))
        return nd.sqrt(((preds.log() - labels.log()) ** 2).mean()).asscalar()

    train_ls, test_ls = [], []
    trainer = gluon.Trainer(net.collect_params(), 'adam', {
        'learning_rate': learning_rate, 'wd': weight_decay})
    for epoch in range(num_epochs):
        for X, y in d2l.data_iter(batch_size, train_features, train_labels):
            with autograd.record():
                l = loss(net(X), y.log())  # fit the logarithm of the price
            l.backward()
            trainer.step(batch_size)
        train_ls.append(log_rmse_of_exp(train_features, train_labels))
        if test_labels is not None:
            test_ls.append(log_rmse_of_exp(test_features, test_labels))
    return train_ls, test_ls


def _log_rmse_of_exp(net, features, labels):
    preds = nd.clip(net(features).exp(), 1, float('inf'))
    return float(nd.sqrt(((preds.log() - labels.log()) ** 2).mean()).asscalar())


def _losses(result, what, epochs):
    """(train_ls, test_ls) as train returns them, each a list of numbers."""
    if not isinstance(result, (tuple, list)) or len(result) != 2 or \
            not all(isinstance(r, (tuple, list, np.ndarray)) for r in result):
        raise Unusable(f'{what} should return (train_ls, test_ls), two lists as train returns; '
                       f'it returns {_describe(result)}.',
                       f'{what}应像train那样返回(train_ls, test_ls)两个列表；它返回的是{_describe(result, "zh")}。')
    lists = []
    for r, name in zip(result, ('train_ls', 'test_ls')):
        values = [_number(v) for v in r]
        if any(v is None for v in values):
            raise Unusable(f'The {name} that {what} returns should hold numbers, one per epoch.',
                           f'{what}返回的{name}中应当是数值，每个迭代周期一个。')
        lists.append(values)
    if epochs is not None and len(lists[0]) != epochs:
        raise Wrong(f'{what} returns {len(lists[0])} training errors for {epochs} epochs: one per '
                    'epoch, as train does.',
                    f'{what}在{epochs}个迭代周期中返回了{len(lists[0])}个训练误差：应像train那样'
                    '每个迭代周期一个。')
    return lists


CHECK_6 = dict(epochs=5, lr=0.03, rows=(800, 300))  # a quick run on part of the training houses


@ex6.checks
def _(answer):
    f = expect_function(answer, 'train_log')
    features, _, labels = house_data()
    n, m = CHECK_6['rows']
    X_tr, y_tr, X_va, y_va = features[:n], labels[:n], features[n:n + m], labels[n:n + m]
    epochs = CHECK_6['epochs']
    net = get_net()
    before = net(X_va).asnumpy()
    what = 'train_log(net, ...)'
    result = call(f, net, X_tr, y_tr, X_va, y_va, epochs, CHECK_6['lr'], 0, 64,
                  when=T(f'training a fresh net for {epochs} epochs',
                         f'训练一个新网络{epochs}个迭代周期'))
    train_ls, test_ls = _losses(result, what, epochs)
    if len(test_ls) != epochs:
        raise Wrong(f'Given test data, {what} returns {len(test_ls)} test errors for {epochs} '
                    'epochs: one per epoch, as train does.',
                    f'给了测试数据时，{what}在{epochs}个迭代周期中返回了{len(test_ls)}个测试误差：应像train'
                    '那样每个迭代周期一个。')
    outputs = net(X_va).asnumpy()
    if np.abs(outputs - before).max() < 1e-6:
        raise Wrong('The net passed in is unchanged: train_log must train the net it is given, as '
                    'train does (not a new one).',
                    '传入的网络没有变化：train_log必须像train那样训练传给它的那个网络（而不是新建一个）。')
    median = float(np.median(outputs))
    if not 8 < median < 16:
        raise Wrong(f'After training, the net\'s outputs are around {median:,.4g}: it does not fit '
                    'the logarithm of the prices (about 12 for a typical house).',
                    f'训练之后，网络的输出在{median:,.4g}左右：它拟合的不是价格的对数（典型的房子约为12）。')
    for reported, X, y, name, zh in ((train_ls[-1], X_tr, y_tr, 'training', '训练'),
                                     (test_ls[-1], X_va, y_va, 'test', '测试')):
        own = _log_rmse_of_exp(net, X, y)
        if not abs(reported - own) <= 1e-3 * max(own, 1e-3) + 1e-5:
            as_prices = log_rmse(net, X, y)
            why = ((' That is the log-RMSE of the outputs taken as prices: they are logarithms '
                    'of prices, and the prices predicted are their exp.',
                    '这是把输出当作价格算出的对数均方根误差：输出是价格的对数，预测的价格是它们的exp。')
                   if abs(reported - as_prices) <= 1e-3 * as_prices else ('', ''))
            raise Wrong(f'After the last epoch it reports a {name} error of {reported:.4f}, but the '
                        f'log-RMSE of the prices its net predicts, exp(net(X)), is {own:.4f}.{why[0]}',
                        f'最后一个迭代周期后，它报告的{zh}误差为{reported:.4f}，但它的网络所预测的价格'
                        f'exp(net(X))的对数均方根误差为{own:.4f}。{why[1]}')
    net = get_net()
    result = call(f, net, X_tr, y_tr, None, None, 1, CHECK_6['lr'], 0, 64,
                  when=T('called without test data (test_features and test_labels None), as '
                         'train_and_pred calls train', '像train_and_pred调用train那样不带测试数据'
                         '调用它（test_features和test_labels为None）'))
    if _losses(result, what, 1)[1]:
        raise Wrong(f'Without test data, {what} should return an empty test_ls, as train does.',
                    f'没有测试数据时，{what}应像train那样返回空的test_ls。')


@ex6.wrong('the loss on the prices, not their logarithm')
def _():
    def train_log(net, train_features, train_labels, test_features, test_labels, num_epochs,
                  learning_rate, weight_decay, batch_size):
        train(net, train_features, train_labels, None, None, num_epochs, learning_rate,
              weight_decay, batch_size)
        return ([_log_rmse_of_exp(net, train_features, train_labels)] * num_epochs,
                [] if test_labels is None else
                [_log_rmse_of_exp(net, test_features, test_labels)] * num_epochs)
    return train_log


@ex6.wrong("fits the logarithm, but reports the lesson's log_rmse of the outputs (exp forgotten)")
def _():
    def train_log(net, train_features, train_labels, test_features, test_labels, num_epochs,
                  learning_rate, weight_decay, batch_size):
        train_ls, test_ls = ex6.solution_function(net, train_features, train_labels, test_features,
                                               test_labels, num_epochs, learning_rate,
                                               weight_decay, batch_size)
        return ([log_rmse(net, train_features, train_labels)] * num_epochs,
                [] if test_labels is None else [log_rmse(net, test_features, test_labels)] *
                num_epochs)
    return train_log


@ex6.wrong('takes the logarithm twice: log_rmse against log(labels)')
def _():
    def train_log(net, train_features, train_labels, test_features, test_labels, num_epochs,
                  learning_rate, weight_decay, batch_size):
        ex6.solution_function(net, train_features, train_labels, None, None, num_epochs,
                           learning_rate, weight_decay, batch_size)
        return ([_log_rmse_of_exp(net, train_features, train_labels.log())] * num_epochs,
                [] if test_labels is None else
                [_log_rmse_of_exp(net, test_features, test_labels.log())] * num_epochs)
    return train_log


@ex6.wrong('trains a new net of its own, not the one passed in')
def _():
    def train_log(net, *args):
        return ex6.solution_function(get_net(), *args)
    return train_log



# --- 7 ------------------------------------------------------------------------------------------

ex7 = exercise(
    T('Does the logarithm help?', '在对数上训练有帮助吗？'),
    T('Cross-validate the model trained on log(SalePrice), with `train_log` in `k_fold` or with '
      '`k_fold_side_by_side` changed likewise: learning rate 0.01, 50 epochs, 5 folds. Compared '
      'with the book\'s run on the prices (learning rate 5, 100 epochs: a validation log-RMSE of '
      'about 0.17), its validation log-RMSE is\n\n'
      '(a) lower by more than 0.01 &nbsp; (b) within 0.01 of it &nbsp; (c) higher by more than '
      '0.01',
      '对在log(SalePrice)上训练的模型做交叉验证：在`k_fold`中使用`train_log`，或者对'
      '`k_fold_side_by_side`做同样的修改；学习率0.01、50个迭代周期、5折。与书中在价格上的运行（学习率5、'
      '100个迭代周期：验证对数均方根误差约为0.17）相比，它的验证对数均方根误差\n\n'
      '(a) 低0.01以上 &nbsp; (b) 相差不超过0.01 &nbsp; (c) 高0.01以上'),
    book=['3.16.4'], solution_seconds=5, check_seconds=5,
    hints=[T('Run it: in `k_fold`, call `train_log` where it calls `train` (a few seconds for 5 '
             'folds of 50 epochs). Or predict first: which houses weigh most in the squared error '
             'of the prices, and which in the competition\'s metric?',
             '运行一下：在`k_fold`中把调用`train`的地方改为调用`train_log`（5折、每折50个迭代周期，'
             '只需几秒钟）。或者先预测：在价格的平方误差中，哪些房子分量最重？在比赛的评价指标中呢？'),
           T('`k_fold(5, train_features, train_labels, 50, 0.01, 0, 64)` with `train_log` inside '
             'prints the average validation log-RMSE: compare it with the 0.17 of the book\'s '
             'run.',
             '内部使用`train_log`的`k_fold(5, train_features, train_labels, 50, 0.01, 0, 64)`会打印平均验证'
             '对数均方根误差：把它与书中运行的0.17比较。')],
    explanation=T(
        'Trained on the logarithm, the model\'s validation log-RMSE is about 0.145 to 0.15, '
        'clearly below the 0.17 of the book\'s run on the prices: the loss now measures what the '
        'competition scores, relative errors, so the cheap houses count as much as the expensive '
        'ones. (It is about what learning rate 25 reached on the prices: both end near the best '
        'this linear model does.) Its training error falls further, to about 0.1, so the gap '
        'between training and validation widens: on the logarithm the model starts to overfit, '
        'which weight decay or fewer epochs could address.',
        '在对数上训练时，模型的验证对数均方根误差约为0.145到0.15，明显低于书中在价格上运行的0.17：损失函数'
        '现在衡量的正是比赛所评的相对误差，于是便宜的房子与昂贵的房子分量相同。（这与学习率25在价格上达到的'
        '差不多：两者最终都接近这个线性模型的最好水平。）它的训练误差降得更低，约为0.1，训练误差与验证误差之间的'
        '差距变大了：在对数上，模型开始过拟合，权重衰减或更少的迭代周期可以应对这一点。'))


@ex7.solves
def compare_logarithm_and_prices():
    train_features, _, train_labels = house_data()
    runs = {'prices, lr 5, 100 epochs (the book)':
            k_fold_side_by_side(5, train_features, train_labels, 100, 5, 0, 64),
            'log(price), lr 0.01, 50 epochs':
            k_fold_side_by_side(5, train_features, train_labels, 50, 0.01, 0, 64,
                                log_labels=True)}  # fits log(price), predicts exp(output)
    for name, (train_ls, valid_ls) in runs.items():
        print(f'{name:36}: train {train_ls[-1].mean():.4f}, valid {valid_ls[-1].mean():.4f}')
    change = runs['log(price), lr 0.01, 50 epochs'][1][-1].mean() - \
        runs['prices, lr 5, 100 epochs (the book)'][1][-1].mean()
    print(f'change of the validation log-RMSE: {change:+.4f}')
    return 'a' if change < -0.01 else 'c' if change > 0.01 else 'b'


ex7.choice({
    'b': T('The change is larger than that: the loss on the prices lets the expensive houses '
           'dominate, while the competition, and the validation log-RMSE, weigh every house\'s '
           'relative error alike.',
           '变化比这更大：价格上的损失让昂贵的房子占了主导，而比赛以及验证对数均方根误差对每栋房子的相对误差'
           '一视同仁。'),
    'c': T('Not higher: exp does not amplify the errors that count here, because the log-RMSE '
           'compares logarithms, and those are exactly what the model now fits.',
           '不会更高：exp并不会放大这里要计的误差，因为对数均方根误差比较的是对数，而模型现在拟合的正是对数。'),
}, letters='abc')


# --- 8 ------------------------------------------------------------------------------------------

ex8 = exercise(
    T('Leaving out the largest houses', '去掉最大的房子'),
    T('The data set\'s author recommends leaving out the houses of more than 4,000 square feet of '
      'living area (`GrLivArea`): the lesson found two of them among the houses the model fits '
      'worst. Make the training data without them: the rows of `train_features` and '
      '`train_labels` of the training houses of at most 4,000 square feet, in their order. Then '
      'cross-validate on them (exercise 9 asks about the result).',
      '数据集的作者建议去掉居住面积（`GrLivArea`）超过4,000平方英尺的房子：本节在模型拟合得最差的房子中发现了'
      '其中两栋。构造不含这些房子的训练数据：从`train_features`和`train_labels`中取出训练集中居住面积不超过'
      '4,000平方英尺的房子所在的行，保持原来的顺序。然后在这些数据上做交叉验证（练习9讨论其结果）。'),
    """answer = ...  # (features, labels): the rows of the training houses of at most 4,000 square feet

ex[8].check(answer)""",
    what=T('Set answer to (features, labels) without the largest houses, then run the cell again.',
           '把answer设为不含最大房子的(features, labels)，然后再运行这个单元格。'),
    hints=[T('Which table still has the living area in square feet: `all_features`, or '
             '`train_data`? (Look at `all_features.GrLivArea.max()`.)',
             '哪个表中的居住面积仍以平方英尺计：`all_features`还是`train_data`？（看一看'
             '`all_features.GrLivArea.max()`。）'),
           T('`keep = (train_data.GrLivArea <= 4000).values`, a boolean array over the 1,460 '
             'training houses; NDArrays take no boolean masks, so go through numpy: '
             '`nd.array(train_features.asnumpy()[keep])`, and the same for `train_labels`.',
             '`keep = (train_data.GrLivArea <= 4000).values`，一个对应训练集中1,460栋房子的布尔数组；NDArray不'
             '接受布尔掩码，所以借助numpy：`nd.array(train_features.asnumpy()[keep])`，`train_labels`也一样。')],
    explanation=T(
        'The living area in square feet is in `train_data`: in `all_features` it is standardised '
        '(its largest value is about 8), so a test `> 4000` there leaves everything in. Four '
        'training houses have more than 4,000 square feet: the two large, cheap partial sales '
        'the lesson found, and two of the most expensive houses. The same mask, applied to the '
        'features and to the labels, keeps each price with its own house.',
        '以平方英尺计的居住面积在`train_data`中：在`all_features`中它已经标准化了（它的最大值约为8），'
        '所以用它判断`> 4000`什么也去不掉。训练集中有4栋房子超过4,000平方英尺：本节发现的两栋又大又便宜的'
        'Partial交易，以及两栋最贵的房子。把同一个掩码用于特征和标签，每个价格就仍然对应它自己的房子。'))


class TrainingData(tuple):
    """(features, labels), shown in one line."""

    def __new__(cls, features, labels):
        return super().__new__(cls, (features, labels))

    def __repr__(self):
        return f'(features of shape {self[0].shape}, labels of shape {self[1].shape})'


@ex8.solves
def leave_out_the_largest_houses():
    train_data, _ = read_data()
    train_features, _, train_labels = house_data()
    keep = (train_data.GrLivArea <= 4000).values  # from train_data: all_features is standardised
    features = nd.array(train_features.asnumpy()[keep])
    labels = nd.array(train_labels.asnumpy()[keep])
    print(f'{len(keep) - keep.sum()} houses left out, {keep.sum()} kept')
    return TrainingData(features, labels)


def _as_numpy(value, what):
    if isinstance(value, nd.NDArray):
        return value.asnumpy()
    if isinstance(value, np.ndarray) and value.dtype.kind in 'fiu':
        return value
    raise Unusable(f'{what["en"]} should be an NDArray; got {kind(value)}.',
                   f'{what["zh"]}应为一个NDArray；得到的是{kind(value, "zh")}。')


@functools.lru_cache(maxsize=None)
def _kept():
    """The training houses of at most 4,000 square feet: their mask, labels, and features as the
    lesson's preprocessing makes them, before or after leaving the others out."""
    train_data, test_data = _read(False)
    keep = (train_data.GrLivArea <= 4000).values
    features, _, labels = _house_data(True, False)
    again = preprocess(train_data[keep], test_data)[0].asnumpy()
    return keep, labels[keep].ravel(), (features[keep], again)


@ex8.checks
def _(answer):
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Unusable('Expected answer = (features, labels): the training features and labels of '
                       f'the houses kept; got {_describe(answer)}.',
                       'answer应为(features, labels)：保留下来的房子的训练特征和标签；'
                       f'得到的是{_describe(answer, "zh")}。')
    X = _as_numpy(answer[0], T('features (rows of train_features)', 'features（train_features的行）'))
    y = _as_numpy(answer[1], T('labels (rows of train_labels)', 'labels（train_labels的行）'))
    if X.ndim != 2 or y.ndim not in (1, 2) or (y.ndim == 2 and y.shape[1] != 1):
        raise Unusable(f'Expected features of shape (houses, features) and labels of shape '
                       f'(houses, 1); got {X.shape} and {y.shape}.',
                       f'特征的形状应为（房子数, 特征数），标签的形状应为（房子数, 1）；得到的是{X.shape}和'
                       f'{y.shape}。')
    y = y.ravel()
    keep, labels, candidates = _kept()
    if len(X) != len(y):
        raise Wrong(f'The features have {len(X)} rows and the labels {len(y)}: leave out the same '
                    'houses from both.',
                    f'特征有{len(X)}行，而标签有{len(y)}行：要从两者中去掉同样的房子。')
    if len(y) == len(keep):
        raise Wrong(f'Nothing was left out: all {len(keep)} training houses are there. (In '
                    'all_features, GrLivArea is standardised: none of its values is above 4,000.)',
                    f'什么也没有去掉：训练集中的{len(keep)}栋房子都在。（在all_features中，GrLivArea已经标准化了：'
                    '它没有一个值超过4,000。）')
    if len(y) != len(labels) or not np.allclose(y, labels):
        raise Wrong(f'It keeps {len(y)} houses, but not the training houses of at most 4,000 '
                    'square feet of living area (train_data.GrLivArea), in their order: compare '
                    'its labels with theirs.',
                    f'它保留了{len(y)}栋房子，但不是训练集中居住面积（train_data.GrLivArea）不超过4,000'
                    '平方英尺的房子，或者顺序不对：把它的标签与这些房子的标签比较一下。')
    if not any(X.shape == c.shape and np.allclose(X, c, atol=1e-5) for c in candidates):
        raise Wrong('The labels are right, but the features are not the rows of train_features of '
                    'the same houses.',
                    '标签是对的，但特征不是train_features中同样那些房子的行。')


@ex8.wrong("the standardised GrLivArea of all_features (> 4000 holds for none)")
def _():
    features, _, labels = house_data()
    train_data, test_data = read_data()
    all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
    area = all_features.GrLivArea[:len(train_data)]
    keep = ((area - all_features.GrLivArea.mean()) / all_features.GrLivArea.std() <= 4000).values
    return nd.array(features.asnumpy()[keep]), nd.array(labels.asnumpy()[keep])


@ex8.wrong('the features left out, the labels not')
def _():
    features, _, labels = house_data()
    keep = (read_data()[0].GrLivArea <= 4000).values
    return nd.array(features.asnumpy()[keep]), labels


@ex8.wrong('the four most expensive houses left out instead')
def _():
    features, _, labels = house_data()
    keep = np.ones(labels.shape[0], dtype=bool)
    keep[np.argsort(-labels.asnumpy().ravel())[:4]] = False
    return nd.array(features.asnumpy()[keep]), nd.array(labels.asnumpy()[keep])


@ex8.wrong('the features of the first houses with the labels of the kept ones')
def _():
    features, _, labels = house_data()
    keep = (read_data()[0].GrLivArea <= 4000).values
    return features[:int(keep.sum())], nd.array(labels.asnumpy()[keep])


# --- 9 ------------------------------------------------------------------------------------------

ex9 = exercise(
    T('Where the fall comes from', '误差的下降从何而来'),
    T('Cross-validated on the 1,456 houses of exercise 8 (learning rate 25, 100 epochs, 5 folds), '
      'the validation log-RMSE falls from about 0.148 to about 0.141. Where does most of the fall '
      'come from?\n\n'
      '(a) from training: without the four large houses pulling at its weights, the model '
      'predicts the other houses better &nbsp; (b) from validation: the folds no longer hold those '
      'houses, among the hardest to predict, so the error is averaged over easier houses &nbsp; '
      '(c) from having fewer training houses, which lowers the validation error &nbsp; (d) from '
      'chance: another run gives another error',
      '在练习8的1,456栋房子上做交叉验证（学习率25、100个迭代周期、5折），验证对数均方根误差从约0.148'
      '降到约0.141。下降的大部分从何而来？\n\n'
      '(a) 来自训练：没有这四栋大房子拉扯它的权重，模型对其他房子预测得更好了 &nbsp; (b) 来自验证：各折中不再'
      '有这几栋最难预测的房子，于是误差是在更容易预测的房子上取平均的 &nbsp; (c) 来自训练集中的房子变少了，这会降低验证'
      '误差 &nbsp; (d) 来自偶然：再运行一次会得到另一个误差'),
    solution_seconds=5, check_seconds=5,
    hints=[T('Two things changed at once: the houses the models are trained on, and the houses '
             'their errors are measured on. To tell them apart, change one at a time.',
             '有两件事同时变了：训练模型所用的房子，以及度量误差所用的房子。要把它们分开，一次只改变一件。'),
           T('Train on all the houses but measure the validation error without the four; or train '
             'without them but measure it on all the houses of each fold. (`ex[9].solution()` '
             'does both, with the same folds.) Which change moves the error?',
             '在所有房子上训练，但度量验证误差时不算这四栋；或者训练时不用它们，但在每一折的所有房子上度量误差。'
             '（`ex[9].solution()`在同样的折上把两种都做了。）哪一种改变使误差变化了？')],
    explanation=T(
        'Measured on the same houses, the models trained without the four large houses are no '
        'better (about the same, if anything slightly worse), while the models trained on all '
        'the houses already score about 0.14 as soon as the four are left out of the validation '
        'folds. So nearly all the fall comes from measuring on other houses: two of the four are '
        'the large, cheap partial sales the model predicts worst. A validation error is only '
        'comparable with another measured on the same houses. And leaving houses out can make '
        'a model look better on paper without making it better.',
        '在同样的房子上度量，不用这四栋大房子训练的模型并没有更好（差不多，甚至略差）；而在所有房子上训练的模型，'
        '只要验证折中不算这四栋，就已经得到约0.14。所以下降几乎全部来自在别的房子上度量：四栋中有两栋是模型预测得'
        '最差的又大又便宜的Partial交易。一个验证误差只能与在同样的房子上测得的验证误差相比较。去掉一些房子，可以'
        '让模型在纸面上看起来更好，而它并没有变得更好。'))


@ex9.solves
def where_the_fall_comes_from():
    train_data, _ = read_data()
    train_features, _, train_labels = house_data()
    small = (train_data.GrLivArea <= 4000).values  # False for the four largest houses
    everyone = np.ones_like(small)
    validated_on = {'all houses': everyone, 'without the 4': small}
    errors = {}  # trained on: {validated on: log-RMSE}, the same 5 folds throughout
    for trained_on, houses in validated_on.items():
        errors[trained_on] = k_fold_errors(5, train_features, train_labels, 100, 25, 64,
                                           trained_on=houses, validated_on=validated_on)
        print(f'trained on {trained_on:13}: validation log-RMSE on all houses '
              f'{errors[trained_on]["all houses"]:.4f}, without the 4 '
              f'{errors[trained_on]["without the 4"]:.4f}')
    from_validation = errors['all houses']['without the 4'] - errors['all houses']['all houses']
    from_training = errors['without the 4']['without the 4'] - errors['all houses']['without the 4']
    print(f'change from validating without them {from_validation:+.4f}, '
          f'from training without them {from_training:+.4f}')
    return 'b' if abs(from_validation) > abs(from_training) else 'a'


ex9.choice({
    'a': T('Measured on the same houses, the models trained without the four are no better: '
           'separate the two changes, training and validation, and see which one moves the error.',
           '在同样的房子上度量，不用这四栋训练的模型并没有更好：把训练和验证这两种改变分开，看看是哪一种使误差'
           '变化的。'),
    'c': T('Four houses fewer out of 1,460 change little, and fewer training houses, if anything, '
           'raise the validation error.',
           '1,460栋中少了4栋，影响很小；而且训练集中的房子变少，如果说有影响，也是使验证误差升高。'),
    'd': T('Runs of the same setting differ by far less than 0.007 (the lesson\'s side-by-side run '
           'matched k_fold to the third decimal).',
           '同一设置的多次运行之间的差别远小于0.007（本节的并排运行与k_fold的结果在小数点后第三位上一致）。'),
})


# --- 10 -----------------------------------------------------------------------------------------

ex10 = exercise(
    T('But not the test houses', '但不能去掉测试集中的房子'),
    T('Why should you not leave out the test houses of more than 4,000 square feet as '
      'well?\n\n'
      '(a) Kaggle scores a prediction for every test house: a submission must have all of them, '
      'and a large test house still needs a price &nbsp; (b) there are none among the test houses '
      '&nbsp; (c) the test houses\' features are unknown until Kaggle scores them &nbsp; (d) you '
      'may: Kaggle scores the houses a submission has',
      '为什么不应该把测试集中超过4,000平方英尺的房子也去掉？\n\n'
      '(a) Kaggle要为测试集中每一栋房子的预测评分：提交结果必须包含所有这些房子，测试集中的大房子同样需要一个价格 '
      '&nbsp; (b) 测试集中没有这样的房子 &nbsp; (c) 测试集中房子的特征在Kaggle评分之前是未知的 &nbsp; '
      '(d) 可以去掉：Kaggle只为提交结果中有的房子评分'),
    hints=[T('Look: `test_data[test_data.GrLivArea > 4000]`. And what does Kaggle ask a '
             'submission to contain (exercise 1)?',
             '看一看：`test_data[test_data.GrLivArea > 4000]`。Kaggle要求提交结果包含什么（练习1）？'),
           T('Leaving houses out of training chooses what the model learns from; the houses to '
             'predict are not ours to choose.',
             '从训练数据中去掉房子，是选择模型从什么中学习；而要预测哪些房子，不由我们选择。')],
    explanation=T(
        'There is one test house of more than 4,000 square feet, and Kaggle wants a price for it '
        'like for every other: a submission without it is not accepted. Leaving houses out of '
        'the training data chooses what the model learns from; the houses to predict are given. '
        'The features of the test houses are known (the lesson standardised with them), only '
        'their prices are not. And this one is a partial sale of a very large house of the best '
        'quality, like the two large, cheap sales among the training houses: leave those out of '
        'training, and the model has no house like it to learn from.',
        '测试集中有1栋房子超过4,000平方英尺，Kaggle要求为它和其他每栋房子一样给出价格：缺少它的提交结果不会被接受。'
        '从训练数据中去掉房子，是选择模型从什么中学习；而要预测的房子是给定的。测试集中房子的特征是已知的（本节在标准化'
        '时就用到了它们），未知的只是它们的价格。而且这栋房子是一次Partial交易，面积很大、质量最好，正像训练集中那两栋'
        '又大又便宜的房子：把它们从训练数据中去掉，模型也就失去了仅有的可以借鉴的同类房子。'))


@ex10.solves
def the_large_test_houses():
    train_data, test_data = read_data()
    large = test_data[test_data.GrLivArea > 4000]
    print(f'test houses of more than 4,000 square feet: {len(large)}')
    print(large[['Id', 'GrLivArea', 'OverallQual', 'SaleCondition']].to_string(index=False))
    print(f'a submission needs a price for each of the {len(test_data)} test houses')
    return 'a'  # the houses to predict are given: every one of them needs a price


ex10.choice({
    'b': T('There is one: look at test_data[test_data.GrLivArea > 4000].',
           '有一栋：看一看test_data[test_data.GrLivArea > 4000]。'),
    'c': T('The test houses\' features are known, only their prices are not: the lesson even '
           'standardised the features with them.',
           '测试集中房子的特征是已知的，未知的只是价格：本节在标准化特征时甚至用到了它们。'),
    'd': T('Kaggle expects a row for every test house; a submission without some of them is not '
           'accepted.',
           'Kaggle要求测试集中的每栋房子都有一行；缺少其中一些房子的提交结果不会被接受。'),
})


# --- 11 -----------------------------------------------------------------------------------------

ex11 = exercise(
    T("Reading with pandas' defaults", '用pandas的默认方式读取'),
    T('Read the files with pandas\' defaults, `pd.read_csv(train_file)`: the 864 houses without '
      'masonry veneer (`None`) and the 8 whose veneer is unknown (`NA`) become one group, and '
      'preprocessing gives 330 features instead of 331. Cross-validated with learning rate 25 '
      '(100 epochs, 5 folds), does the validation log-RMSE change?\n\n'
      '(a) it falls by more than 0.002 &nbsp; (b) it rises by more than 0.002 &nbsp; (c) it '
      'changes by less than 0.002, about as much as between two runs of the same setting',
      '用pandas的默认方式（`pd.read_csv(train_file)`）读取文件：没有砌体饰面（`None`）的864栋房子和饰面未知'
      '（`NA`）的8栋房子合并成一组，预处理后得到330个而不是331个特征。用学习率25（100个迭代周期、5折）'
      '做交叉验证，验证对数均方根误差会变化吗？\n\n'
      '(a) 下降0.002以上 &nbsp; (b) 上升0.002以上 &nbsp; (c) 变化不到0.002，与同一设置两次运行之间的'
      '差别差不多'),
    solution_seconds=6, check_seconds=6,
    hints=[T('How many houses does the difference concern, out of 1,460? And could the model tell '
             'the 8 unknown veneers from the 864 without veneer before, with the indicator '
             'features?',
             '这个差别涉及1,460栋房子中的多少栋？之前借助指示特征，模型能把8栋饰面未知的房子与864栋没有饰面'
             '的房子区分开吗？'),
           T('Run it: `pd.read_csv(train_file)` and `pd.read_csv(test_file)`, the lesson\'s '
             'preprocessing, then `k_fold_side_by_side(5, features, labels, 100, 25, 0, 64)` on '
             'both readings; compare the mean of `valid_ls[-1]`.',
             '运行一下：`pd.read_csv(train_file)`和`pd.read_csv(test_file)`，本节的预处理，然后对两种读法'
             '分别运行`k_fold_side_by_side(5, features, labels, 100, 25, 0, 64)`；比较`valid_ls[-1]`的均值。')],
    explanation=T(
        'The two readings give validation errors a few ten-thousandths apart, about as far as '
        'two runs of the same setting with different random numbers: no change to speak of. The '
        'difference concerns 8 of the 1,460 training houses, whose veneer is unknown; merged with '
        'the houses without veneer, they lose one indicator feature, which was worth little to a '
        'model that sees 330 others. Reading the data as it is meant is still right: here it '
        'happens not to matter, but pandas\' defaults change other data sets more.',
        '两种读法给出的验证误差相差万分之几，与同一设置用不同随机数运行两次的差别相当：谈不上变化。这个差别只涉及'
        '训练集1,460栋房子中饰面未知的8栋；它们与没有饰面的房子合并后，少了一个指示特征，而对一个还能看到另外330'
        '个特征的模型来说，这个特征没有多大价值。按数据的本意读取仍然是对的：这里碰巧无关紧要，但在别的数据集上，'
        'pandas的默认读法会改变更多。'))


@ex11.solves
def compare_the_readings():
    errors = {}
    for name, pandas_defaults in (('NA only (the lesson)', False), ("pandas' defaults", True)):
        features, _, labels = house_data(pandas_defaults=pandas_defaults)
        train_ls, valid_ls = k_fold_side_by_side(5, features, labels, 100, 25, 0, 64)
        errors[name] = valid_ls[-1].mean()
        print(f'{name:20}: {features.shape[1]} features, validation log-RMSE {errors[name]:.4f}')
    change = errors["pandas' defaults"] - errors['NA only (the lesson)']
    print(f'change: {change:+.4f}')
    return 'a' if change < -0.002 else 'b' if change > 0.002 else 'c'


ex11.choice({
    'a': T('Merging two groups takes information away from the model; it cannot make its '
           'predictions much better, and here it hardly changes them.',
           '合并两组会让模型失去一些信息；这不会让它的预测好很多，而这里几乎没有改变它们。'),
    'b': T('The difference concerns only 8 houses out of 1,460, and one indicator feature out of '
           '331: too little to move the average error by that much.',
           '这个差别只涉及1,460栋房子中的8栋、331个特征中的1个指示特征：太少了，不足以使平均误差变化那么多。'),
}, letters='abc')
