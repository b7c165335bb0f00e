"""Exercise: every ConvTranspose2d with stride 2 and kernel up to 5 that turns 7x7 into 14x14,
and which of them give a flat output on a constant input."""
import itertools

import torch
import torch.nn.functional as F

constant = torch.ones(1, 1, 7, 7)
for kernel_size, padding, output_padding in itertools.product(range(1, 6), range(3), range(2)):
    if (7 - 1) * 2 - 2 * padding + (kernel_size - 1) + output_padding + 1 != 14:
        continue
    output = F.conv_transpose2d(constant, torch.ones(1, 1, kernel_size, kernel_size),
                                stride=2, padding=padding, output_padding=output_padding)
    inside = output[0, 0, 2:-2, 2:-2]  # away from the border, where fewer stamps reach
    flat = bool(inside.min() == inside.max())
    # Flat exactly when the stride divides the kernel size: then every pixel gets the same number of stamps.
    assert flat == (kernel_size % 2 == 0)
    print(f"kernel {kernel_size}, padding {padding}, output_padding {output_padding}: stamps per pixel "
          f"{sorted(set(inside.long().flatten().tolist()))}, {'flat' if flat else 'checkerboard'}")
