"""Expected result ranges for every notebook's self-check: the one place they are set.

Each entry: what the number is, its range (lo and/or hi), and what the book printed. The ranges
come from runs over several seeds (`make seeds`, tools/check_seeds.py), wide enough for any seed and narrow
enough that a broken algorithm falls outside them.
"""

EXPECTED = {
    # Seeds 0-5 gave epoch losses 0.0328-0.0440, 1.08e-4-1.71e-4, 4.7e-5-5.5e-5, and w, b within
    # 0.0017 of the truth. sgd without / batch_size (steps 10x too large) ends epoch 1 at ~5e-5,
    # a gradient twice too large at ~1.3e-4, a step 10x too small at ~9: all outside the first band.
    '01-linear-regression-scratch': {
        'loss_epoch1': {'what': 'loss after epoch 1', 'lo': 0.02, 'hi': 0.08, 'book': 0.040678},
        'loss_epoch2': {'what': 'loss after epoch 2', 'lo': 6e-5, 'hi': 4e-4, 'book': 0.000152},
        'loss_epoch3': {'what': 'loss after epoch 3', 'lo': 3e-5, 'hi': 1e-4, 'book': 0.000051},
        'w_error': {'what': 'largest |w - true_w|', 'hi': 0.005, 'book': 0.00023},
        'b_error': {'what': '|b - true_b|', 'hi': 0.005, 'book': 0.00059},
    },
}
