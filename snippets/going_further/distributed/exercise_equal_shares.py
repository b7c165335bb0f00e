"""Exercise: averaging the processes' gradients equals the global batch's gradient only when their shares are equal."""
import torch
from torch import nn
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
model = nn.Linear(5, 1)
inputs, targets = torch.randn(64, 5), torch.randn(64, 1)


def gradient(rows):
    model.zero_grad()
    nn.functional.mse_loss(model(inputs[rows]), targets[rows]).backward()
    return model.weight.grad.clone()


whole_batch = gradient(slice(0, 64))
for first_share in (32, 40):
    # What DDP's all-reduce computes: the average of the two processes' gradients.
    averaged = (gradient(slice(0, first_share)) + gradient(slice(first_share, 64))) / 2
    unequal_error = (averaged - whole_batch).abs().max().item()  # the last one kept: 40 + 24
    print(f"shares {first_share} + {64 - first_share}: largest difference from the whole batch's gradient"
          f" {unequal_error:.1e}")

# DistributedSampler makes the shares equal: 10 examples on 3 processes are padded to 12.
shares = [list(DistributedSampler(range(10), num_replicas=3, rank=rank, shuffle=False)) for rank in range(3)]
print("10 examples on 3 processes:", shares)
