"""Plotting helpers with d2lzh's names, working on today's IPython and matplotlib."""
from IPython import display
from matplotlib import font_manager
from matplotlib import pyplot as plt

# Fonts with Chinese characters, as they are called on Linux (Debian/Ubuntu's fonts-noto-cjk,
# fonts-wqy-zenhei), Windows and macOS; matplotlib's own DejaVu Sans has none.
CJK_FONTS = ['Noto Sans CJK SC', 'Noto Sans CJK JP', 'Source Han Sans SC', 'WenQuanYi Zen Hei',
             'Microsoft YaHei', 'SimHei', 'PingFang SC', 'Heiti SC', 'Arial Unicode MS']


def cjk_font():
    """The first installed font of CJK_FONTS, or None."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def use_cjk_fallback():
    """Let figure text mix Latin and Chinese (the lessons label figures with the book's terms):
    matplotlib (3.6 and later) takes each character from the first font of font.family that has
    it, so Latin text keeps the default font and Chinese comes from an installed CJK font."""
    font = cjk_font()
    if font and font not in plt.rcParams['font.family']:
        plt.rcParams['font.family'] = list(plt.rcParams['font.family']) + [font]
    return font


use_cjk_fallback()


def in_notebook():
    """True inside a Jupyter kernel, where figures can be displayed and updated."""
    try:
        shell = get_ipython()  # noqa: F821 (defined by IPython)
    except NameError:
        return False
    return shell is not None and hasattr(shell, 'kernel')


# Departs from d2lzh: IPython 9 removed display.set_matplotlib_formats (matplotlib_inline has it),
# and figures are sharp PNGs, not SVG: JupyterLab hides the SVG outputs of a notebook the learner
# has not run yet (untrusted), and matplotlib's SVGs change on every run.
def use_svg_display():
    """Display plots in Jupyter as sharp (2x) PNG images (the book used svg)."""
    if in_notebook():
        from matplotlib_inline.backend_inline import set_matplotlib_formats
        set_matplotlib_formats('retina')


# Departs from d2lzh only by calling the working use_svg_display above.
def set_figsize(figsize=(3.5, 2.5)):
    """Set matplotlib figure size."""
    use_svg_display()
    plt.rcParams['figure.figsize'] = figsize


# Departs from d2lzh only by calling the working set_figsize above.
def semilogy(x_vals, y_vals, x_label, y_label, x2_vals=None, y2_vals=None,
             legend=None, figsize=(3.5, 2.5)):
    """Plot x and log(y)."""
    set_figsize(figsize)
    plt.xlabel(x_label)
    plt.ylabel(y_label)
    plt.semilogy(x_vals, y_vals)
    if x2_vals and y2_vals:
        plt.semilogy(x2_vals, y2_vals, linestyle=':')
        plt.legend(legend)
    plt.show()


# Departs from d2lzh: accepts numpy arrays as well as NDArrays, and a working use_svg_display.
def show_fashion_mnist(images, labels):
    """Plot Fashion-MNIST images with labels."""
    use_svg_display()
    _, figs = plt.subplots(1, len(images), figsize=(12, 12))
    for f, img, lbl in zip(figs, images, labels):
        img = img.asnumpy() if hasattr(img, 'asnumpy') else img
        f.imshow(img.reshape((28, 28)))
        f.set_title(lbl)
        f.axes.get_xaxis().set_visible(False)
        f.axes.get_yaxis().set_visible(False)


class Animator:
    """A figure of curves that redraws in place as points are added (after d2l's Animator).

    It updates its own display, so text printed in the same cell stays; outside a notebook it
    only records the points.
    """

    def __init__(self, xlabel=None, ylabel=None, legend=(), xlim=None, ylim=None,
                 yscale='linear', fmts=('-', 'm--', 'g-.', 'r:'), figsize=(3.5, 2.5)):
        self.xlabel, self.ylabel, self.legend = xlabel, ylabel, list(legend)
        self.xlim, self.ylim, self.yscale, self.fmts = xlim, ylim, yscale, fmts
        self.X, self.Y = None, None
        self.live = in_notebook()
        if self.live:
            use_svg_display()
            self.fig, self.axes = plt.subplots(figsize=figsize)
            plt.close(self.fig)  # shown through the display handle only, not again at cell end
            self._draw()
            self.handle = display.display(self.fig, display_id=True)

    def add(self, x, ys):
        """Add one point to each curve: x a number, ys a list of numbers (one per curve)."""
        ys = list(ys) if isinstance(ys, (list, tuple)) else [ys]
        if self.X is None:
            self.X, self.Y = [[] for _ in ys], [[] for _ in ys]
        for i, y in enumerate(ys):
            if y is not None:
                self.X[i].append(x)
                self.Y[i].append(y)
        if self.live:
            self._draw()
            self.handle.update(self.fig)

    def _draw(self):
        ax = self.axes
        ax.cla()
        for x, y, fmt in zip(self.X or [], self.Y or [], self.fmts * 4):
            ax.plot(x, y, fmt)
        ax.set_xlabel(self.xlabel)
        ax.set_ylabel(self.ylabel)
        ax.set_yscale(self.yscale)
        if self.xlim:
            ax.set_xlim(self.xlim)
        if self.ylim:
            ax.set_ylim(self.ylim)
        if self.legend and self.X:
            ax.legend(self.legend)
        ax.grid(True)
        self.fig.tight_layout()
