"""Figures label things with the book's Chinese terms (输入层, 隐藏层, ...): they must render with a
CJK font, not as boxes. CI installs Debian's fonts-noto-cjk (.ci/run), Binder too (apt.txt); on
a machine without one this test skips, saying how to install it (`make doctor` warns too)."""
import warnings

from matplotlib import pyplot as plt

import course
import d2lzh_local as d2l
from support import unavailable


def test_chinese_text_in_a_figure_has_every_glyph():
    if d2l.plotting.cjk_font() is None:
        unavailable('no CJK font installed: the lessons run, but Chinese text in figures shows as '
                    f'boxes. Fix: {course.font_fix()}')
    assert d2l.plotting.cjk_font() in plt.rcParams['font.family']
    fig, ax = plt.subplots()
    ax.set_title('hidden layer (隐藏层), output layer (输出层)')
    with warnings.catch_warnings():
        warnings.simplefilter('error')  # matplotlib warns for every glyph a font lacks
        fig.canvas.draw()
    plt.close(fig)
