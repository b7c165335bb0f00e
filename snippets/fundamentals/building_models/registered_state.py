"""A plain tensor attribute is invisible to PyTorch; register_buffer makes non-trained state visible."""
import torch
from torch import nn


class Standardize(nn.Module):
    """Subtracts a fixed mean and divides by a fixed standard deviation, then applies a dense layer."""

    def __init__(self, mean, std):
        super().__init__()
        self.mean = torch.tensor(mean)  # a plain attribute: not registered anywhere
        self.register_buffer("std", torch.tensor(std))  # registered, but not trained
        self.w = nn.Parameter(torch.ones(1))

    def forward(self, x):
        return (x - self.mean) / self.std * self.w


model = Standardize(mean=5.0, std=2.0)
print("parameters():  ", [name for name, _ in model.named_parameters()])
print("buffers():     ", [name for name, _ in model.named_buffers()])
print("state_dict():  ", list(model.state_dict()))
print("model(9.0):    ", model(torch.tensor(9.0)).item())

model.to(torch.float64)  # .to converts parameters and buffers, nothing else
print("w.dtype:   ", model.w.dtype)
print("std.dtype: ", model.std.dtype)
print("mean.dtype:", model.mean.dtype, " <- left behind")
