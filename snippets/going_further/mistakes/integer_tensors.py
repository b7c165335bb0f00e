# %% wrong
"""Tensors of the wrong dtype: integers where floats are needed, and NumPy's float64 against float32 weights."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
values = torch.tensor([1, 2, 3])
print("dtype of torch.tensor([1, 2, 3]):", values.dtype)
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    values.mean()
except RuntimeError as error:
    print("RuntimeError:", str(error).split("\n")[0])

images = torch.randint(0, 256, (4, 784), dtype=torch.uint8)  # pixels as stored on disk
layer = nn.Linear(784, 10)
try:
    layer(images)
except RuntimeError as error:
    print("RuntimeError:", error)

features = torch.from_numpy(np.random.default_rng(0).random((4, 784)))  # NumPy's default: float64
try:
    layer(features)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% right
values = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # a float literal gives float32
print("mean:", values.mean().item())
print("output:", tuple(layer(images.float() / 255).shape))  # floats in [0, 1]
print("output:", tuple(layer(features.float()).shape))  # float64 -> float32
