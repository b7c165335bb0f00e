# %% wrong
"""Testing in training mode: Dropout stays on and BatchNorm learns from the test batch."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
test_batch = torch.randn(8, 4) + 5  # shifted, to make BatchNorm's update visible

with torch.no_grad():
    first, second = model(test_batch), model(test_batch)
print("same input, same prediction twice:", torch.equal(first, second))
print("BatchNorm running mean changed by testing:", model[1].running_mean.abs().sum().item() > 0)

# %% right
model.eval()  # Dropout off, BatchNorm uses its stored statistics and leaves them alone
running_mean = model[1].running_mean.clone()
with torch.no_grad():
    first, second = model(test_batch), model(test_batch)
print("same input, same prediction twice:", torch.equal(first, second))
print("BatchNorm running mean changed by testing:", not torch.equal(running_mean, model[1].running_mean))
model.train()  # back to training mode before the next training step
