"""The output-size rule of nn.Conv2d, checked against real layers for many settings."""
import itertools
import math

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return math.floor((size + 2 * padding - dilation * (kernel_size - 1) - 1) / stride) + 1


checked = 0
for size, kernel_size, stride, padding, dilation in itertools.product(
        (5, 7, 28, 32), (1, 3, 5), (1, 2, 3), (0, 1, 2), (1, 2)):
    if conv_output_size(size, kernel_size, stride, padding, dilation) < 1:
        continue  # the kernel does not fit even once
    conv = nn.Conv2d(1, 1, kernel_size, stride=stride, padding=padding, dilation=dilation)
    measured = conv(torch.zeros(1, 1, size, size)).shape[-1]
    assert measured == conv_output_size(size, kernel_size, stride, padding, dilation)
    checked += 1
print(f"the rule matched nn.Conv2d in all {checked} settings tried")

for size, kernel_size, stride, padding, dilation in ((5, 3, 1, 0, 1), (5, 3, 2, 0, 1), (5, 3, 1, 1, 1),
                                                     (32, 5, 1, 2, 1), (32, 3, 2, 1, 1), (28, 3, 1, 0, 2)):
    print(f"in {size:2}, kernel {kernel_size}, stride {stride}, padding {padding}, dilation {dilation}"
          f"  ->  out {conv_output_size(size, kernel_size, stride, padding, dilation)}")
