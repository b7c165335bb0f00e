# %% write
"""Log scalars, images and weight histograms with TensorBoard's SummaryWriter, then read the event files back."""
import io
import math
import os
import sys
import tempfile

import matplotlib.pyplot as plt
import numpy as np
import torch
from PIL import Image
from tensorboard.backend.event_processing.event_accumulator import DEFAULT_SIZE_GUIDANCE, EventAccumulator
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.tensorboard import SummaryWriter
from tqdm import tqdm

from tutorial_data import load_mnist

EPOCHS = 3

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The offline copy holds only MNIST's 10,000 test images: 8,000 to train on, 2,000 held out.
images, labels = load_mnist("test")
images = images.float().unsqueeze(1) / 255  # (N, 1, 28, 28): one grey channel
torch.manual_seed(0)
train_loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=64, shuffle=True)
val_images, val_labels = images[8000:].to(device), labels[8000:].to(device)

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(8 * 14 * 14, 10),
).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

# A real program writes to runs/<experiment name>; here a temporary folder stands in for runs/.
runs = tempfile.TemporaryDirectory()
log_dir = os.path.join(runs.name, "mnist_cnn")
writer = SummaryWriter(log_dir=log_dir)
writer.add_images("inputs", images[:16], global_step=0)  # (N, C, H, W) floats in [0, 1]

history = {"loss/train": [], "accuracy/train": [], "loss/validation": [], "accuracy/validation": []}
for epoch in tqdm(range(1, EPOCHS + 1), desc="epochs", disable=not sys.stderr.isatty()):
    model.train()
    loss_sum, correct = 0.0, 0
    for batch_images, batch_labels in train_loader:
        batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
        outputs = model(batch_images)
        loss = nn.functional.cross_entropy(outputs, batch_labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        loss_sum += loss.item() * len(batch_labels)
        correct += (outputs.argmax(dim=1) == batch_labels).sum().item()
    model.eval()
    with torch.no_grad():
        val_outputs = model(val_images)
        # The 8 feature maps of the first convolution for one image, as 8 one-channel images.
        feature_maps = model[0](val_images[:1]).transpose(0, 1)  # (8, 1, 28, 28)
    history["loss/train"].append(loss_sum / 8000)
    history["accuracy/train"].append(correct / 8000)
    history["loss/validation"].append(nn.functional.cross_entropy(val_outputs, val_labels).item())
    history["accuracy/validation"].append((val_outputs.argmax(dim=1) == val_labels).float().mean().item())

    for tag, values in history.items():  # the step is the epoch: the curves' x axis
        writer.add_scalar(tag, values[-1], global_step=epoch)
    low, high = feature_maps.min(), feature_maps.max()
    writer.add_images("conv1 outputs", (feature_maps - low) / (high - low), global_step=epoch)
    for name, param in model.named_parameters():
        writer.add_histogram(f"weights/{name}", param, global_step=epoch)
    print(f"epoch {epoch}: train loss {history['loss/train'][-1]:.4f}, "
          f"validation accuracy {history['accuracy/validation'][-1]:.4f}")
writer.close()  # flushes the last events to disk
print("event files written:", len([f for f in os.listdir(log_dir) if f.startswith("events.out.tfevents")]))

# %% read
events = EventAccumulator(log_dir, size_guidance={"images": 0, "histograms": 0})  # 0: keep every event
events.Reload()
tags = events.Tags()
print("scalars:   ", tags["scalars"])
print("images:    ", tags["images"])
print("histograms:", tags["histograms"])

for tag, written in history.items():
    read_back = events.Scalars(tag)  # ScalarEvent(wall_time, step, value)
    assert [event.step for event in read_back] == list(range(1, EPOCHS + 1))
    # Stored as 32-bit floats, so equal to about 7 digits.
    assert all(math.isclose(event.value, value, rel_tol=1e-6) for event, value in zip(read_back, written))
    print(f"{tag:20s} steps {[e.step for e in read_back]}  values {[round(e.value, 4) for e in read_back]}")

print("events kept per tag without a size_guidance:", DEFAULT_SIZE_GUIDANCE)

conv1_images = events.Images("conv1 outputs")
print(f"'conv1 outputs': {len(conv1_images)} events of {conv1_images[0].width}x{conv1_images[0].height} PNG images")

# add_images stored each batch as one PNG grid: decode two of them as TensorBoard would show them.
fig, (ax_inputs, ax_maps) = plt.subplots(2, 1, figsize=(8, 3.4))
for ax, event, title in ((ax_inputs, events.Images("inputs")[0], "'inputs' at step 0: 16 training images"),
                         (ax_maps, conv1_images[-1], f"'conv1 outputs' at step {conv1_images[-1].step}: "
                                                     "8 feature maps of one image")):
    ax.imshow(np.asarray(Image.open(io.BytesIO(event.encoded_image_string))))
    ax.set_title(title, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Two image logs, decoded from the event file")
fig.tight_layout()
plt.show()
runs.cleanup()
