# %% wrong
"""Stepping the learning-rate scheduler before the optimizer skips the first learning rate."""
import warnings

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
used = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split('.  ')[0]}")
print("learning rates used:", used)

# %% right
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
used = []
for epoch in range(3):
    used.append(optimizer.param_groups[0]["lr"])
    optimizer.step()  # in a real loop: the epoch's batches, each with zero_grad, backward, step
    scheduler.step()  # then, once per epoch, the scheduler
print("learning rates used:", used)
