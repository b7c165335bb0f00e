# %% setup
"""Save a training checkpoint, resume from it, and check the result equals an uninterrupted run."""
import os
import tempfile

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

torch.manual_seed(0)
inputs = torch.randn(256, 10)
targets = inputs @ torch.randn(10, 1) + 0.1 * torch.randn(256, 1)
shuffle_generator = torch.Generator()
loader = DataLoader(TensorDataset(inputs, targets), batch_size=32, shuffle=True,
                    generator=shuffle_generator)
loss_fn = nn.MSELoss()


def new_model_and_optimizer(seed):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)  # Adam keeps two running averages per weight
    return model, optimizer


def train_epoch(model, optimizer, epoch):
    # The shuffle depends on the epoch number only, so a resumed run sees the same batches.
    shuffle_generator.manual_seed(epoch)
    total = 0.0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = loss_fn(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


# %% straight
straight_model, straight_optimizer = new_model_and_optimizer(seed=1)
for epoch in range(1, 7):
    loss = train_epoch(straight_model, straight_optimizer, epoch)
    print(f"epoch {epoch}: loss {loss:.6f}")

# %% save
model, optimizer = new_model_and_optimizer(seed=1)
for epoch in range(1, 4):
    loss = train_epoch(model, optimizer, epoch)
    print(f"epoch {epoch}: loss {loss:.6f}")

folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "checkpoint.pt")
torch.save({
    "epoch": epoch,
    "model_state_dict": model.state_dict(),
    "optimizer_state_dict": optimizer.state_dict(),
    "loss": loss,
}, path)
optimizer_state = optimizer.state_dict()
print("optimizer state_dict keys:", list(optimizer_state))
print("state of the first weight:", list(optimizer_state["state"][0]))
del model, optimizer  # as if the program had stopped here

# %% resume
model, optimizer = new_model_and_optimizer(seed=123)  # any start: the checkpoint overwrites it
checkpoint = torch.load(path, map_location=device, weights_only=True)
model.load_state_dict(checkpoint["model_state_dict"])
optimizer.load_state_dict(checkpoint["optimizer_state_dict"])
print(f"resuming after epoch {checkpoint['epoch']} (loss {checkpoint['loss']:.6f})")
for epoch in range(checkpoint["epoch"] + 1, 7):
    loss = train_epoch(model, optimizer, epoch)
    print(f"epoch {epoch}: loss {loss:.6f}")

# %% compare
identical = all(torch.equal(p, q) for p, q in zip(straight_model.parameters(), model.parameters()))
print("resumed run equals the uninterrupted run:", identical)
assert identical

# Resuming with the model's weights but a fresh optimizer is a different run.
model, optimizer = new_model_and_optimizer(seed=123)
model.load_state_dict(checkpoint["model_state_dict"])
for epoch in range(checkpoint["epoch"] + 1, 7):
    train_epoch(model, optimizer, epoch)
difference = max((p - q).abs().max().item() for p, q in zip(straight_model.parameters(), model.parameters()))
print(f"with a fresh optimizer instead: largest weight difference {difference:.4f}")
folder.cleanup()
