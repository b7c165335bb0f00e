# %% rule
"""The output size of nn.ConvTranspose2d, checked against the layer, and why output_padding exists."""
import itertools

import torch
from torch import nn


def transposed_output_size(size, kernel_size, stride=1, padding=0, dilation=1, output_padding=0):
    return (size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1


def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1


checked = 0
for size, kernel_size, stride, padding, dilation, output_padding in itertools.product(
        (1, 4, 7), (1, 2, 3, 4, 5), (1, 2, 3), (0, 1, 2), (1, 2), (0, 1, 2)):
    if output_padding >= max(stride, dilation):
        continue  # the layer refuses it (see below)
    expected = transposed_output_size(size, kernel_size, stride, padding, dilation, output_padding)
    if expected < 1:
        continue  # padding would crop away the whole output
    layer = nn.ConvTranspose2d(1, 1, kernel_size, stride, padding, output_padding, dilation=dilation)
    assert layer(torch.zeros(1, 1, size, size)).shape[-1] == expected
    # A Conv2d with the same settings maps the output size back to the input size.
    if output_padding < stride:
        assert conv_output_size(expected, kernel_size, stride, padding, dilation) == size
    checked += 1
print(f"the rule matched the layer in all {checked} settings tried")

for size, kernel_size, stride, padding, output_padding in ((2, 3, 2, 0, 0), (7, 3, 1, 1, 0), (7, 2, 2, 0, 0),
                                                           (7, 4, 2, 1, 0), (7, 3, 2, 1, 0), (7, 3, 2, 1, 1)):
    out = transposed_output_size(size, kernel_size, stride, padding, output_padding=output_padding)
    print(f"in {size}, kernel {kernel_size}, stride {stride}, padding {padding}, "
          f"output_padding {output_padding}  ->  out {out}")

# %% output-padding
# A stride-2 Conv2d maps both 7 and 8 pixels to 4, so going back from 4 is ambiguous.
down = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
for size in (7, 8):
    print(f"Conv2d(3, stride 2, padding 1): {size}x{size} -> {tuple(down(torch.zeros(1, 1, size, size)).shape[-2:])}")
small = torch.zeros(1, 1, 4, 4)
up = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)
print("ConvTranspose2d(3, stride 2, padding 1):                   4x4 ->", tuple(up(small).shape[-2:]))
up_plus_one = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)
print("the same with output_padding=1:                            4x4 ->", tuple(up_plus_one(small).shape[-2:]))
# The size can also be asked for when calling; the layer works out the output_padding itself.
print("the first layer called with output_size=(8, 8):            4x4 ->", tuple(up(small, output_size=(8, 8)).shape[-2:]))

# output_padding must be smaller than the stride (or the dilation): it only picks between sizes.
try:
    nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=2)(small)
except RuntimeError as error:
    print("output_padding=2 with stride 2: RuntimeError:", error)

# %% crop
# padding crops the full stamped output; output_padding gives rows back on the bottom and right only.
torch.manual_seed(0)
image, kernel = torch.rand(1, 1, 4, 4), torch.rand(1, 1, 3, 3)
full = nn.functional.conv_transpose2d(image, kernel, stride=2)  # 9x9
cropped = nn.functional.conv_transpose2d(image, kernel, stride=2, padding=1, output_padding=1)  # 8x8
assert torch.allclose(cropped, full[..., 1:9, 1:9])
print("full output", tuple(full.shape[-2:]), "-> with padding 1 and output_padding 1:", tuple(cropped.shape[-2:]),
      "= rows and columns 1 to 8 of the full output")
