# %% module
"""What a BatchNorm layer holds, what it computes in training, and what its options change."""
import torch
from torch import nn

torch.set_printoptions(precision=4, sci_mode=False)
batch_norm = nn.BatchNorm1d(num_features=3)  # eps=1e-05, momentum=0.1, affine=True, track_running_stats=True
print(batch_norm)
for name, parameter in batch_norm.named_parameters():
    print(f"parameter {name:20s} {parameter.detach()}")
for name, buffer in batch_norm.named_buffers():
    print(f"buffer    {name:20s} {buffer}")

# %% computes
torch.manual_seed(0)
# 8 samples of 3 features on very different scales.
x = torch.randn(8, 3) * torch.tensor([1.0, 5.0, 100.0]) + torch.tensor([0.0, 10.0, -50.0])
y = batch_norm(x)  # a new module is in training mode

batch_mean = x.mean(dim=0)
batch_var = x.var(dim=0, correction=0)  # the biased variance normalises
by_hand = (x - batch_mean) / torch.sqrt(batch_var + batch_norm.eps) * batch_norm.weight + batch_norm.bias
assert torch.allclose(y, by_hand, atol=1e-5)
print(f"output: largest |mean| of a feature {y.mean(dim=0).abs().max():.1e}, "
      f"std per feature {y.std(dim=0, correction=0).detach().round(decimals=3).tolist()}")

# The running variance is updated with the unbiased variance (divided by N - 1).
momentum = batch_norm.momentum
assert torch.allclose(batch_norm.running_mean, (1 - momentum) * 0 + momentum * batch_mean)
assert torch.allclose(batch_norm.running_var, (1 - momentum) * 1 + momentum * x.var(dim=0, correction=1))
print("running_mean after one batch:", batch_norm.running_mean)
print("running_var after one batch: ", batch_norm.running_var)

# %% 2d
# BatchNorm2d: one mean and variance per channel, over the batch and every pixel (N, H, W).
torch.manual_seed(0)
images = torch.randn(4, 3, 5, 5) + torch.tensor([1.0, 2.0, 3.0]).view(1, 3, 1, 1)
normalised = nn.BatchNorm2d(num_features=3)(images)
print("BatchNorm2d weight shape:", tuple(nn.BatchNorm2d(3).weight.shape), "(one per channel)")
print(f"largest |mean| over (N, H, W) of a channel: {normalised.mean(dim=(0, 2, 3)).abs().max():.1e}")

# %% options
no_affine = nn.BatchNorm1d(3, affine=False)
print("affine=False:              weight", no_affine.weight, " bias", no_affine.bias)
no_running = nn.BatchNorm1d(3, track_running_stats=False)
print("track_running_stats=False: running_mean", no_running.running_mean, " running_var", no_running.running_var)
