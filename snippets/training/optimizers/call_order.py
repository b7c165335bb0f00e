"""optimizer.step() must come before scheduler.step(); the other order skips the first lr and warns."""
import warnings

import torch
from torch.optim.lr_scheduler import StepLR


def lrs_used(scheduler_first):
    weight = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight], lr=0.1)
    scheduler = StepLR(optimizer, step_size=1, gamma=0.5)   # halve the lr every epoch
    used = []
    for epoch in range(4):
        if scheduler_first:
            scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])   # what optimizer.step() now uses
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return used


print("optimizer.step(), then scheduler.step():", lrs_used(scheduler_first=False))

# This site turns warnings into errors; record the warning instead so that the script runs on.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("scheduler.step(), then optimizer.step():", lrs_used(scheduler_first=True))
print(f"{caught[0].category.__name__}: {caught[0].message}")
