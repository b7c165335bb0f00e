"""Per-class test accuracy of the better CIFAR-10 network after one epoch of training."""
# snippet-threads: 2
import os
import sys

import torch
from torch import nn
from tqdm import tqdm

from tutorial_data import CIFAR10_CLASSES, load_cifar10

EPOCHS = 1
BATCH = 512

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

train_images, train_labels = load_cifar10("train")
test_images, test_labels = load_cifar10("test")
test_images, test_labels = test_images[::5].to(device), test_labels[::5].to(device)  # 200 per class
train_images, train_labels = train_images.to(device), train_labels.to(device)
mean = train_images.float().mean(dim=(0, 2, 3), keepdim=True)
std = train_images.float().std(dim=(0, 2, 3), keepdim=True)


def normalize(images):
    return ((images.float() - mean) / std).contiguous(memory_format=torch.channels_last)


def conv_block(channels_in, channels_out):
    return [nn.Conv2d(channels_in, channels_out, 3, padding=1, bias=False),
            nn.MaxPool2d(2), nn.BatchNorm2d(channels_out), nn.ReLU()]


torch.manual_seed(0)
model = nn.Sequential(
    *conv_block(3, 32), *conv_block(32, 64), *conv_block(64, 128),
    nn.Conv2d(128, 256, 3, padding=1, bias=False), nn.BatchNorm2d(256), nn.ReLU(),
    nn.AdaptiveMaxPool2d(1), nn.Flatten(), nn.Linear(256, 10),
).to(device).to(memory_format=torch.channels_last)
steps_per_epoch = len(train_images) // BATCH
optimizer = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9, nesterov=True, weight_decay=5e-4)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.2, total_steps=EPOCHS * steps_per_epoch)
loss_function = nn.CrossEntropyLoss(label_smoothing=0.1)
for epoch in range(EPOCHS):
    order = torch.randperm(len(train_images), device=device)
    for step in tqdm(range(steps_per_epoch), desc=f"epoch {epoch + 1}", disable=not sys.stderr.isatty()):
        batch = order[step * BATCH:(step + 1) * BATCH]
        with torch.autocast(device.type, dtype=torch.bfloat16):
            loss = loss_function(model(normalize(train_images[batch])), train_labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()

model.eval()
with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16):
    predicted = torch.cat([model(normalize(images)).argmax(dim=1) for images in test_images.split(500)])
correct = predicted == test_labels
print(f"after {EPOCHS} epoch(s): {correct.float().mean():.2%} of {len(test_labels)} test images")
# The mean of `correct` over the images of one class is that class's accuracy (its recall).
per_class = torch.stack([correct[test_labels == c].float().mean() for c in range(10)])
for c in per_class.argsort(descending=True).tolist():
    print(f"{CIFAR10_CLASSES[c]:10s} {per_class[c]:6.1%}  {'#' * round(40 * per_class[c].item())}")
