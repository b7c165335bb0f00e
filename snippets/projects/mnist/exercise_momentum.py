"""Exercise 1: the notes' perceptron with SGD and momentum 0.9 instead of plain SGD."""
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

EPOCHS = 10

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_mnist("test")
images = images.unsqueeze(1).float() / 255
held_out_images, held_out_labels = images[8000:].to(device), labels[8000:].to(device)

torch.manual_seed(0)
loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=64, shuffle=True)
perceptron = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 10),
).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(perceptron.parameters(), lr=0.01, momentum=0.9)

for epoch in range(EPOCHS):
    for batch_images, batch_labels in loader:
        batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
        loss = loss_fn(perceptron(batch_images), batch_labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if (epoch + 1) % 2 == 0:
        with torch.no_grad():
            predicted = perceptron(held_out_images).argmax(dim=1)
        accuracy = (predicted == held_out_labels).float().mean().item()
        print(f"epoch {epoch + 1:2d}: held-out accuracy {accuracy:.4f}")
assert accuracy > 0.9, "with momentum the perceptron passes 90% in ten epochs, which plain SGD does not"
