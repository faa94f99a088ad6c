"""The self-check's descriptions (the 'what' and 'note' strings of expected.py) in Chinese, for the
lessons in notebooks/zh/: English text as in expected.py -> Chinese. tests/test_translations.py
checks that every description has its Chinese and that none is left over from an older English."""

ZH = {
    # MEASURED_ON_FASHION_MNIST
    'training examples in the last epoch':
        '最后一个迭代周期中的训练样本数',
    'examples the test accuracy is measured on':
        '测得测试准确率所用的样本数',
    'measured on exactly the test set, each image once (1 = yes)':
        '恰好在测试集上测得，每张图像一次（1 = 是）',
    # 01-linear-regression-scratch
    'loss after epoch 1':
        '第 1 个迭代周期后的损失',
    'loss after epoch 2':
        '第 2 个迭代周期后的损失',
    'loss after epoch 3':
        '第 3 个迭代周期后的损失',
    'largest |w - true_w|':
        '最大的 |w - true_w|',
    '|b - true_b|':
        '|b - true_b|',
    'loop against vectorised addition: largest difference':
        '循环与矢量加法：最大差值',
    'one sgd step against the update formula: largest difference':
        'sgd 的一步与迭代公式：最大差值',
    'analytic solution: largest |gradient of the loss|':
        '解析解：最大的 |损失的梯度|',
    'largest |analytic solution - true parameters|':
        '最大的 |解析解 - 真实参数|',
    'training loss of SGD - training loss of the analytic solution':
        'SGD 的训练损失 - 解析解的训练损失',
    'largest |SGD - analytic solution|':
        '最大的 |SGD - 解析解|',
    # 02-linear-regression-gluon
    'largest |Gluon - analytic solution|':
        '最大的 |Gluon - 解析解|',
    # 03-fashion-mnist
    'training images':
        '训练图像数',
    'test images':
        '测试图像数',
    'fewest training images of a class':
        '各类别训练图像数的最小值',
    'most training images of a class':
        '各类别训练图像数的最大值',
    'fewest test images of a class':
        '各类别测试图像数的最小值',
    'most test images of a class':
        '各类别测试图像数的最大值',
    'images read in one pass over the training set':
        '遍历一遍训练集读取的图像数',
    'largest pixel value the loader gives':
        '读取器给出的最大像素值',
    'images that occur twice within a set':
        '在同一个集合内出现两次的图像数',
    'images in both the training and the test set':
        '同时在训练集和测试集中的图像数',
    # 08-underfit-overfit
    'training rows of the normal fit':
        '正常拟合的训练行数',
    'test rows of every fit':
        '每次拟合的测试行数',
    'rows in both the training and the test set':
        '同时在训练集和测试集中的行数',
    'training rows of the two-example fit':
        '两个样本的拟合的训练行数',
    'third-order fit: train loss':
        '三阶多项式拟合：训练损失',
    'third-order fit: test loss':
        '三阶多项式拟合：测试损失',
    'third-order fit: largest |w - true_w|':
        '三阶多项式拟合：最大的 |w - true_w|',
    'third-order fit: |b - true_b|':
        '三阶多项式拟合：|b - true_b|',
    'linear fit (underfitting): train loss':
        '线性函数拟合（欠拟合）：训练损失',
    'linear fit (underfitting): test loss':
        '线性函数拟合（欠拟合）：测试损失',
    'two examples (overfitting): train loss':
        '两个训练样本（过拟合）：训练损失',
    'two examples (overfitting): test loss':
        '两个训练样本（过拟合）：测试损失',
    'two examples (overfitting): test loss / train loss':
        '两个训练样本（过拟合）：测试损失 / 训练损失',
    'sweep, 20 examples: degree of the lowest test loss':
        '阶数扫描，20 个样本：测试损失最低的阶数',
    'sweep, 20 examples: log10(test loss of degree 8 / degree 3)':
        '阶数扫描，20 个样本：log10(阶数 8 的测试损失 / 阶数 3 的测试损失)',
    '5-fold split of the 100 training rows: most training rows in a fold':
        '100 行训练数据的 5 折划分：一折中最多的训练行数',
    '5-fold split: fewest validation rows in a fold':
        '5 折划分：一折中最少的验证行数',
    '5-fold split: most rows in both parts of a fold':
        '5 折划分：一折中同时在两部分里的最多行数',
    '5-fold split: distinct rows validated on':
        '5 折划分：被验证过的不同行数',
    "book's data: degree chosen by the validation set":
        '书中的数据：验证集选中的阶数',
    "book's data: degree chosen by 5-fold cross-validation":
        '书中的数据：5 折交叉验证选中的阶数',
    "book's data, chosen degree: 5-fold validation loss / test loss":
        '书中的数据，选中的阶数：5 折验证损失 / 测试损失',
    "book's data, chosen degree: test loss / lowest test loss of any degree":
        '书中的数据，选中的阶数：测试损失 / 各阶数中最低的测试损失',
    '50 sets of 20: share where a validation set of 4 rows chooses degree 3':
        '50 个 20 样本的训练集：4 行验证集选中阶数 3 的比例',
    '50 sets of 20: share where 5-fold cross-validation chooses degree 3':
        '50 个 20 样本的训练集：5 折交叉验证选中阶数 3 的比例',
    '50 sets, validation set: winning validation loss / test loss (median)':
        '50 个训练集，验证集：获胜的验证损失 / 测试损失（中位数）',
    '50 sets, 5-fold: winning validation loss / test loss (median)':
        '50 个训练集，5 折交叉验证：获胜的验证损失 / 测试损失（中位数）',
    # 09-weight-decay
    'L2 norm of w, from scratch, lambda = 0':
        'w 的 L2范数，从零开始实现，lambda = 0',
    'L2 norm of w, from scratch, lambda = 3':
        'w 的 L2范数，从零开始实现，lambda = 3',
    'test loss, from scratch, lambda = 0':
        '测试损失，从零开始实现，lambda = 0',
    'test loss, from scratch, lambda = 3':
        '测试损失，从零开始实现，lambda = 3',
    'L2 norm of w, Gluon, wd = 0':
        'w 的 L2范数，Gluon，wd = 0',
    'L2 norm of w, Gluon, wd = 3':
        'w 的 L2范数，Gluon，wd = 3',
    'test loss, Gluon, wd = 3':
        '测试损失，Gluon，wd = 3',
    "Gluon's wd step against (1 - lr wd) w - lr grad: largest difference":
        'Gluon 的 wd 一步更新与 (1 - lr wd) w - lr grad 相比：最大差值',
    'share of |w| < 0.001 with the L1 penalty (lambda = 0.03)':
        '使用 L1 惩罚（lambda = 0.03）时 |w| < 0.001 的比例',
    'share of |w| < 0.001 with the L2 penalty (lambda = 1)':
        '使用 L2 惩罚（lambda = 1）时 |w| < 0.001 的比例',
    'L2 norm of w, from scratch, lambda = 10':
        'w 的 L2范数，从零开始实现，lambda = 10',
    'L2 norm of w, from scratch: lambda = 10 / lambda = 3':
        'w 的 L2范数，从零开始实现：lambda = 10 / lambda = 3',
    'train loss, from scratch, lambda = 10':
        '训练损失，从零开始实现，lambda = 10',
    'train loss, from scratch: lambda = 10 / lambda = 3':
        '训练损失，从零开始实现：lambda = 10 / lambda = 3',
    'test loss, from scratch, lambda = 10':
        '测试损失，从零开始实现，lambda = 10',
    'sweep: L2 norm of w, lambda = 100':
        '扫描：w 的 L2范数，lambda = 100',
    'sweep: train loss, lambda = 100':
        '扫描：训练损失，lambda = 100',
    'every parameter decayed (wd 5, 10 epochs): L2 norm of w':
        '衰减所有参数（wd 5，10 个迭代周期）：w 的 L2范数',
    'every parameter decayed (wd 5, 10 epochs): b':
        '衰减所有参数（wd 5，10 个迭代周期）：b',
    'every parameter decayed (wd 5, 10 epochs): test loss':
        '衰减所有参数（wd 5，10 个迭代周期）：测试损失',
    'weights only decayed (wd 5, 10 epochs): test loss':
        '只衰减权重（wd 5，10 个迭代周期）：测试损失',
    'labels + 5, every parameter decayed (20 epochs): b':
        '标签 + 5，衰减所有参数（20 个迭代周期）：b',
    'labels + 5, weights only decayed (20 epochs): b':
        '标签 + 5，只衰减权重（20 个迭代周期）：b',
    'labels + 5, every parameter decayed: test loss':
        '标签 + 5，衰减所有参数：测试损失',
    'labels + 5, weights only decayed: test loss':
        '标签 + 5，只衰减权重：测试损失',
    # 10-dropout
    'mean of dropout(x, 0.5) over 20,000 masks / x':
        'dropout(x, 0.5) 在 20,000 个掩码上的平均值 / x',
    'test accuracy after 5 epochs, from scratch':
        '5 个迭代周期后的测试准确率，从零开始实现',
    'test accuracy after 5 epochs, Gluon':
        '5 个迭代周期后的测试准确率，Gluon',
    'from scratch: share of outputs that differ between two passes in training mode':
        '从零开始实现：训练模式下两次前向计算中不同的输出所占比例',
    'from scratch: share of outputs that differ between two passes when predicting':
        '从零开始实现：预测时两次前向计算中不同的输出所占比例',
    'Gluon: share of outputs that differ between two passes in training mode':
        'Gluon：训练模式下两次前向计算中不同的输出所占比例',
    'Gluon: share of outputs that differ between two passes when predicting':
        'Gluon：预测时两次前向计算中不同的输出所占比例',
    'regression with dropout: train loss (mean of 5)':
        '使用丢弃法的回归：训练损失（5 次的平均）',
    'regression without dropout: test loss (mean of 5)':
        '不使用丢弃法的回归：测试损失（5 次的平均）',
    'regression with dropout: test loss (mean of 5)':
        '使用丢弃法的回归：测试损失（5 次的平均）',
    'regression: test loss with dropout / without':
        '回归：使用丢弃法时的测试损失 / 不使用时的',
    'vanilla: prediction vs mean of 1,000 masks (relative)':
        '原始丢弃法：预测与 1,000 个掩码上的平均值之差（相对）',
    'inverted: prediction vs mean of 1,000 masks (relative)':
        '倒置丢弃法：预测与 1,000 个掩码上的平均值之差（相对）',
    'vanilla predicting without 1 - p vs mean of the masks':
        '原始丢弃法预测时不乘 1 - p：与掩码上的平均值之差',
    'regression, un-scaled net as vanilla: test loss':
        '回归，不缩放的网络按原始丢弃法预测：测试损失',
    'share of units nn.Dropout(0.2) drops':
        'nn.Dropout(0.2) 丢弃的单元比例',
    'share of units nn.Dropout(0.8) drops':
        'nn.Dropout(0.8) 丢弃的单元比例',
    'share of units dropout(X, 0.2) drops':
        'dropout(X, 0.2) 丢弃的单元比例',
    'thinned networks, drop 0.2 and 0.5: test accuracy':
        '稀疏网络，丢弃概率 0.2 和 0.5：测试准确率',
    'thinned networks, drop 0.8 (misread), 0.5: test accuracy':
        '稀疏网络，丢弃概率 0.8（误读）和 0.5：测试准确率',
    'vanilla predicting with p, not 1 - p, vs mean of the masks':
        '原始丢弃法预测时乘 p 而非 1 - p：与掩码上的平均值之差',
    'one thinned network agrees with the full network':
        '单个稀疏网络与完整网络一致的比例',
    'average of 128 thinned networks agrees with the full one':
        '128 个稀疏网络的平均与完整网络一致的比例',
    'accuracy: average of 128 thinned networks - full network':
        '准确率：128 个稀疏网络的平均 - 完整网络',
    # 11-forward-backward-propagation
    'dJ/dW1 by hand against autograd: largest difference':
        '手算的 dJ/dW1 与 autograd 相比：最大差值',
    'dJ/dW2 by hand against autograd: largest difference':
        '手算的 dJ/dW2 与 autograd 相比：最大差值',
    'dJ/dO by hand against autograd: largest difference':
        '手算的 dJ/dO 与 autograd 相比：最大差值',
    'dJ/dH by hand against autograd: largest difference':
        '手算的 dJ/dH 与 autograd 相比：最大差值',
    'dJ/dZ by hand against autograd: largest difference':
        '手算的 dJ/dZ 与 autograd 相比：最大差值',
    'central differences against dJ/dW1, dJ/dW2 by hand: largest difference':
        '中心差分与手算的 dJ/dW1、dJ/dW2 相比：最大差值',
    'test accuracy after one epoch with our own backpropagation':
        '用我们自己的反向传播训练 1 个迭代周期后的测试准确率',
    'training examples in the epoch':
        '这个迭代周期中的训练样本数',
    'bytes of X, Z, H, O kept for backpropagation (batch 256)':
        '为反向传播保存的 X、Z、H、O 的字节数（批量大小 256）',
    'bytes prediction holds at most (batch 256)':
        '预测时至多占用的字节数（批量大小 256）',
    # 04-softmax-regression-scratch
    'training loss at epoch 5':
        '第 5 个迭代周期的训练损失',
    'training accuracy at epoch 5':
        '第 5 个迭代周期的训练准确率',
    'test accuracy at epoch 5':
        '第 5 个迭代周期的测试准确率',
    "the book's data: the first release of Fashion-MNIST, notebook 03":
        '书中的数据是 Fashion-MNIST 的第一版，见 notebook 03',
    '|-log(likelihood) / n - mean cross-entropy|':
        '|-log(似然) / n - 平均交叉熵|',
    'gradient: largest |autograd - (softmax(O) - Y) / n|':
        '梯度：|autograd - (softmax(O) - Y) / n| 的最大值',
    # 05-softmax-regression-gluon
    "fused loss's gradient: largest |autograd - (softmax(o) - y)|":
        '合在一起计算的损失函数的梯度：|autograd - (softmax(o) - y)| 的最大值',
    'random re-split: test accuracy at epoch 5':
        '随机重新划分：第 5 个迭代周期的测试准确率',
    'random re-split minus official split: test accuracy':
        '随机重新划分减去官方划分：测试准确率',
    # 06-mlp-scratch
    'two Dense layers against W1 W2, b1 W2 + b2: largest difference':
        '两个 Dense 层与合并后的单层（W1 W2, b1 W2 + b2）相比：最大差值',
    'the same with ReLU between the layers: largest difference':
        '两层之间加上 ReLU 后同样比较：最大差值',
    # 12-numerical-stability-init
    'log10 of the norm of a product of 100 random 4x4 matrices':
        '100 个随机 4x4 矩阵之积的范数的 log10',
    'largest gradient of the sigmoid (autograd)':
        'sigmoid函数的最大梯度（autograd）',
    "constant start: largest spread of the hidden units' weights":
        '常数初始值：隐藏单元权重之间的最大差距',
    "random start: largest spread of the hidden units' weights":
        '随机初始值：隐藏单元权重之间的最大差距',
    'constant start: test accuracy after 10 epochs':
        '常数初始值：10 个迭代周期后的测试准确率',
    'random start: test accuracy after 10 epochs':
        '随机初始值：10 个迭代周期后的测试准确率',
    'training examples per epoch':
        '每个迭代周期的训练样本数',
    'test accuracies measured on exactly the test set (1 = yes)':
        '测试准确率恰好在测试集上测得（1 = 是）',
    'default initialization: largest |weight|':
        '默认初始化：最大的 |权重|',
    'default initialization: std of weights / (0.07 / sqrt 3)':
        '默认初始化：权重的标准差 / (0.07 / sqrt 3)',
    'default initialization: largest |bias|':
        '默认初始化：最大的 |偏差|',
    'Xavier: largest |weight| / sqrt(6 / (n_in + n_out))':
        'Xavier：最大的 |权重| / sqrt(6 / (n_in + n_out))',
    'Xavier: variance of weights / (2 / (n_in + n_out))':
        'Xavier：权重的方差 / (2 / (n_in + n_out))',
    '15 linear layers, Xavier: output std, layer 15 / layer 1':
        '15 个线性层，Xavier：输出的标准差，第 15 层 / 第 1 层',
    '15 linear layers, Xavier: gradient std, layer 1 / layer 15':
        '15 个线性层，Xavier：梯度的标准差，第 1 层 / 第 15 层',
    '15 linear layers, default: output std, layer 15 / layer 1':
        '15 个线性层，默认初始化：输出的标准差，第 15 层 / 第 1 层',
    '15 linear layers, U(-0.2, 0.2): output std, layer 15 / layer 1':
        '15 个线性层，U(-0.2, 0.2)：输出的标准差，第 15 层 / 第 1 层',
    '15 ReLU layers, Xavier: output std, layer 15 / layer 1':
        '15 个ReLU层，Xavier：输出的标准差，第 15 层 / 第 1 层',
    '15 ReLU layers, He: output std, layer 15 / layer 1':
        '15 个ReLU层，He：输出的标准差，第 15 层 / 第 1 层',
    # 13-kaggle-house-prices
    'training houses':
        '训练集中的房子数',
    'test houses':
        '测试集中的房子数',
    'features after preprocessing':
        '预处理后的特征数',
    'largest |mean| of a standardised numeric feature':
        '标准化后各数值特征 |均值| 的最大值',
    'log_rmse of predictions 10% too high (log 1.1)':
        '偏高 10% 的预测的 log_rmse（log 1.1）',
    'log_rmse of predicting 0 (clipped to 1)':
        '预测为 0 时的 log_rmse（截断为 1）',
    'smallest validation fold':
        '最小的验证折的房子数',
    'largest validation fold':
        '最大的验证折的房子数',
    'houses in the training and the validation part of a round':
        '同一轮中既在训练部分又在验证部分的房子数',
    'houses validated on over the 5 rounds':
        '5 轮中被验证过的房子数',
    '5-fold: average training log-RMSE':
        '5 折交叉验证：平均训练 log-RMSE',
    '5-fold: average validation log-RMSE':
        '5 折交叉验证：平均验证 log-RMSE',
    '5-fold: validation minus training log-RMSE':
        '5 折交叉验证：验证 log-RMSE 减去训练 log-RMSE',
    'all training data: final training log-RMSE':
        '全部训练数据：最终的训练 log-RMSE',
    '|side by side - k_fold|: validation log-RMSE, lr 5':
        '|并排运行 - k_fold|：验证 log-RMSE，学习率 5',
    'side by side, lr 1: validation log-RMSE':
        '并排运行，学习率 1：验证 log-RMSE',
    'side by side, lr 25: validation log-RMSE':
        '并排运行，学习率 25：验证 log-RMSE',
    'MLP: training log-RMSE':
        '多层感知机：训练 log-RMSE',
    'MLP: validation / training log-RMSE':
        '多层感知机：验证 log-RMSE / 训练 log-RMSE',
    'predictions in the submission':
        '提交结果中的预测数',
    'median predicted price (thousand dollars)':
        '预测价格的中位数（千美元）',
}
