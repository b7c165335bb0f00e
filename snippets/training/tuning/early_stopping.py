# %% data
"""Early stopping on the validation loss, with the best weights kept and restored at the end."""
import copy
import math
import os

import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The offline copy holds only MNIST's 10,000 test images. Shuffled once, they give three
# disjoint splits: 500 to train on, 300 to choose with (validation), 2,000 for the final word (test).
images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]
x_test, y_test = images[800:2800], labels[800:2800]
print(f"train {len(y_train)}, validation {len(y_val)}, test {len(y_test)} images")


def mean_loss(model, x, y):
    """The cross-entropy on a whole split, in eval mode and without building a graph."""
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


# %% loop
MAX_EPOCHS = 80
PATIENCE = 10  # how many epochs without a new best validation loss we wait before stopping


def train(patience):
    """Train from the same start every time; patience=None trains all MAX_EPOCHS epochs."""
    torch.manual_seed(0)  # the same weights and the same batches on every call
    model = nn.Sequential(nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = {"train": [], "validation": []}
    best_val_loss, best_epoch, best_state = math.inf, 0, None
    epochs_without_improvement = 0
    for epoch in range(1, MAX_EPOCHS + 1):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
        history["train"].append(mean_loss(model, x_train, y_train))
        history["validation"].append(mean_loss(model, x_val, y_val))
        if history["validation"][-1] < best_val_loss:
            best_val_loss, best_epoch = history["validation"][-1], epoch
            # A copy: state_dict() returns the live tensors, which the next step would overwrite.
            best_state = copy.deepcopy(model.state_dict())
            epochs_without_improvement = 0
        else:
            epochs_without_improvement += 1
            if epochs_without_improvement == patience:
                break
    return model, history, best_val_loss, best_epoch, best_state, epoch


model, history, best_val_loss, best_epoch, best_state, stop_epoch = train(PATIENCE)
for epoch in (1, 2, 5, best_epoch, stop_epoch):
    print(f"epoch {epoch:2d}: train loss {history['train'][epoch - 1]:.4f}, "
          f"validation loss {history['validation'][epoch - 1]:.4f}")
print(f"the validation loss was lowest after epoch {best_epoch}; {PATIENCE} epochs without a new best "
      f"stopped training after epoch {stop_epoch} (of at most {MAX_EPOCHS})")
assert stop_epoch == best_epoch + PATIENCE < MAX_EPOCHS

# %% restore
last_val_loss = mean_loss(model, x_val, y_val)  # the weights of the stopping epoch
last_test_loss = mean_loss(model, x_test, y_test)
model.load_state_dict(best_state)  # back to the weights of the best epoch
restored_val_loss = mean_loss(model, x_val, y_val)
restored_test_loss = mean_loss(model, x_test, y_test)
print(f"validation loss: at the stop {last_val_loss:.4f}, restored {restored_val_loss:.4f}, "
      f"best seen {best_val_loss:.4f}")
assert restored_val_loss == best_val_loss  # exactly the weights that scored it

# The run without early stopping, from the same start: it only differs after the stop.
full_model, full_history, *_ = train(patience=None)
assert full_history["validation"][:stop_epoch] == history["validation"]
full_test_loss = mean_loss(full_model, x_test, y_test)
print(f"test loss: restored best {restored_test_loss:.4f}, at the stop {last_test_loss:.4f}, "
      f"after all {MAX_EPOCHS} epochs {full_test_loss:.4f}")
assert restored_test_loss < last_test_loss < full_test_loss
# Had it gone on, the validation loss would have kept rising and the training loss falling.
assert full_history["validation"][-1] > history["validation"][-1] > best_val_loss
assert full_history["train"][-1] < history["train"][-1]

# %% figure
fig, ax = plt.subplots(figsize=(8, 4.5))
epochs = range(1, MAX_EPOCHS + 1)
ax.plot(epochs, full_history["train"], color="0.7", linestyle="--", label="train (no early stopping)")
ax.plot(epochs, full_history["validation"], color="0.7", linestyle=":", label="validation (no early stopping)")
ax.plot(epochs[:stop_epoch], history["train"], "-o", markersize=3, label="train")
ax.plot(epochs[:stop_epoch], history["validation"], "-s", markersize=3, label="validation")
ax.axvline(best_epoch, color="tab:green", linestyle="-.", label=f"best epoch ({best_epoch}): weights kept")
ax.axvline(stop_epoch, color="tab:red", linestyle="--", label=f"stopped ({stop_epoch}): patience {PATIENCE} ran out")
ax.plot(best_epoch, best_val_loss, "*", color="tab:green", markersize=14)
ax.set_ylim(0, 0.8)  # the first epochs' losses are off the top: the interesting part is near the bottom
ax.set_title("Early stopping: an MLP on 500 MNIST images")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.legend(fontsize="small")
plt.show()
