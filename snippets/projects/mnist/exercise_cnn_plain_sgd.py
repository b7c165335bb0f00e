"""Exercise 2: the small CNN trained with the notes' recipe: plain SGD, lr 0.01, no schedule, no shifts."""
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

EPOCHS = 5

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_mnist("test")
images = images.unsqueeze(1).float() / 255
held_out_images, held_out_labels = images[8000:].to(device), labels[8000:].to(device)

torch.manual_seed(0)
cnn = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
).to(device)
loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=64, shuffle=True)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(cnn.parameters(), lr=0.01)

for epoch in range(EPOCHS):
    cnn.train()
    for batch_images, batch_labels in loader:
        batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
        loss = loss_fn(cnn(batch_images), batch_labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    cnn.eval()
    with torch.no_grad():
        predicted = cnn(held_out_images).argmax(dim=1)
    accuracy = (predicted == held_out_labels).float().mean().item()
    print(f"epoch {epoch + 1}: held-out accuracy {accuracy:.4f}")
mistakes = int((predicted != held_out_labels).sum())
print(f"{mistakes} of {len(held_out_labels)} held-out images wrong")
# train.py asserts that the perceptron stays below 90% and the CNN with the full recipe reaches 98.5%.
assert 0.95 < accuracy < 0.985, "with plain SGD the CNN passes 95%, but not the full recipe's 98.5%"
