import os

import matplotlib

matplotlib.use('Agg')  # unit tests draw without a screen
os.environ.pop('D2L_SEED', None)  # tests choose their own seeds
