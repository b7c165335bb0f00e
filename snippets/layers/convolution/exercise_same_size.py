"""Exercise: the padding that keeps a 32x32 image 32x32, solved from the output-size rule and checked."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
image = torch.rand(1, 3, 32, 32)
# With stride 1 the rule reads out = in + 2*padding - dilation*(kernel-1), so out == in needs
# padding = dilation*(kernel-1)/2, a whole number whenever the kernel size is odd.
for kernel_size, dilation in ((3, 1), (5, 1), (7, 1), (3, 2), (5, 3)):
    padding = dilation * (kernel_size - 1) // 2
    by_number = nn.Conv2d(3, 8, kernel_size, padding=padding, dilation=dilation)
    by_same = nn.Conv2d(3, 8, kernel_size, padding="same", dilation=dilation)
    assert by_number(image).shape == by_same(image).shape == (1, 8, 32, 32)
    print(f"kernel {kernel_size}, dilation {dilation}: padding={padding} keeps 32x32")
