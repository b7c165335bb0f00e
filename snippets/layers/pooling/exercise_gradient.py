"""Exercise: which input pixels receive a gradient through max pooling, and which through average pooling."""
import torch
from torch import nn

image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]], dtype=torch.float32).reshape(1, 1, 5, 5)

for pool in (nn.MaxPool2d(kernel_size=3, ceil_mode=True), nn.AvgPool2d(kernel_size=3, ceil_mode=True)):
    leaf = image.clone().requires_grad_(True)
    pool(leaf).sum().backward()
    print(pool.__class__.__name__, "gradient of the summed output:")
    print(leaf.grad[0, 0])
