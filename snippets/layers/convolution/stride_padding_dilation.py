# %% stride
"""nn.Conv2d's stride, padding (including "same") and dilation, shown by the shapes they produce."""
import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
image = torch.rand(1, 1, 7, 7)  # one grey 7x7 image

# stride: how far the kernel moves between two outputs; (rows, columns) may differ.
for stride in (1, 2, 3, (1, 2)):
    conv = nn.Conv2d(1, 1, kernel_size=3, stride=stride)
    print(f"stride={stride!s:6}  output {tuple(conv(image).shape[2:])}")

# %% padding
# padding: how many pixels are added on each side before the kernel slides.
for padding in (0, 1, 2, (0, 2), "valid", "same"):
    conv = nn.Conv2d(1, 1, kernel_size=3, padding=padding)
    print(f"padding={padding!r:7}  output {tuple(conv(image).shape[2:])}")

# "same" works out the padding that keeps the size, for any odd kernel and dilation.
for kernel_size, dilation in ((5, 1), (7, 1), (3, 2)):
    conv = nn.Conv2d(1, 1, kernel_size, padding="same", dilation=dilation)
    print(f"kernel {kernel_size}, dilation {dilation}, padding='same'  output {tuple(conv(image).shape[2:])}")

# With a stride the output is smaller anyway, so "same" is refused.
try:
    nn.Conv2d(1, 1, kernel_size=3, stride=2, padding="same")
except ValueError as error:
    print("ValueError:", error)

# An even kernel cannot be padded equally on both sides. The snippets run with warnings as errors: record it.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    even = nn.Conv2d(1, 1, kernel_size=4, padding="same")
    output = even(image)
print(f"kernel 4, padding='same'  output {tuple(output.shape[2:])}")
print("UserWarning:", str(caught[0].message).split(" (Triggered")[0])
unequal = F.conv2d(F.pad(image, (1, 2, 1, 2)), even.weight, even.bias)  # (left, right, top, bottom)
print("equals padding 1 on the left and top, 2 on the right and bottom:", torch.allclose(output, unequal))

# %% dilation
# dilation: the gaps between the kernel's taps. A 3x3 kernel with dilation 2 spans 5x5
# pixels but still has 9 weights.
for dilation in (1, 2, 3):
    conv = nn.Conv2d(1, 1, kernel_size=3, dilation=dilation)
    span = dilation * (3 - 1) + 1
    print(f"dilation={dilation}  spans {span}x{span}  weights {conv.weight.numel()}"
          f"  output {tuple(conv(image).shape[2:])}")
