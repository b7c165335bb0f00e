"""Parameter groups: a different learning rate for each part of a model."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 2))
body, head = model[0], model[2]

# Each dict is a group; keys left out (here momentum) come from the defaults after it.
optimizer = torch.optim.SGD([
    {"params": body.parameters(), "lr": 0.001},   # e.g. pretrained layers: change them gently
    {"params": head.parameters()},                # uses the default lr below
], lr=0.01, momentum=0.9)

for index, group in enumerate(optimizer.param_groups):
    sizes = [tuple(p.shape) for p in group["params"]]
    print(f"group {index}: lr {group['lr']}, momentum {group['momentum']}, parameters {sizes}")

# A scheduler scales every group's lr by the same factor.
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.1)
optimizer.step()
scheduler.step()
print("after one StepLR step:", [group["lr"] for group in optimizer.param_groups])
