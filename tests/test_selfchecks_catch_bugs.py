"""A self-check that cannot fail proves nothing: break the algorithm in a copy of a notebook
and make sure its self-check fails (and that the unbroken copy passes)."""
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = Path(__file__).resolve().parent.parent / 'notebooks'

# notebook, what is broken, text replaced, its replacement
MUTANTS = [
    ('01-linear-regression-scratch', 'sgd forgets to divide by batch_size',
     'lr * param.grad / batch_size', 'lr * param.grad'),
    ('01-linear-regression-scratch', 'gradient twice too large (loss without its 1/2)',
     '** 2 / 2', '** 2'),
    ('01-linear-regression-scratch', 'gradient of the wrong sign',
     'param[:] = param - lr', 'param[:] = param + lr'),
    ('02-linear-regression-gluon', 'trainer steps by 1 instead of batch_size',
     'trainer.step(batch_size)  #', 'trainer.step(1)  #'),
    ('04-softmax-regression-scratch', 'softmax without normalisation',
     'return X_exp / partition', 'return X_exp'),
    ('07-mlp-gluon', 'MLP without its non-linearity',
     "nn.Dense(256, activation='relu')", 'nn.Dense(256)'),
    ('09-weight-decay', 'L2 penalty left out of the loss (weight decay off, from scratch)',
     'l = loss(net(X, w, b), y) + lambd * l2_penalty(w)', 'l = loss(net(X, w, b), y)'),
    ('09-weight-decay', "Gluon trainer without 'wd' (weight decay off)",
     "{'learning_rate': lr, 'wd': wd}", "{'learning_rate': lr}"),
    ('10-dropout', 'dropout without rescaling by 1 / (1 - p)',
     'return mask * X / keep_prob', 'return mask * X'),
]


def mutate(notebook, old, new):
    nb = nbformat.read(NOTEBOOKS / f'{notebook}.ipynb', as_version=4)
    cells = [c for c in nb.cells if c.cell_type == 'code' and old in c.source]
    assert len(cells) == 1, f'{old!r} should appear in exactly one code cell of {notebook}'
    cells[0].source = cells[0].source.replace(old, new)
    return nb


def run(nb, tmp_path):
    NotebookClient(nb, timeout=600, kernel_name='python3',
                   resources={'metadata': {'path': str(tmp_path)}}).execute()


@pytest.mark.parametrize('notebook,broken,old,new', MUTANTS, ids=[m[1] for m in MUTANTS])
def test_self_check_fails_when_the_algorithm_is_broken(notebook, broken, old, new, tmp_path):
    nb = mutate(notebook, old, new)
    with pytest.raises(CellExecutionError) as failure:
        run(nb, tmp_path)
    assert 'SelfCheckFailed' in str(failure.value), f'{notebook} with {broken} failed elsewhere'
    self_check = [c for c in nb.cells if c.cell_type == 'code'][-1]
    assert '✗' in json.dumps(self_check.outputs, ensure_ascii=False)
