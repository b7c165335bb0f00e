"""clip_grad_norm_ scales all gradients down together when their total norm exceeds max_norm."""
import copy

import torch
from torch import nn
from torch.nn.utils import clip_grad_norm_, get_total_norm

MAX_NORM = 1.0

torch.manual_seed(0)
x = torch.randn(256, 8)
y = x @ torch.randn(8, 1) + 0.1 * torch.randn(256, 1)
model = nn.Linear(8, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(100):  # a well-trained model to start from
    optimizer.zero_grad()
    loss_fn(model(x), y).backward()
    optimizer.step()
trained_loss = loss_fn(model(x), y).item()
print(f"trained model, loss on the clean data: {trained_loss:.4f}")


def one_step(batch_name, batch_y, clip):
    """One SGD step from the trained model on the first 32 samples; the gradient norm and the clean loss after."""
    trial = copy.deepcopy(model)
    trial_optimizer = torch.optim.SGD(trial.parameters(), lr=0.1)
    trial_optimizer.zero_grad()
    loss_fn(trial(x[:32]), batch_y).backward()
    if clip:  # between backward() and step()
        norm_before = clip_grad_norm_(trial.parameters(), max_norm=MAX_NORM)  # returns the norm before clipping
    else:
        norm_before = get_total_norm([p.grad for p in trial.parameters()])
    norm_after = get_total_norm([p.grad for p in trial.parameters()])
    trial_optimizer.step()
    with torch.no_grad():
        clean_loss = loss_fn(trial(x), y).item()
    print(f"{batch_name:15s} {'clipped' if clip else 'not clipped':11s}: gradient norm {norm_before.item():8.4f}"
          f" -> {norm_after.item():7.4f}   clean loss after the step {clean_loss:8.4f}")
    return norm_before.item(), clean_loss


corrupted_y = y[:32].clone()
corrupted_y[0] += 1000  # one broken record in a batch of 32
ordinary_norm, _ = one_step("ordinary batch", y[:32], clip=True)
corrupted_norm, unclipped_loss = one_step("corrupted batch", corrupted_y, clip=False)
_, clipped_loss = one_step("corrupted batch", corrupted_y, clip=True)
