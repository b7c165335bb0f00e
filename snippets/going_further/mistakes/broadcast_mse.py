# %% wrong
"""A (N, 1) prediction against a (N,) target: MSELoss broadcasts to (N, N) and only warns."""
import warnings

import torch
from torch import nn

targets = torch.tensor([1.0, 2.0, 3.0, 4.0])  # shape (4,)
predictions = targets.unsqueeze(1)  # shape (4, 1), as nn.Linear(..., 1) returns: perfect predictions

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(predictions, targets)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
print("loss of perfect predictions:", loss.item())

# %% right
loss = nn.MSELoss()(predictions.squeeze(1), targets)  # or make the targets (4, 1)
print("loss of perfect predictions:", loss.item())
