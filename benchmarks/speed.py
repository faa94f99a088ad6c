"""Seconds per epoch of chapter 3's models: the book's d2lzh 1.0.0 against d2lzh_local, and
d2lzh_local against the floor set by the model's matrix products on this machine.

    make benchmark     (benchmarks/speed.py [--epochs N] [--quick], in the course's environment)

Softmax regression (Dense(10), lr 0.1) and the MLP (Dense(256, relu), Dense(10), lr 0.5), with
SoftmaxCrossEntropyLoss, Trainer 'sgd' and batch 256, in one process: d2lzh 1.0.0's own loader
(Gluon's FashionMNIST and DataLoader with 4 worker processes) and train_ch3, against
d2lzh_local's. Both read data/fashion-mnist/: Gluon is pointed at symlinks to our archives with
its expected SHA-1s set to ours, and any network access raises (the count of attempts is printed
and must be 0). An epoch is one call of train_ch3 with num_epochs=1 until MXNet has finished
(nd.waitall()), test accuracy included; the two implementations' epochs are interleaved, after one
shared warm-up step per batch shape. The floor: one epoch's multiply-adds (1 GEMM forward and 2
backward per Dense layer over 60,000 images, plus the forward pass over 10,000), each at the
throughput nd.dot reaches here for its shapes. Targets (2-core CPU): softmax at least 10x faster
than d2lzh per epoch, the MLP at least 3.5x, the MLP within 2x of the floor. How each figure is
measured, and a profile of where an epoch goes: benchmarks/RESULTS.md.
"""
import argparse
import contextlib
import gc
import hashlib
import importlib.metadata
import io
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / 'data' / 'fashion-mnist'
sys.path.insert(0, str(REPO))  # d2lzh_local from this work tree, even if not installed

import mxnet as mx  # noqa: E402
from mxnet import autograd, gluon, init, nd  # noqa: E402
from mxnet.gluon import loss as gloss, nn  # noqa: E402

import d2lzh  # noqa: E402
import d2lzh_local as d2l  # noqa: E402

BATCH = 256
N_TRAIN, N_TEST = 60000, 10000
ARCHIVES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
            't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']
MODELS = {  # name: (hidden layer widths, output width, learning rate)
    'softmax': ((), 10, 0.1),
    'MLP': ((256,), 10, 0.5),
}
TARGET_SPEEDUP = {'softmax': 10.0, 'MLP': 3.5}
TARGET_FLOOR = {'MLP': 2.0}


# ---------------------------------------------------------------------------- d2lzh, offline

class NetworkBlocked(RuntimeError):
    """Raised instead of any network access during the benchmark."""


def sha1_of(path):
    with open(path, 'rb') as f:
        return hashlib.file_digest(f, 'sha1').hexdigest()


@contextlib.contextmanager
def offline_gluon_fashion_mnist():
    """A folder of symlinks to our archives that Gluon's FashionMNIST accepts, with the network
    off: yields (folder, our SHA-1s, Gluon's SHA-1s, list of attempted accesses)."""
    from mxnet.gluon import utils as gutils
    from mxnet.gluon.data.vision import datasets

    folder = tempfile.mkdtemp(prefix='d2lzh-fashion-mnist-', dir='/tmp')
    ours = {}
    for name in ARCHIVES:
        os.symlink(DATA / name, os.path.join(folder, name))
        ours[name] = sha1_of(DATA / name)
    gluons = {}
    attempts = []

    def blocked(what):
        attempts.append(what)
        raise NetworkBlocked(f'network access attempted during the benchmark: {what}')

    original_get_data = datasets.FashionMNIST._get_data

    def get_data(self):  # the expected SHA-1s become our files' for the benchmark's duration
        for attr in ('_train_data', '_train_label', '_test_data', '_test_label'):
            name, sha1 = getattr(self, attr)
            gluons[name] = sha1
            setattr(self, attr, (name, ours[name]))
        return original_get_data(self)

    original = (gutils.requests.get, socket.socket.connect, socket.socket.connect_ex,
                socket.create_connection)

    def requests_get(url, *args, **kwargs):
        blocked(f'requests.get({url})')

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            blocked(f'connect{address}')
        return original[1](sock, address)

    def connect_ex(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            blocked(f'connect_ex{address}')
        return original[2](sock, address)

    def create_connection(address, *args, **kwargs):
        blocked(f'create_connection{address}')

    datasets.FashionMNIST._get_data = get_data
    gutils.requests.get = requests_get
    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.create_connection = create_connection
    try:
        yield folder, ours, gluons, attempts
    finally:
        datasets.FashionMNIST._get_data = original_get_data
        (gutils.requests.get, socket.socket.connect, socket.socket.connect_ex,
         socket.create_connection) = original
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- models, timing

def make_net(model, seed=0):
    hidden, outputs, lr = MODELS[model]
    mx.random.seed(seed)
    np.random.seed(seed)
    net = nn.Sequential()
    for width in hidden:
        net.add(nn.Dense(width, activation='relu'))
    net.add(nn.Dense(outputs))
    net.initialize(init.Normal(sigma=0.01))
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
    return net, trainer


def warm_up(model):
    """One step per batch shape on a throwaway net: MXNet/oneDNN build their kernels here."""
    net, trainer = make_net(model, seed=1)
    loss = gloss.SoftmaxCrossEntropyLoss()
    start = time.perf_counter()
    for rows in (BATCH, N_TRAIN % BATCH, N_TEST % BATCH):
        X = nd.random.uniform(shape=(rows, 1, 28, 28))
        y = nd.zeros(rows, dtype='int32')
        with autograd.record():
            l = loss(net(X), y).sum()
        l.backward()
        trainer.step(BATCH)
        net(X).argmax(axis=1).wait_to_read()
    nd.waitall()
    return time.perf_counter() - start


class Impl:
    def __init__(self, name, train_ch3, iters, model):
        self.name, self.train_ch3, self.iters = name, train_ch3, iters
        self.net, self.trainer = make_net(model)
        self.seconds, self.cpu, self.lines = [], [], []

    def epoch(self, loss, proc):
        out = io.StringIO()
        cpu = cpu_of_tree(proc)
        start = time.perf_counter()
        with contextlib.redirect_stdout(out):
            self.train_ch3(self.net, *self.iters, loss, 1, BATCH, None, None, self.trainer)
        nd.waitall()
        self.seconds.append(time.perf_counter() - start)
        self.cpu.append(cpu_of_tree(proc) - cpu)
        self.lines.append(out.getvalue().strip().splitlines()[-1])

    @property
    def mean(self):
        return statistics.fmean(self.seconds)


# ---------------------------------------------------------------------------- the floor

def layer_shapes(model):
    hidden, outputs, _ = MODELS[model]
    widths = [28 * 28, *hidden, outputs]
    return list(zip(widths[:-1], widths[1:]))


def time_call(fn, min_seconds=0.15, trials=3):
    """Best time of one call of fn (MXNet, waited for), over trials of enough calls each."""
    for _ in range(3):
        fn()
    nd.waitall()
    start = time.perf_counter()
    for _ in range(10):
        fn()
    nd.waitall()
    calls = max(20, int(min_seconds / max((time.perf_counter() - start) / 10, 1e-7)))
    best = float('inf')
    for _ in range(trials):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        nd.waitall()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def gemm_throughputs(model, quick=False):
    """For each Dense layer (in, out): multiply-adds per second of nd.dot at batch 256 for the
    forward GEMM X W^T, the weight gradient dY^T X and the input gradient dY W."""
    result = []
    for n_in, n_out in layer_shapes(model):
        X = nd.random.uniform(shape=(BATCH, n_in))
        W = nd.random.normal(scale=0.01, shape=(n_out, n_in))
        dY = nd.random.normal(shape=(BATCH, n_out))
        macs = BATCH * n_in * n_out
        kw = dict(min_seconds=0.05 if quick else 0.15, trials=2 if quick else 3)
        result.append({
            'shape': (n_in, n_out),
            'forward': macs / time_call(lambda: nd.dot(X, W, transpose_b=True), **kw),
            'weight grad': macs / time_call(lambda: nd.dot(dY, X, transpose_a=True), **kw),
            'input grad': macs / time_call(lambda: nd.dot(dY, W), **kw),
        })
    return result


def floor_seconds(throughputs, strict=False):
    """Seconds of GEMM per epoch, and multiply-adds per epoch."""
    seconds = macs = 0.0
    for i, layer in enumerate(throughputs):
        n_in, n_out = layer['shape']
        per_row = n_in * n_out
        kinds = ['forward', 'weight grad'] + ([] if strict and i == 0 else ['input grad'])
        for kind in kinds:
            seconds += N_TRAIN * per_row / layer[kind]
            macs += N_TRAIN * per_row
        seconds += N_TEST * per_row / layer['forward']
        macs += N_TEST * per_row
    return seconds, macs


# ---------------------------------------------------------------------------- report

def cpu_of_tree(proc):
    """CPU seconds of this process, its reaped children and its live ones."""
    t = proc.cpu_times()
    total = t.user + t.system + t.children_user + t.children_system
    for child in proc.children(recursive=True):
        try:
            c = child.cpu_times()
            total += c.user + c.system
        except psutil.Error:
            pass
    return total


def fmt_epochs(seconds):
    return ' '.join(f'{s:.2f}' for s in seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--epochs', type=int, default=3, help='epochs timed per model (3)')
    parser.add_argument('--quick', action='store_true', help='2 epochs, shorter GEMM timing')
    args = parser.parse_args()
    epochs = 2 if args.quick and args.epochs == 3 else args.epochs
    if epochs < 1:
        parser.error('--epochs must be at least 1')

    proc = psutil.Process()
    wall0, cpu0, sys0 = time.perf_counter(), cpu_of_tree(proc), psutil.cpu_times()
    print(f'Machine: {os.cpu_count()} CPUs, MXNet {mx.__version__}, '
          f'd2lzh {importlib.metadata.version("d2lzh")}, '
          f'OMP_NUM_THREADS={os.environ.get("OMP_NUM_THREADS", "unset")}, '
          f'MXNET_ENGINE_TYPE={os.environ.get("MXNET_ENGINE_TYPE", "unset (threaded)")}, '
          f'load average {os.getloadavg()[0]:.2f}')
    loss = gloss.SoftmaxCrossEntropyLoss()

    results, floors = {}, {}
    with offline_gluon_fashion_mnist() as (folder, ours_sha1, gluon_sha1, attempts):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as gluon_out:
            book_iters = d2lzh.load_data_fashion_mnist(BATCH, root=folder)
        load_book = time.perf_counter() - start
        if 'Downloading' in gluon_out.getvalue() or attempts:
            raise SystemExit(f'd2lzh tried to download: {gluon_out.getvalue()} {attempts}')
        for name in ARCHIVES:
            print(f'  {name}: Gluon expects SHA-1 {gluon_sha1[name][:12]}... (MXNet\'s re-packed '
                  f'archive); set to ours {ours_sha1[name][:12]}...')

        start = time.perf_counter()
        our_iters = d2l.load_data_fashion_mnist(BATCH)
        load_ours = time.perf_counter() - start
        print(f'Load Fashion-MNIST: d2lzh 1.0.0 {load_book:.2f} s (Gluon FashionMNIST x2 with '
              f'SHA-1 checks, DataLoader x2 with {book_iters[0]._num_workers} worker processes '
              f'each); d2lzh_local {load_ours:.2f} s (SHA-256 checks, decompression, '
              f'conversion to float32 NDArrays)')

        warm = {model: warm_up(model) for model in MODELS}
        print('Shared warm-up (one step per batch shape, before any timing, in no epoch): ' +
              ', '.join(f'{m} {s:.2f} s' for m, s in warm.items()))

        for model in MODELS:
            impls = {'d2lzh 1.0.0': Impl('d2lzh 1.0.0', d2lzh.train_ch3, book_iters, model),
                     'd2lzh_local': Impl('d2lzh_local', d2l.train_ch3, our_iters, model)}
            print(f'\n== {model}: {epochs} epochs each, interleaved ==')
            for _ in range(epochs):
                for impl in impls.values():
                    impl.epoch(loss, proc)
            for impl in impls.values():
                print(f'  {impl.name:22} {fmt_epochs(impl.seconds)} s (CPU {fmt_epochs(impl.cpu)} s)'
                      f'   last: {impl.lines[-1]}')
            results[model] = impls
            floors[model] = gemm_throughputs(model, quick=args.quick)
        if attempts:
            raise SystemExit(f'network access was attempted: {attempts}')
        print(f'\nNetwork accesses attempted during d2lzh\'s load and training: {len(attempts)}')
        for impls in results.values():  # drop every reference to d2lzh's DataLoaders,
            impls['d2lzh 1.0.0'].iters = None  # whose __del__ ends their worker processes
        del book_iters
        gc.collect()

    # ------------------------------------------------------------------ tables
    print('\n== GEMM throughput of nd.dot at batch 256 (multiply-adds per second) ==')
    for model, layers in floors.items():
        for layer in layers:
            n_in, n_out = layer['shape']
            print(f'  {model:8} Dense {n_in:>3} -> {n_out:<3}  ' + '  '.join(
                f'{k} {layer[k] / 1e9:6.1f} G' for k in ('forward', 'weight grad', 'input grad')))

    print('\n== Seconds per epoch (mean over all timed epochs, first one included) ==')
    names = list(results['softmax'])
    header = f'{"":9}' + ''.join(f'{n:>24}' for n in names)
    print(header + f'{"floor (strict)":>18}')
    table = {}
    for model, impls in results.items():
        floor, macs = floor_seconds(floors[model])
        strict, strict_macs = floor_seconds(floors[model], strict=True)
        table[model] = dict(floor=floor, strict=strict, macs=macs, strict_macs=strict_macs)
        book = impls['d2lzh 1.0.0'].mean
        cells = []
        for name, impl in impls.items():
            speed = '' if name == 'd2lzh 1.0.0' else f' ({book / impl.mean:4.1f}x)'
            cells.append(f'{impl.mean:.3f} s{speed}')
        print(f'{model:9}' + ''.join(f'{c:>24}' for c in cells) +
              f'{f"{floor:.3f} ({strict:.3f})":>18}')
    print('(x: d2lzh 1.0.0\'s mean epoch / this one\'s. Floor: GEMM multiply-adds per epoch / '
          'nd.dot throughput; strict: without the first layer\'s input gradient.)')
    print('\nBest epoch (min) and CPU-seconds per epoch (this process and its children, all '
          'threads; less sensitive to other processes than wall time):')
    for model, impls in results.items():
        print(f'  {model:8}' + '   '.join(
            f'{name}: min {min(i.seconds):.3f} s, CPU {statistics.fmean(i.cpu):.3f} s'
            for name, i in impls.items()))
    for model, t in table.items():
        print(f'  {model}: {t["macs"] / 1e9:.2f} G multiply-adds per epoch '
              f'(strict {t["strict_macs"] / 1e9:.2f} G) = 60000 x (forward + 2 backward GEMMs) '
              f'+ 10000 x forward, over layers {layer_shapes(model)}')

    print('\n== Targets ==')
    print(f'{"target":48}{"d2lzh_local":>14}{"met":>6}')
    checks = []
    for model, target in TARGET_SPEEDUP.items():
        ratio = results[model]['d2lzh 1.0.0'].mean / results[model]['d2lzh_local'].mean
        checks.append((f'{model}: at least {target:g}x faster than d2lzh per epoch',
                       f'{ratio:.2f} x', ratio >= target))
    for model, target in TARGET_FLOOR.items():
        fl = table[model]['floor']
        ratio = results[model]['d2lzh_local'].mean / fl
        checks.append((f'{model}: epoch within {target:g}x of the floor ({fl:.3f} s)',
                       f'{ratio:.2f} x floor', ratio <= target))
    for label, value, ok in checks:
        print(f'{label:48}{value:>14}{"yes" if ok else "NO":>6}')
    for model, t in table.items():
        ours = results[model]['d2lzh_local'].mean
        print(f'  {model}: d2lzh_local epoch / strict floor = {ours / t["strict"]:.2f}')

    wall = time.perf_counter() - wall0
    ours_cpu = cpu_of_tree(proc) - cpu0
    sys1 = psutil.cpu_times()
    busy = (sys1.user + sys1.system + sys1.nice - sys0.user - sys0.system - sys0.nice)
    others = max(0.0, busy - ours_cpu) / (wall * os.cpu_count())
    print(f'\nRun: {wall:.0f} s; other processes used {others:.0%} of the machine\'s '
          f'{os.cpu_count()} CPUs meanwhile (load average now {os.getloadavg()[0]:.2f})' +
          ('; figures are inflated by that' if others > 0.1 else ''))
    return 0  # a missed target is reported above, not an error


if __name__ == '__main__':
    sys.exit(main())
