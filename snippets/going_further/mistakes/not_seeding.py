# %% wrong
"""Without torch.manual_seed, every run starts from different random weights."""
import torch
from torch import nn

runs = []
for run in range(2):
    torch.seed()  # what a fresh Python process does: a random seed
    runs.append(nn.Linear(3, 2).weight.detach().clone())
print("two runs, same initial weights:", torch.equal(runs[0], runs[1]))

# %% right
runs = []
for run in range(2):
    torch.manual_seed(0)  # at the top of the script
    runs.append(nn.Linear(3, 2).weight.detach().clone())
print("two runs, same initial weights:", torch.equal(runs[0], runs[1]))
