"""Exercise: a transposed convolution is an ordinary convolution, with the kernel flipped, over the input
with stride - 1 zeros inserted between its pixels and kernel_size - 1 - padding zeros around it."""
import itertools

import torch
import torch.nn.functional as F

torch.manual_seed(0)
image = torch.rand(1, 1, 4, 4)
kernel = torch.rand(1, 1, 3, 3)
kernel_size = kernel.shape[-1]


def transposed_by_zero_insertion(image, kernel, stride, padding, output_padding):
    size = image.shape[-1]
    spread = torch.zeros(1, 1, (size - 1) * stride + 1, (size - 1) * stride + 1)
    spread[..., ::stride, ::stride] = image  # stride - 1 zeros between neighbours
    border = kernel_size - 1 - padding
    # output_padding adds zeros on the right and at the bottom only.
    padded = F.pad(spread, (border, border + output_padding, border, border + output_padding))
    return F.conv2d(padded, kernel.flip(-2, -1))  # flipped: row and column order reversed


for stride, padding, output_padding in itertools.product((1, 2, 3), (0, 1, 2), (0, 1, 2)):
    if output_padding >= stride:
        continue
    expected = F.conv_transpose2d(image, kernel, stride=stride, padding=padding, output_padding=output_padding)
    by_hand = transposed_by_zero_insertion(image, kernel, stride, padding, output_padding)
    assert torch.allclose(by_hand, expected, atol=1e-6)
    print(f"stride {stride}, padding {padding}, output_padding {output_padding}: "
          f"{tuple(by_hand.shape[-2:])}, equal to F.conv_transpose2d")
