"""return_indices=True records where each maximum came from; nn.MaxUnpool2d puts the maxima back there."""
import torch
from torch import nn

torch.manual_seed(0)
image = torch.randint(0, 10, (1, 1, 4, 4)).float()
print("input:\n", image[0, 0])

pool = nn.MaxPool2d(kernel_size=2, return_indices=True)
maxima, indices = pool(image)
print("maxima:\n", maxima[0, 0])
# The indices count row by row through each 4x4 plane: index 6 is row 1, column 2 (1*4 + 2).
print("indices:\n", indices[0, 0])

unpool = nn.MaxUnpool2d(kernel_size=2)
restored = unpool(maxima, indices)
print("unpooled (every non-maximum becomes 0):\n", restored[0, 0])
assert torch.equal(restored.flatten()[indices.flatten()], maxima.flatten())
