# %% matrix
"""A transposed convolution is the transpose of a convolution's matrix, and the gradient of a convolution."""
import torch
import torch.nn.functional as F

kernel = torch.tensor([[1, 2, 1],
                       [0, 1, 0],
                       [2, 1, 0]], dtype=torch.float32).reshape(1, 1, 3, 3)

# A convolution is linear, so it is a matrix: column j is what it makes of the j-th one-hot image.
# 3x3 kernel, stride 1, on a 4x4 image: 16 inputs -> 4 outputs, a 4x16 matrix.
one_hot_images = torch.eye(16).reshape(16, 1, 4, 4)
conv_matrix = F.conv2d(one_hot_images, kernel).reshape(16, 4).T
print("the 4x16 matrix of conv2d (one row per output, one column per input pixel):")
print(conv_matrix.int())

# The transposed convolution goes the other way, 4 inputs -> 16 outputs: a 16x4 matrix.
one_hot_outputs = torch.eye(4).reshape(4, 1, 2, 2)
transposed_matrix = F.conv_transpose2d(one_hot_outputs, kernel).reshape(4, 16).T
assert torch.equal(transposed_matrix, conv_matrix.T)
print("the matrix of conv_transpose2d with the same kernel is its transpose: True")

# %% gradient
# The backward pass of a convolution is a transposed convolution of the output's gradient.
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 6, kernel_size=3, stride=2, padding=1, bias=False)
# output_padding=1: from 4x4 back to 8x8, not 7x7 (the output_padding section explains why).
transposed = nn.ConvTranspose2d(6, 3, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)
with torch.no_grad():
    transposed.weight.copy_(conv.weight)  # both are (6, 3, 3, 3): the same tensor serves both layers
image = torch.rand(1, 3, 8, 8, requires_grad=True)
output = conv(image)  # (1, 6, 4, 4)
upstream = torch.rand_like(output)  # any gradient arriving from later layers
output.backward(upstream)
assert torch.allclose(image.grad, transposed(upstream), atol=1e-6)
print("gradient of Conv2d(3, 6, stride 2) with respect to its input:", tuple(image.grad.shape))
print("equal to ConvTranspose2d(6, 3, stride 2) with the same weight, applied to the upstream gradient: True")

# %% not-inverse
# The transpose of a matrix is not its inverse: conv_transpose2d undoes the shape, not the values.
torch.manual_seed(0)
image = torch.rand(1, 1, 8, 8)
kernel = torch.rand(1, 1, 3, 3)
down = F.conv2d(image, kernel, stride=2, padding=1)
back = F.conv_transpose2d(down, kernel, stride=2, padding=1, output_padding=1)
print("shape:", tuple(image.shape), "->", tuple(down.shape), "->", tuple(back.shape))
print("top-left 3x3 of the image:\n", image[0, 0, :3, :3])
print("top-left 3x3 after conv2d then conv_transpose2d:\n", back[0, 0, :3, :3])
relative_error = ((back - image).norm() / image.norm()).item()
print(f"relative error of the round trip: {relative_error:.2f}")
# 64 numbers went through 16: no layer can give them all back.
print("numbers in the image:", image.numel(), " after the stride-2 convolution:", down.numel())
