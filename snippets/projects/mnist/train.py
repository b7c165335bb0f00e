# %% data
"""MNIST: the source notes' multilayer perceptron with plain SGD, then a small CNN that reaches 98.5% in seconds."""
# snippet-timeout: 600
# snippet-timing: s of training
# snippet-timing: ms per training step
# snippet-timing: times as long as with strided
import copy
import math
import os
import sys
import time

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

from tutorial_data import load_mnist

PERCEPTRON_EPOCHS = 10  # raise it to see the perceptron creep on
CNN_EPOCHS = 5
BATCH_SIZE = 64
MEASURE_EVERY = 50  # iterations between two measurements of the held-out accuracy

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The offline copy holds only MNIST's 10,000 test images: the first 8,000 train, the last 2,000 are held out.
images, labels = load_mnist("test")
images = images.unsqueeze(1).float() / 255  # [10000, 1, 28, 28], pixels from 0 (black) to 1
train_set = TensorDataset(images[:8000], labels[:8000])
batches_per_epoch = math.ceil(len(train_set) / BATCH_SIZE)  # one iteration per batch
held_out_images, held_out_labels = images[8000:].to(device), labels[8000:].to(device)
print(f"{len(train_set)} training images, {len(held_out_labels)} held-out images, "
      f"{batches_per_epoch} batches of {BATCH_SIZE} per epoch")
device_type, threads = device.type, torch.get_num_threads()
print(f"device {device}, {threads} CPU threads")


def held_out_accuracy(model):
    model.eval()  # BatchNorm uses its running statistics
    with torch.no_grad():
        predicted = model(held_out_images).argmax(dim=1)
    model.train()
    return (predicted == held_out_labels).float().mean().item()


def train(model, optimizer, epochs, scheduler=None, augment=None):
    """Train with cross-entropy; return the iterations at which the held-out accuracy was measured,
    those accuracies, the mean training loss of each epoch, and the seconds spent training (the
    measurements not counted)."""
    loader = DataLoader(train_set, batch_size=BATCH_SIZE, shuffle=True)
    loss_fn = nn.CrossEntropyLoss()
    iterations, accuracies = [0], [held_out_accuracy(model)]
    epoch_losses, iteration = [], 0
    started, measuring_seconds = time.perf_counter(), 0.0
    model.train()
    for epoch in tqdm(range(epochs), desc="epochs", disable=not sys.stderr.isatty()):
        loss_sum = 0.0
        for batch_images, batch_labels in loader:
            if augment:
                batch_images = augment(batch_images)
            batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
            loss = loss_fn(model(batch_images), batch_labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if scheduler:
                scheduler.step()  # OneCycleLR moves the learning rate after every batch
            loss_sum += loss.item()  # .item() also waits for an accelerator to finish the step
            iteration += 1
            if iteration % MEASURE_EVERY == 0 or iteration == epochs * len(loader):
                measuring_started = time.perf_counter()
                iterations.append(iteration)
                accuracies.append(held_out_accuracy(model))
                measuring_seconds += time.perf_counter() - measuring_started
        epoch_losses.append(loss_sum / len(loader))
        print(f"  epoch {epoch + 1}: mean training loss {epoch_losses[-1]:.4f}, "
              f"held-out accuracy {accuracies[-1]:.4f} at iteration {iterations[-1]}")
    return iterations, accuracies, epoch_losses, time.perf_counter() - started - measuring_seconds


# %% perceptron
torch.manual_seed(0)
perceptron = nn.Sequential(
    nn.Flatten(),  # [N, 1, 28, 28] -> [N, 784]
    nn.Linear(28 * 28, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 10),
).to(device)
perceptron_parameters = sum(p.numel() for p in perceptron.parameters())
print(f"perceptron: {perceptron_parameters:,} parameters")
with torch.no_grad():  # before training
    pixel_spread = held_out_images.std().item()
    logit_spread = perceptron(held_out_images).std().item()
print(f"before training: held-out pixels with a standard deviation of {pixel_spread:.3f}, logits {logit_spread:.3f}")
assert logit_spread < 0.1, "the untrained perceptron's logits are all close to zero"
optimizer = torch.optim.SGD(perceptron.parameters(), lr=0.01)
perceptron_iterations, perceptron_accuracies, perceptron_losses, perceptron_seconds = train(
    perceptron, optimizer, PERCEPTRON_EPOCHS)
perceptron_accuracy = perceptron_accuracies[-1]
print(f"perceptron: held-out accuracy {perceptron_accuracy:.4f} after {PERCEPTRON_EPOCHS} epochs, "
      f"{perceptron_seconds:.0f} s of training (the seconds vary from run to run)")
# The slow start: the first epochs whose mean loss stays within 5% of ln 10, the loss of a uniform guess.
slow_epochs, ln_10 = 0, math.log(10)
while slow_epochs < PERCEPTRON_EPOCHS and abs(perceptron_losses[slow_epochs] - ln_10) < 0.05 * ln_10:
    slow_epochs += 1
slow_accuracy = max(accuracy for iteration, accuracy in zip(perceptron_iterations, perceptron_accuracies)
                    if iteration <= slow_epochs * batches_per_epoch)
perceptron_last_loss = perceptron_losses[-1]
assert slow_epochs >= 2, "the perceptron's loss stays near ln 10 for epochs"
assert perceptron_accuracy == max(perceptron_accuracies), "the perceptron is still climbing at the end"
assert perceptron_accuracy < 0.9, "the notes' recipe leaves the perceptron below 90% in ten epochs"

fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(perceptron_iterations, perceptron_accuracies, marker=".")
ax.set_title("The notes' perceptron (SGD, lr 0.01): held-out accuracy")
ax.set_xlabel(f"iteration (batch of {BATCH_SIZE})")
ax.set_ylabel("held-out accuracy")
ax.set_ylim(0, 1)
ax.grid(alpha=0.3)
plt.show()

# %% cnn
torch.manual_seed(0)
# Each convolution is followed by BatchNorm, which has its own shift, so the convolution needs no bias.
cnn = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False),  # -> [N, 16, 14, 14]
    nn.BatchNorm2d(16), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False),  # -> [N, 32, 14, 14]
    nn.BatchNorm2d(32), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False),  # -> [N, 64, 7, 7]
    nn.BatchNorm2d(64), nn.ReLU(),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
).to(device)
cnn_parameters = sum(p.numel() for p in cnn.parameters())
parameter_ratio = perceptron_parameters / cnn_parameters
print(f"CNN: {cnn_parameters:,} parameters, {parameter_ratio:.0f} times fewer than the perceptron")

# %% stride-or-pool
# The same network with max-pooling instead: each stride-2 convolution runs at full size, then MaxPool2d(2).
pooled = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=5, padding=2, bias=False),  # -> [N, 16, 28, 28]
    nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),  # -> [N, 16, 14, 14]
    nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False),
    nn.BatchNorm2d(32), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, padding=1, bias=False),  # -> [N, 64, 14, 14]
    nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),  # -> [N, 64, 7, 7]
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
).to(device)
strided = copy.deepcopy(cnn)  # a copy: timing it must not touch the CNN trained below


def ms_per_step(model, repeats=3, steps=10):
    """Milliseconds for the forward and backward pass of one batch: the fastest of a few timings,
    the one least disturbed by the rest of the machine."""
    batch_images, batch_labels = images[:BATCH_SIZE].to(device), labels[:BATCH_SIZE].to(device)
    fastest = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(steps):
            nn.functional.cross_entropy(model(batch_images), batch_labels).backward()
        if device.type != "cpu":
            torch.accelerator.synchronize()  # wait until the queued work is done
        fastest = min(fastest, (time.perf_counter() - started) / steps * 1000)
    return fastest


strided_ms, pooled_ms = ms_per_step(strided), ms_per_step(pooled)
pooled_ratio = pooled_ms / strided_ms
print(f"strided convolutions:        {strided_ms:.1f} ms per training step")
print(f"convolutions + max-pooling:  {pooled_ms:.1f} ms per training step")
print(f"with max-pooling, a step takes {pooled_ratio:.1f} times as long as with strided convolutions")

# %% augment
MAX_SHIFT = 2  # pixels


def random_shift(batch):
    """Move every image by its own random offset of up to MAX_SHIFT pixels in x and y."""
    padded = nn.functional.pad(batch, [MAX_SHIFT] * 4)  # a black border on every side
    offsets = torch.randint(0, 2 * MAX_SHIFT + 1, (len(batch), 2)).tolist()
    return torch.stack([image[:, top:top + 28, left:left + 28]
                        for image, (top, left) in zip(padded, offsets)])


shifted = random_shift(images[:8])
fig, axes = plt.subplots(2, 8, figsize=(8, 2.4))
for column in range(8):
    for row, picture in enumerate((images[column], shifted[column])):
        axes[row, column].imshow(picture[0].numpy(), cmap="gray_r")
        axes[row, column].set_xticks([])
        axes[row, column].set_yticks([])
axes[0, 0].set_ylabel("original")
axes[1, 0].set_ylabel("shifted")
fig.suptitle(f"Random shifts of up to {MAX_SHIFT} pixels: the same digits, moved")
fig.tight_layout()
plt.show()

# %% train-cnn
torch.manual_seed(0)
optimizer = torch.optim.AdamW(cnn.parameters(), lr=3e-3, weight_decay=0.01)
# pct_start and div_factor are the defaults, written out: warm up from max_lr / 25 over the first 30%.
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=3e-3, epochs=CNN_EPOCHS,
                                                steps_per_epoch=batches_per_epoch, pct_start=0.3, div_factor=25)
cnn_iterations, cnn_accuracies, _, cnn_seconds = train(cnn, optimizer, CNN_EPOCHS, scheduler, random_shift)
cnn_accuracy = cnn_accuracies[-1]
print(f"CNN: held-out accuracy {cnn_accuracy:.4f} after {CNN_EPOCHS} epochs, "
      f"{cnn_seconds:.0f} s of training on {device}, torch.get_num_threads() = {threads} "
      f"(the seconds vary from run to run)")
assert cnn_accuracy >= 0.985

# %% compare
for name, accuracies in (("perceptron", perceptron_accuracies), ("CNN", cnn_accuracies)):
    print(f"{name:10s}: held-out accuracy {accuracies[1]:.4f} after {MEASURE_EVERY} iterations, "
          f"{accuracies[-1]:.4f} at the end")
cnn_early_accuracy = cnn_accuracies[1]  # after the first MEASURE_EVERY iterations
assert cnn_early_accuracy > perceptron_accuracy, "the CNN after 50 iterations beats the perceptron at its end"
fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(perceptron_iterations, perceptron_accuracies, marker=".",
        label="the notes' perceptron: SGD lr 0.01")
ax.plot(cnn_iterations, cnn_accuracies, marker=".",
        label="small CNN: AdamW, OneCycleLR, BatchNorm, random shifts")
ax.set_title(f"Held-out accuracy every {MEASURE_EVERY} iterations, batches of {BATCH_SIZE}")
ax.set_xlabel("iteration")
ax.set_ylabel("held-out accuracy")
ax.set_ylim(0, 1)
ax.grid(alpha=0.3)
ax.legend(loc="lower right")
plt.show()

# %% mistakes
cnn.eval()
with torch.no_grad():
    predicted = cnn(held_out_images).argmax(dim=1).cpu()
wrong = (predicted != held_out_labels.cpu()).nonzero().flatten()
mistakes = len(wrong)
print(f"the CNN gets {mistakes} of {len(predicted)} held-out images wrong")
fig, axes = plt.subplots(2, 8, figsize=(8, 3.4))
for ax, index in zip(axes.flat, wrong[:16].tolist()):
    ax.imshow(held_out_images[index, 0].cpu().numpy(), cmap="gray_r")
    ax.set_title(f"true {held_out_labels[index].item()}\nsaid {predicted[index].item()}", fontsize=9)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Held-out digits the CNN gets wrong, with their true labels and its answers")
fig.tight_layout()
plt.show()
