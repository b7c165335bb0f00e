"""The learning rate against the epoch for seven of torch.optim.lr_scheduler's schedules."""
import matplotlib.pyplot as plt
import numpy as np
import torch
from torch.optim import lr_scheduler

EPOCHS = 100
BASE_LR = 0.1


def new_optimizer():
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=BASE_LR)


schedules = {
    "StepLR(step_size=30, gamma=0.1)":
        lambda opt: lr_scheduler.StepLR(opt, step_size=30, gamma=0.1),
    "MultiStepLR(milestones=[50, 80], gamma=0.1)":
        lambda opt: lr_scheduler.MultiStepLR(opt, milestones=[50, 80], gamma=0.1),
    "ExponentialLR(gamma=0.96)":
        lambda opt: lr_scheduler.ExponentialLR(opt, gamma=0.96),
    "CosineAnnealingLR(T_max=100)":
        lambda opt: lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS),
    "OneCycleLR(max_lr=0.1, total_steps=100)":
        lambda opt: lr_scheduler.OneCycleLR(opt, max_lr=BASE_LR, total_steps=EPOCHS),
    "LinearLR warm-up (10) then cosine":
        lambda opt: lr_scheduler.SequentialLR(opt, schedulers=[
            lr_scheduler.LinearLR(opt, start_factor=0.01, total_iters=10),
            lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS - 10)], milestones=[10]),
}

curves = {}
for name, make_scheduler in schedules.items():
    optimizer = new_optimizer()
    scheduler = make_scheduler(optimizer)
    lrs = []
    for epoch in range(EPOCHS):
        lrs.append(optimizer.param_groups[0]["lr"])   # the lr this epoch trains with
        optimizer.step()      # (the epoch's training steps go here)
        scheduler.step()      # then move the schedule on: always after optimizer.step()
    curves[name] = lrs
    print(f"{name:43s} epoch 1: {lrs[0]:.4f}  epoch 50: {lrs[49]:.4f}  epoch 100: {lrs[-1]:.5f}")

# ReduceLROnPlateau watches a metric instead of counting epochs. A made-up validation
# loss that stops improving after epoch 40 shows what it does.
optimizer = new_optimizer()
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=10)
lrs, validation_losses = [], []
for epoch in range(EPOCHS):
    lrs.append(optimizer.param_groups[0]["lr"])
    optimizer.step()
    validation_loss = max(1.0 - epoch / 40, 0.0) + 0.5
    validation_losses.append(validation_loss)
    scheduler.step(validation_loss)   # it needs the value to watch
curves["ReduceLROnPlateau(factor=0.5, patience=10)"] = lrs
best_epoch = validation_losses.index(min(validation_losses)) + 1
halved_at = [epoch + 1 for epoch in range(1, EPOCHS) if lrs[epoch] < lrs[epoch - 1]]
first_halving, halving_interval = halved_at[0], halved_at[1] - halved_at[0]
print(f"ReduceLROnPlateau: the validation loss stopped improving at epoch {best_epoch}; "
      f"the lr was halved at epochs {halved_at}")

fig, axes = plt.subplots(2, 4, figsize=(14, 6), sharex=True)
for ax, (name, lrs) in zip(axes.flat, curves.items()):
    ax.plot(np.arange(1, EPOCHS + 1), np.array(lrs))
    ax.set_title(name, fontsize=9)
    ax.set_xlabel("epoch")
    ax.set_ylabel("learning rate")
axes.flat[-1].plot(np.arange(1, EPOCHS + 1), np.array(validation_losses), color="tab:orange")
axes.flat[-1].set_title("the validation loss ReduceLROnPlateau watched", fontsize=9)
axes.flat[-1].set_xlabel("epoch")
axes.flat[-1].set_ylabel("validation loss (made up)")
fig.suptitle(f"Learning-rate schedules, each starting from lr {BASE_LR}")
fig.tight_layout()
plt.show()
