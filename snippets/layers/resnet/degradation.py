# %% data
"""Deeper is not better: a 20-layer plain network ends with a higher training loss than a 4-layer one; shortcuts fix it."""
# snippet-threads: 2
import os

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from tutorial_data import load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_cifar10("train")
# The copy is sorted by class: every tenth image gives 5,000 images, 500 of each class.
images, labels = images[::10], labels[::10]
images = images.float() / 255
images = (images - images.mean(dim=(0, 2, 3), keepdim=True)) / images.std(dim=(0, 2, 3), keepdim=True)
images, labels = images.to(device), labels.to(device)
print(f"training images {tuple(images.shape)}, per class {torch.bincount(labels).tolist()}")

# %% plain
WIDTH, EPOCHS, BATCH = 16, 5, 128


class Block(nn.Module):
    """Two 3x3 convolutions with BatchNorm; residual=True adds the block's input before the last ReLU."""

    def __init__(self, channels_in, channels_out, stride, residual):
        super().__init__()
        self.residual = residual
        self.conv1 = nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels_out)
        self.conv2 = nn.Conv2d(channels_out, channels_out, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels_out)
        if residual and stride != 1:  # x must be halved too before it can be added (see below)
            self.shortcut = nn.Sequential(nn.Conv2d(channels_in, channels_out, 1, stride=stride, bias=False),
                                          nn.BatchNorm2d(channels_out))
        else:
            self.shortcut = nn.Identity()

    def forward(self, x):
        out = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        if self.residual:
            out = out + self.shortcut(x)
        return F.relu(out)


def make_network(depth, residual):
    """depth counts the layers with weights: the first convolution, 2 per block, and the last Linear."""
    blocks = (depth - 2) // 2
    return nn.Sequential(
        nn.Conv2d(3, WIDTH, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(WIDTH), nn.ReLU(),  # 32 -> 16
        Block(WIDTH, WIDTH, stride=2, residual=residual),                                          # 16 -> 8
        *[Block(WIDTH, WIDTH, stride=1, residual=residual) for _ in range(blocks - 1)],
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(WIDTH, 10),
    ).to(device)


def train(depth, residual):
    """The same data, batches and optimizer for every network.

    Returns the mean training loss of each epoch, and the number of parameters."""
    torch.manual_seed(0)
    model = make_network(depth, residual)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    epoch_losses = []
    for epoch in range(EPOCHS):
        order = torch.randperm(len(images), device=device)
        losses = []
        for start in range(0, len(images) - BATCH + 1, BATCH):
            batch = order[start:start + BATCH]
            loss = F.cross_entropy(model(images[batch]), labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        epoch_losses.append(sum(losses) / len(losses))
    parameters = sum(p.numel() for p in model.parameters())
    name = f"{'residual' if residual else 'plain'}-{depth}"
    print(f"{name:11s} {parameters:6,} parameters, training loss by epoch: "
          + " ".join(f"{loss:.3f}" for loss in epoch_losses))
    return epoch_losses, parameters


plain_4, plain_4_parameters = train(4, residual=False)
plain_20, plain_20_parameters = train(20, residual=False)
plain_4_loss, plain_20_loss = plain_4[-1], plain_20[-1]
# The deeper network could copy the shallow one (its extra layers acting as the identity),
# yet it ends with a higher loss on the very images it trains on: it is harder to optimise.
assert plain_20_loss > plain_4_loss + 0.05

# %% residual
residual_20, residual_20_parameters = train(20, residual=True)
residual_20_loss = residual_20[-1]
assert residual_20_loss < plain_20_loss - 0.1 and residual_20_loss < plain_4_loss

fig, ax = plt.subplots(figsize=(7, 4.5))
epochs = range(1, EPOCHS + 1)
ax.plot(epochs, plain_4, marker="o", linestyle="--", label="plain, 4 layers")
ax.plot(epochs, plain_20, marker="s", linestyle=":", label="plain, 20 layers")
ax.plot(epochs, residual_20, marker="^", linestyle="-", label="residual, 20 layers")
ax.set_title("Training loss on 5,000 CIFAR-10 images: plain and residual networks")
ax.set_xlabel("epoch")
ax.set_ylabel("mean training loss of the epoch")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
