"""Exercise: smooth a noisy per-batch loss curve with the debiased moving average behind TensorBoard's Smoothing slider."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

SMOOTHING = 0.9  # TensorBoard's slider: 0 draws the raw values, values near 1 smooth heavily

images, labels = load_mnist("test")  # the first 8,000 images are the training part
images = images.float() / 255
torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
batch_losses = []
for epoch in range(2):
    for batch in torch.randperm(8000).split(64):
        loss = nn.functional.cross_entropy(model(images[batch]), labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())

smoothed, average = [], 0.0
for step, value in enumerate(batch_losses, start=1):
    average = SMOOTHING * average + (1 - SMOOTHING) * value
    smoothed.append(average / (1 - SMOOTHING ** step))  # undoes the pull towards the starting 0
print(f"{len(batch_losses)} batch losses; last raw {batch_losses[-1]:.3f}, last smoothed {smoothed[-1]:.3f}")

fig, ax = plt.subplots(figsize=(8, 3.8))
ax.plot(batch_losses, color="tab:blue", alpha=0.3, label="loss of each batch")
ax.plot(smoothed, color="tab:blue", label=f"smoothed ({SMOOTHING})")
ax.set(title="A per-batch loss curve, raw and smoothed", xlabel="batch", ylabel="cross-entropy loss")
ax.legend()
fig.tight_layout()
plt.show()
