# %% data
"""The full training loop on MNIST: train and eval modes, running loss per epoch, evaluation under no_grad."""
import os
import sys

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

from tutorial_data import load_mnist

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print("device:", device)

# The offline copy holds only MNIST's 10,000 test images: 8,000 to train on, 2,000 held out.
images, labels = load_mnist("test")
images = images.float() / 255
train_set = TensorDataset(images[:8000], labels[:8000])
val_set = TensorDataset(images[8000:], labels[8000:])

torch.manual_seed(0)
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=500)
print(f"{len(train_set)} training images in {len(train_loader)} batches, {len(val_set)} held out")

# %% model
EPOCHS = 3  # raise it to train longer

model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 256),
    nn.BatchNorm1d(256),
    nn.ReLU(),
    nn.Dropout(0.3),
    nn.Linear(256, 10),
).to(device)  # the model moves once; every batch moves inside the loop
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


# %% evaluate
def evaluate(model, loader):
    """Mean loss and accuracy over a whole loader, in eval mode and without building a graph."""
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for batch_images, batch_labels in loader:
            batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
            outputs = model(batch_images)
            total_loss += loss_fn(outputs, batch_labels).item() * len(batch_labels)
            correct += (outputs.argmax(dim=1) == batch_labels).sum().item()
    return total_loss / len(loader.dataset), correct / len(loader.dataset)


# %% train
for epoch in tqdm(range(EPOCHS), desc="epochs", disable=not sys.stderr.isatty()):
    model.train()  # evaluate() left the model in eval mode
    running_loss = 0.0
    for batch_images, batch_labels in train_loader:
        batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
        optimizer.zero_grad()
        outputs = model(batch_images)
        loss = loss_fn(outputs, batch_labels)
        loss.backward()
        optimizer.step()
        # Weighted by the batch size, so that a short last batch counts for what it holds.
        running_loss += loss.item() * len(batch_labels)
    val_loss, val_accuracy = evaluate(model, val_loader)
    print(f"epoch {epoch + 1}: running loss {running_loss / len(train_set):.4f}   "
          f"held-out loss {val_loss:.4f}   held-out accuracy {val_accuracy:.4f}")
    if epoch == 0:  # the text compares the first epoch's two losses
        first_running_loss, first_val_loss = running_loss / len(train_set), val_loss

assert val_accuracy > 0.9
assert first_running_loss > first_val_loss, "the running loss of epoch 1 should lie above its held-out loss"

# %% forgot-eval
val_images, val_labels = images[8000:].to(device), labels[8000:].to(device)
with torch.no_grad():
    model.eval()
    eval_predictions = model(val_images).argmax(dim=1)
    model.train()  # what a loop that forgets model.eval() runs in
    running_mean_before = model[2].running_mean.clone()
    first = model(val_images).argmax(dim=1)
    second = model(val_images).argmax(dim=1)

eval_accuracy = (eval_predictions == val_labels).float().mean().item()
train_mode_accuracy = (first == val_labels).float().mean().item()
changed = (first != second).sum().item()
print("eval mode:  accuracy", round(eval_accuracy, 4))
print("train mode: accuracy", round(train_mode_accuracy, 4),
      "then", round((second == val_labels).float().mean().item(), 4))
print("images whose prediction changed between two train-mode passes:", changed)
print("predictions that differ from eval mode:", (first != eval_predictions).sum().item())
# BatchNorm in train mode also updated its running statistics with the held-out images.
print("BatchNorm running_mean moved by", round((model[2].running_mean - running_mean_before).abs().max().item(), 4),
      "even under no_grad")
assert changed > 0 and train_mode_accuracy < eval_accuracy, "train mode should cost accuracy here"
