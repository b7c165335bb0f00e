"""A learning-rate range test: raise the lr exponentially over 200 steps and watch the loss."""
import matplotlib.pyplot as plt
import numpy as np
import torch
from torch import nn
from tutorial_data import load_mnist

# Offline only the 10,000 MNIST test images are available; a range test needs no more.
images, labels = load_mnist("test")
inputs = images.flatten(start_dim=1).float() / 255

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
loss_fn = nn.CrossEntropyLoss()
START_LR, END_LR, STEPS, BATCH_SIZE = 1e-4, 10.0, 200, 64
optimizer = torch.optim.SGD(model.parameters(), lr=START_LR, momentum=0.9)
# Multiplying the lr by the same factor each step spreads the steps evenly on a log scale.
scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=(END_LR / START_LR) ** (1 / STEPS))

lrs, smoothed_losses = [], []
smoothed = None
# 200 batches of 64 take 12,800 images: two passes over the 10,000, each in its own order.
order = torch.cat([torch.randperm(len(inputs)), torch.randperm(len(inputs))])
for step in range(STEPS):
    batch = order[step * BATCH_SIZE:(step + 1) * BATCH_SIZE]
    loss = loss_fn(model(inputs[batch]), labels[batch])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    # One batch's loss is noisy; a running average makes the curve readable.
    smoothed = loss.item() if smoothed is None else 0.9 * smoothed + 0.1 * loss.item()
    if smoothed_losses and not smoothed < 4 * min(smoothed_losses):
        break   # the loss has exploded (or overflowed to nan): larger lrs teach nothing more
    lrs.append(scheduler.get_last_lr()[0])
    smoothed_losses.append(smoothed)
    scheduler.step()

assert len(lrs) < STEPS, "the loss should explode before the largest learning rate"
best = int(np.argmin(smoothed_losses))
suggested_lr = lrs[best] / 10
print(f"stopped after {len(lrs)} steps; the last lr tried was {lrs[-1]:.3g}")
print(f"lowest smoothed loss {smoothed_losses[best]:.3f} at lr {lrs[best]:.3g}; "
      f"a safe choice is about a tenth of that: {suggested_lr:.2g}")

fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(np.array(lrs), np.array(smoothed_losses))
ax.axvline(lrs[best], color="gray", linestyle=":", label=f"lowest loss, lr {lrs[best]:.2g}")
ax.axvline(suggested_lr, color="green", linestyle="--", label=f"a tenth of it, lr {suggested_lr:.2g}")
ax.set_xscale("log")
ax.set_title("Learning-rate range test: an MLP on MNIST, SGD with momentum 0.9")
ax.set_xlabel("learning rate (log scale)")
ax.set_ylabel("training loss (running average)")
ax.legend()
plt.show()
