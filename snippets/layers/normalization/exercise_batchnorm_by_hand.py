"""Exercise: BatchNorm1d in training mode, written by hand, including its running statistics."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.BatchNorm1d(4)
running_mean, running_var = torch.zeros(4), torch.ones(4)
momentum, eps = 0.1, 1e-5

for step in range(3):
    x = torch.randn(10, 4) * 2 + 3
    mean, biased_var = x.mean(dim=0), x.var(dim=0, correction=0)
    by_hand = (x - mean) / torch.sqrt(biased_var + eps)  # weight 1 and bias 0, as initialised
    running_mean = (1 - momentum) * running_mean + momentum * mean
    running_var = (1 - momentum) * running_var + momentum * x.var(dim=0, correction=1)

    assert torch.allclose(layer(x), by_hand, atol=1e-5)
    assert torch.allclose(layer.running_mean, running_mean)
    assert torch.allclose(layer.running_var, running_var)
    print(f"batch {step + 1}: output, running_mean and running_var match nn.BatchNorm1d")
