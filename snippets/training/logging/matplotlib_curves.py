"""Training curves without TensorBoard: keep a dict of lists during training and draw it with matplotlib."""
import sys

import matplotlib.pyplot as plt
import torch
from torch import nn
from tqdm import tqdm

from tutorial_data import load_mnist

EPOCHS = 30  # raise it to watch the validation loss climb further
TRAIN_SIZE = 2000  # few training images, so that the network over-fits them within the run

# The offline copy holds only MNIST's 10,000 test images: the first ones train, the last 2,000 are held out.
images, labels = load_mnist("test")
images = images.float() / 255
train_images, train_labels = images[:TRAIN_SIZE], labels[:TRAIN_SIZE]
val_images, val_labels = images[8000:], labels[8000:]

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

history = {"train loss": [], "validation loss": [], "train accuracy": [], "validation accuracy": []}
for epoch in tqdm(range(1, EPOCHS + 1), disable=not sys.stderr.isatty()):
    model.train()
    for batch in torch.randperm(len(train_images)).split(64):
        optimizer.zero_grad()
        loss_fn(model(train_images[batch]), train_labels[batch]).backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():  # measured after the epoch, on all the images of each split
        for split, x, y in (("train", train_images, train_labels), ("validation", val_images, val_labels)):
            outputs = model(x)
            history[f"{split} loss"].append(loss_fn(outputs, y).item())
            history[f"{split} accuracy"].append((outputs.argmax(dim=1) == y).float().mean().item())
    if epoch % 5 == 0:
        print(f"epoch {epoch:2d}: " + "   ".join(f"{name} {values[-1]:.4f}" for name, values in history.items()))

best_epoch = min(range(EPOCHS), key=lambda i: history["validation loss"][i]) + 1
final_train_accuracy = history["train accuracy"][-1]
print("lowest validation loss after epoch", best_epoch)
assert best_epoch < EPOCHS, "the validation loss should turn back up before the last epoch"

epochs = range(1, EPOCHS + 1)
fig, (ax_loss, ax_accuracy) = plt.subplots(1, 2, figsize=(9, 3.8))
for split, style in (("train", "-o"), ("validation", "-s")):
    ax_loss.plot(epochs, history[f"{split} loss"], style, markersize=4, label=split)
    ax_accuracy.plot(epochs, history[f"{split} accuracy"], style, markersize=4, label=split)
ax_loss.axvline(best_epoch, color="grey", linestyle=":", label="lowest validation loss")
ax_loss.set(title="Loss", xlabel="epoch", ylabel="cross-entropy loss")
ax_accuracy.set(title="Accuracy", xlabel="epoch", ylabel="accuracy")
ax_loss.legend(loc="upper center")
ax_accuracy.legend(loc="lower right")
for ax in (ax_loss, ax_accuracy):
    ax.grid(alpha=0.3)
fig.suptitle(f"An MLP on {TRAIN_SIZE:,} MNIST images: training and validation curves")
fig.tight_layout()
plt.show()
