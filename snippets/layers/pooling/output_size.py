"""The output-size rule of nn.MaxPool2d and nn.AvgPool2d, floor and ceil_mode, checked against real layers."""
import itertools
import math

import torch
from torch import nn


def pool_output_size(size, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    stride = stride or kernel_size  # the default stride is the kernel size
    rounding = math.ceil if ceil_mode else math.floor
    out = rounding((size + 2 * padding - dilation * (kernel_size - 1) - 1) / stride) + 1
    # With ceil_mode, a last window that would start in the right padding is dropped.
    if ceil_mode and (out - 1) * stride >= size + padding:
        out -= 1
    return out


checked = 0
for size, kernel_size, stride, padding, ceil_mode in itertools.product(
        (5, 7, 8, 28, 32), (2, 3, 4), (None, 1, 2, 3), (0, 1), (False, True)):
    if padding > kernel_size // 2:
        continue  # PyTorch allows at most half the kernel as padding
    image = torch.zeros(1, 1, size, size)
    expected = pool_output_size(size, kernel_size, stride, padding, ceil_mode=ceil_mode)
    for pool in (nn.MaxPool2d(kernel_size, stride, padding, ceil_mode=ceil_mode),
                 nn.AvgPool2d(kernel_size, stride, padding, ceil_mode=ceil_mode)):
        assert pool(image).shape[-1] == expected, (size, kernel_size, stride, padding, ceil_mode)
        checked += 1
print(f"the rule matched in all {checked} layers tried")

for size, kernel_size, stride, padding, ceil_mode in ((5, 3, None, 0, False), (5, 3, None, 0, True),
                                                      (32, 2, None, 0, False), (5, 2, 2, 1, True)):
    print(f"in {size:2}, kernel {kernel_size}, stride {stride or kernel_size}, padding {padding}, "
          f"ceil_mode {ceil_mode!s:5}  ->  out {pool_output_size(size, kernel_size, stride, padding, ceil_mode=ceil_mode)}")
