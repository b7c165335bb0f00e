# %% train
"""In training BatchNorm uses the batch's statistics; in eval mode its running ones."""
import torch
from torch import nn

torch.manual_seed(0)
batch_norm = nn.BatchNorm1d(2)
x = torch.randn(16, 2) * 3 + 5  # a batch from data with mean 5, std 3

train_output = batch_norm(x)
print(f"train mode: largest |mean| of a feature {train_output.mean(dim=0).abs().max():.1e}, "
      f"std per feature {train_output.std(dim=0, correction=0).detach().round(decimals=3).tolist()}")
print("running_mean after one batch:", batch_norm.running_mean.round(decimals=3))
running_mean_after_one = batch_norm.running_mean[0].item()  # of the first feature; its true mean is 5

# %% eval
batch_norm.eval()
eval_output = batch_norm(x)
print("the same first sample, train mode:", train_output[0].detach().round(decimals=3))
print("the same first sample, eval mode: ", eval_output[0].detach().round(decimals=3))
print("running_mean unchanged by eval:  ", batch_norm.running_mean.round(decimals=3))
# In eval mode a sample's output no longer depends on the rest of the batch.
assert torch.allclose(batch_norm(x[:1]), eval_output[:1])

# %% converged
batch_norm.train()
for _ in range(100):
    batch_norm(torch.randn(16, 2) * 3 + 5)
batch_norm.eval()
print("after 100 more batches, running_mean:", batch_norm.running_mean.round(decimals=3),
      "running_var:", batch_norm.running_var.round(decimals=3))
converged_output = batch_norm(x)
print("eval mode, output mean:", converged_output.mean(dim=0).detach().round(decimals=3),
      "std:", converged_output.std(dim=0, correction=0).detach().round(decimals=3))

# %% size-one
batch_norm.train()
try:
    batch_norm(torch.randn(1, 2))
except ValueError as error:
    print("ValueError:", error)
batch_norm.eval()
print("eval mode, batch of 1:", batch_norm(torch.randn(1, 2)).detach().round(decimals=3))
# BatchNorm2d still has H·W values per channel in a single image.
print("BatchNorm2d, one image in training mode:", tuple(nn.BatchNorm2d(2)(torch.randn(1, 2, 4, 4)).shape))

# %% no-running-stats
batch_stats_only = nn.BatchNorm1d(2, track_running_stats=False).eval()
# Without running statistics there is nothing else to use: eval mode normalises with the batch's.
eval_output = batch_stats_only(x)
print(f"track_running_stats=False, eval mode: largest |mean| {eval_output.mean(dim=0).abs().max():.1e}, "
      f"std {eval_output.std(dim=0, correction=0).detach().round(decimals=3).tolist()}")
