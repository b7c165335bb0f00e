"""Exercise: early stopping as a small class that keeps the best weights in a file, saved with torch.save."""
import math
import os

import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]


class EarlyStopping:
    """Call step(val_loss, model) after every epoch; it returns True when training should stop."""

    def __init__(self, patience, path="best.pt", min_delta=0.0):
        self.patience, self.path, self.min_delta = patience, path, min_delta
        self.best_loss, self.best_epoch, self.epoch, self.waited = math.inf, 0, 0, 0

    def step(self, val_loss, model):
        self.epoch += 1
        if val_loss < self.best_loss - self.min_delta:  # a new best, by more than min_delta
            self.best_loss, self.best_epoch, self.waited = val_loss, self.epoch, 0
            # On disk: a crash later in training leaves the best weights behind.
            torch.save(model.state_dict(), self.path)
            return False
        self.waited += 1
        return self.waited >= self.patience

    def restore(self, model):
        # weights_only=True: the file holds only tensors, so nothing but tensors is unpickled.
        model.load_state_dict(torch.load(self.path, map_location=device, weights_only=True))


def mean_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


torch.manual_seed(0)  # the start of the early-stopping snippet's run
model = nn.Sequential(nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
stopper = EarlyStopping(patience=10)
for epoch in range(1, 81):
    model.train()
    for batch in torch.randperm(len(y_train)).split(50):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
        optimizer.step()
    if stopper.step(mean_loss(model, x_val, y_val), model):
        break
stop_epoch = epoch
stopper.restore(model)
file_best_epoch = stopper.best_epoch
file_restored_loss = mean_loss(model, x_val, y_val)
print(f"best epoch {file_best_epoch}, stopped after epoch {stop_epoch}, "
      f"restored validation loss {file_restored_loss:.4f} (best seen {stopper.best_loss:.4f})")
assert file_restored_loss == stopper.best_loss and stop_epoch == file_best_epoch + 10
