"""The chapter-3 API of the book's d2lzh 1.0.0 (same names, signatures and printed lines),
working offline on today's IPython and matplotlib, and fast on a CPU.

Import it as the book imports d2lzh:  import d2lzh_local as d2l
"""
from matplotlib import pyplot as plt  # noqa: F401

from .selfcheck import SelfCheckFailed, check  # noqa: F401
from .data import (DEFAULT_ROOT, FashionMNISTIter, check_batch_size, data_iter,  # noqa: F401
                   get_fashion_mnist_labels, load_data_fashion_mnist, read_fashion_mnist)
from .download import DATA_HUB, DATA_URL, DownloadError, download  # noqa: F401
from .exercises import exercises  # noqa: F401
from .model_selection import get_k_fold_data  # noqa: F401
from .plotting import (Animator, in_notebook, semilogy, set_figsize,  # noqa: F401
                       show_fashion_mnist, use_svg_display)
from .regularization import dropout, l1_penalty, l2_penalty  # noqa: F401
from .seen import Seen, shared_rows  # noqa: F401
from .training import (TrainResult, check_net_output, check_train_args,  # noqa: F401
                       evaluate_accuracy, linreg, set_seed, sgd, squared_loss, train_ch3)

__version__ = '1.0.0'
