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
    # Gluon, seeds 0-5: the same ranges as from scratch (0.0327-0.0440, 1.09e-4-1.72e-4,
    # 4.7e-5-5.5e-5, w and b within 0.001); trainer.step(1) ends epoch 1 at ~5e-5.
    '02-linear-regression-gluon': {
        'loss_epoch1': {'what': 'loss after epoch 1', 'lo': 0.02, 'hi': 0.08, 'book': 0.040749},
        'loss_epoch2': {'what': 'loss after epoch 2', 'lo': 6e-5, 'hi': 4e-4, 'book': 0.000158},
        'loss_epoch3': {'what': 'loss after epoch 3', 'lo': 3e-5, 'hi': 1e-4, 'book': 0.000050},
        'w_error': {'what': 'largest |w - true_w|', 'hi': 0.005},
        'b_error': {'what': '|b - true_b|', 'hi': 0.005},
    },
    # Facts about the data, the same for every seed. A loader that drops the last partial batch
    # gives 59,904 images per pass, one that forgets to scale the pixels a maximum of 255.
    '03-fashion-mnist': {
        'train_size': {'what': 'training images', 'lo': 60000, 'hi': 60000, 'book': 60000},
        'test_size': {'what': 'test images', 'lo': 10000, 'hi': 10000, 'book': 10000},
        'train_per_class_min': {'what': 'fewest training images of a class', 'lo': 6000, 'hi': 6000},
        'train_per_class_max': {'what': 'most training images of a class', 'lo': 6000, 'hi': 6000},
        'test_per_class_min': {'what': 'fewest test images of a class', 'lo': 1000, 'hi': 1000},
        'test_per_class_max': {'what': 'most test images of a class', 'lo': 1000, 'hi': 1000},
        'images_per_pass': {'what': 'images read in one pass over the training set',
                            'lo': 60000, 'hi': 60000},
        'pixel_max': {'what': 'largest pixel value the loader gives', 'lo': 1.0, 'hi': 1.0},
    },
}
