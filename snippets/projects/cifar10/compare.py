# %% data
"""Train the notes' CIFAR-10 network, then a better one, and plot both accuracy curves against training seconds."""
# snippet-threads: 2
# snippet-timeout: 1800
# snippet-timing: s in all; times vary\)
# snippet-timing: s of training \(
# snippet-timing: ^load average
import os
import sys
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn
from tqdm import tqdm

from tutorial_data import load_cifar10

# The site's build trains each network for a few epochs only. CIFAR_FULL_RUN=1 trains each
# for three times as many: the full run, which the page describes but the build does not run.
FULL_RUN = os.environ.get("CIFAR_FULL_RUN") == "1"
NOTES_EPOCHS = 9 if FULL_RUN else 3    # about 25 s per epoch on 2 idle cores
BETTER_EPOCHS = 12 if FULL_RUN else 4  # about 20 s per epoch on 2 idle cores
EVALS_PER_EPOCH = 4                    # points on each accuracy curve per epoch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# Train on the 50,000 training images. The notes load the test split for training (train=False),
# so their test accuracy scores images the network was trained on.
train_images, train_labels = load_cifar10("train")
test_images, test_labels = load_cifar10("test")
# The copy is sorted by class, so the first 2,000 test images would be only planes and cars:
# every fifth image gives 2,000 with 200 of each class.
test_images, test_labels = test_images[::5], test_labels[::5]
train_images, train_labels = train_images.to(device), train_labels.to(device)
test_images, test_labels = test_images.to(device), test_labels.to(device)
print(f"train {tuple(train_images.shape)} {train_images.dtype}, test {tuple(test_images.shape)}, "
      f"test images per class: {torch.bincount(test_labels).tolist()}")


# %% loop
def clock():
    if device.type != "cpu":
        torch.accelerator.synchronize()  # GPU work is queued: wait for it before reading the time
    return time.perf_counter()


def accuracy(model, prepare, autocast=False):
    """Fraction of the 2,000 test images whose highest score is the right class."""
    model.eval()
    correct = 0
    with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
        for images, labels in zip(test_images.split(500), test_labels.split(500)):
            correct += (model(prepare(images)).argmax(dim=1) == labels).sum().item()
    model.train()
    return correct / len(test_labels)


def train(name, model, epochs, batch_size, optimizer, loss_function, prepare,
          augment=None, scheduler=None, autocast=False):
    """Train on all 50,000 images; return the curve as (training seconds, test accuracy) pairs.

    The clock stops while the test images are scored, so the seconds are training seconds."""
    steps_per_epoch = len(train_images) // batch_size  # the last, partial batch is dropped
    scored_after = {round(steps_per_epoch * k / EVALS_PER_EPOCH) for k in range(1, EVALS_PER_EPOCH + 1)}
    curve = [(0.0, accuracy(model, prepare, autocast))]
    seconds = 0.0
    for epoch in range(epochs):
        order = torch.randperm(len(train_images), device=device)
        loss_sum, epoch_seconds, start = 0.0, 0.0, clock()
        steps = tqdm(range(steps_per_epoch), desc=f"{name} epoch {epoch + 1}",
                     leave=False, disable=not sys.stderr.isatty())
        for step in steps:
            batch = order[step * batch_size:(step + 1) * batch_size]
            images = prepare(train_images[batch])
            if augment:
                images = augment(images)
            # enabled=False makes autocast a no-op, so one loop serves both precisions.
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
                loss = loss_function(model(images), train_labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if scheduler:
                scheduler.step()
            loss_sum += loss.item()
            if step + 1 in scored_after:
                epoch_seconds += clock() - start
                curve.append((seconds + epoch_seconds, accuracy(model, prepare, autocast)))
                start = clock()
        epoch_seconds += clock() - start
        seconds += epoch_seconds
        print(f"{name} epoch {epoch + 1:2d}: loss {loss_sum / steps_per_epoch:.3f}, "
              f"test accuracy {curve[-1][1]:.2%}  ({epoch_seconds:.0f} s, {seconds:.0f} s in all; times vary)")
    return curve


# %% notes
torch.manual_seed(0)
notes_model = nn.Sequential(  # as in the notes: no activation function anywhere
    nn.Conv2d(3, 32, 5, padding=2), nn.MaxPool2d(2),
    nn.Conv2d(32, 32, 5, padding=2), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5, padding=2), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(1024, 64), nn.Linear(64, 10),
).to(device)
notes_curve = train(
    "notes", notes_model, NOTES_EPOCHS, batch_size=64,
    optimizer=torch.optim.SGD(notes_model.parameters(), lr=0.01),
    loss_function=nn.CrossEntropyLoss(),
    prepare=lambda images: images.float() / 255,  # what ToTensor does: pixels in [0, 1]
)

# %% better
mean = train_images.float().mean(dim=(0, 2, 3), keepdim=True)
std = train_images.float().std(dim=(0, 2, 3), keepdim=True)


def normalize(images):
    """Each colour channel to mean 0 and standard deviation 1, stored channels-last."""
    return ((images.float() - mean) / std).contiguous(memory_format=torch.channels_last)


def flip_and_crop(images, padding=2):
    """Mirror each image left-right with probability 1/2, then shift it by up to `padding` pixels."""
    n, _, height, width = images.shape
    mirror = torch.rand(n, 1, 1, 1, device=device) < 0.5
    images = torch.where(mirror, images.flip(dims=[3]), images)
    padded = F.pad(images, [padding] * 4, mode="reflect")
    # A random top-left corner per image; indexing with the rows and columns of every window
    # cuts all the crops at once, shaped (n, height, width, channels).
    top = torch.randint(0, 2 * padding + 1, (n, 1, 1), device=device)
    left = torch.randint(0, 2 * padding + 1, (n, 1, 1), device=device)
    rows = top + torch.arange(height, device=device).view(1, -1, 1)
    columns = left + torch.arange(width, device=device).view(1, 1, -1)
    crops = padded[torch.arange(n, device=device).view(-1, 1, 1), :, rows, columns]
    return crops.permute(0, 3, 1, 2)  # back to (n, channels, height, width), memory stays channels-last


def conv_block(channels_in, channels_out):
    # Pooling straight after the convolution: BatchNorm and ReLU then work on a quarter of the pixels.
    return [nn.Conv2d(channels_in, channels_out, 3, padding=1, bias=False),  # BatchNorm has the bias
            nn.MaxPool2d(2), nn.BatchNorm2d(channels_out), nn.ReLU()]


torch.manual_seed(0)
better_model = nn.Sequential(
    *conv_block(3, 32),     # 32x32 -> 16x16
    *conv_block(32, 64),    # 16x16 -> 8x8
    *conv_block(64, 128),   # 8x8 -> 4x4
    nn.Conv2d(128, 256, 3, padding=1, bias=False), nn.BatchNorm2d(256), nn.ReLU(),
    nn.AdaptiveMaxPool2d(1), nn.Flatten(),  # the strongest response of each of 256 detectors
    nn.Linear(256, 10),
).to(device).to(memory_format=torch.channels_last)

BATCH = 512
optimizer = torch.optim.SGD(better_model.parameters(), lr=0.2, momentum=0.9, nesterov=True, weight_decay=5e-4)
# One cycle: the learning rate climbs to 0.2 over the first quarter of the steps, then falls to almost 0.
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.2, total_steps=BETTER_EPOCHS * (len(train_images) // BATCH), pct_start=0.25)
better_curve = train(
    "better", better_model, BETTER_EPOCHS, batch_size=BATCH, optimizer=optimizer,
    loss_function=nn.CrossEntropyLoss(label_smoothing=0.1),
    prepare=normalize, augment=flip_and_crop, scheduler=scheduler, autocast=True,
)

# %% compare
TARGET = 0.75
runs = [("notes' network", notes_curve, NOTES_EPOCHS * (len(train_images) // 64) * 64),
        ("better network", better_curve, BETTER_EPOCHS * (len(train_images) // BATCH) * BATCH)]
for name, curve, images_seen in runs:
    seconds, final_accuracy = curve[-1]
    reached = next((f"{second:.0f} s" for second, acc in curve if acc >= TARGET), "not reached")
    print(f"{name}: test accuracy {final_accuracy:.2%} after {seconds:.0f} s of training "
          f"({images_seen / seconds:,.0f} images/s); {TARGET:.0%} reached at: {reached}")
if hasattr(os, "getloadavg"):  # Unix: processes wanting a core, averaged over the last minute
    print(f"load average over the last minute: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          f"(a busy machine stretches the seconds, not the accuracies)")
assert better_curve[-1][1] > notes_curve[-1][1] + 0.2  # a change that loses the gap fails the build

fig, ax = plt.subplots(figsize=(8, 5))
for label, curve in [("the notes' network: no activations, SGD lr 0.01, batch 64", notes_curve),
                     ("better network: BatchNorm, ReLU, flips and crops, one-cycle, batch 512", better_curve)]:
    seconds, accuracies = zip(*curve)
    ax.plot(seconds, [100 * acc for acc in accuracies], marker=".", label=label)
ax.axhline(100 * TARGET, color="gray", linestyle="--", linewidth=1, label=f"{TARGET:.0%}")
ax.set_title(f"CIFAR-10 test accuracy (2,000 images) against training time on {device.type}")
ax.set_xlabel("training seconds (evaluation excluded)")
ax.set_ylabel("test accuracy (%)")
ax.set_ylim(0, 100)
ax.grid(alpha=0.3)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13))  # below the axes, clear of the curves
fig.tight_layout()
plt.show()
