"""A small convolutional autoencoder on MNIST: strided Conv2d down to 4x4, ConvTranspose2d back up to 28x28."""
import os

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

torch.manual_seed(0)
EPOCHS = 3
BATCH_SIZE = 64

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The offline copy holds MNIST's 10,000 test images: the first 8,000 train, the last 2,000 are held out.
images, _ = load_mnist("test")
images = images.unsqueeze(1).float() / 255  # [10000, 1, 28, 28], pixels from 0 to 1
train_loader = DataLoader(TensorDataset(images[:8000]), batch_size=BATCH_SIZE, shuffle=True)
held_out = images[8000:].to(device)

model = nn.Sequential(
    # Encoder: 28 -> 14 -> 7 -> 4, ending in 8 channels of 4x4 = 128 numbers per image (784 went in).
    nn.Conv2d(1, 16, kernel_size=3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(32, 8, kernel_size=3, stride=2, padding=1),
    # Decoder: 4 -> 7 -> 14 -> 28. output_padding picks the larger of the two sizes that map to the smaller one.
    nn.ConvTranspose2d(8, 32, kernel_size=3, stride=2, padding=1, output_padding=0), nn.ReLU(),
    nn.ConvTranspose2d(32, 16, kernel_size=3, stride=2, padding=1, output_padding=1), nn.ReLU(),
    nn.ConvTranspose2d(16, 1, kernel_size=3, stride=2, padding=1, output_padding=1),
).to(device)
shapes = [tuple(images[:1].shape)]
with torch.no_grad():
    activation = images[:1].to(device)
    for layer in model:
        activation = layer(activation)
        if not isinstance(layer, nn.ReLU):
            shapes.append(tuple(activation.shape[1:]))
print("shapes through the network:", " -> ".join(str(shape) for shape in shapes))

loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


def held_out_loss():
    model.eval()
    with torch.no_grad():
        loss = loss_fn(model(held_out), held_out).item()
    model.train()
    return loss


with torch.no_grad():
    before = model(held_out[:8]).cpu()
# The last layer has kernel 3 and stride 2: four of its stamps overlap on odd rows and odd columns.
odd_odd_mean = before[:, 0, 1::2, 1::2].mean().item()
others_mean = (before.sum().item() - before[:, 0, 1::2, 1::2].sum().item()) / (before.numel() * 3 / 4)
print(f"untrained output: mean {odd_odd_mean:.3f} on odd rows and odd columns, {others_mean:.3f} elsewhere")
assert abs(odd_odd_mean - others_mean) > 0.05  # the checkerboard is there before any training
loss_before = held_out_loss()
# A baseline with no network: predict the mean training image for every image.
mean_image_loss = loss_fn(images[:8000].mean(dim=0, keepdim=True).expand(2000, -1, -1, -1), images[8000:]).item()
print(f"held-out MSE before training {loss_before:.4f}; always predicting the mean image {mean_image_loss:.4f}")

losses = [loss_before]
for epoch in range(EPOCHS):
    for (batch,) in train_loader:
        batch = batch.to(device)
        loss = loss_fn(model(batch), batch)  # the target is the input itself
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    losses.append(held_out_loss())
    print(f"epoch {epoch + 1}: held-out MSE {losses[-1]:.4f}")
loss_after = losses[-1]
assert all(later < earlier for earlier, later in zip(losses, losses[1:]))  # it improves every epoch
assert loss_after < mean_image_loss / 3
with torch.no_grad():
    after = model(held_out[:8]).cpu()
# The last layer has no activation, so nothing keeps its output inside [0, 1].
outside_share = ((after < 0) | (after > 1)).float().mean().item()
lowest, highest = after.min().item(), after.max().item()
print(f"reconstructed pixels outside [0, 1]: {outside_share:.1%}, from {lowest:.3f} to {highest:.3f}")

rows = {"held-out image": held_out[:8].cpu(), "before training": before, f"after {EPOCHS} epochs": after}
fig, axes = plt.subplots(3, 8, figsize=(10, 4.2), layout="constrained")
for row, (name, pictures) in enumerate(rows.items()):
    for column in range(8):
        # Clip the few pixels outside [0, 1] for drawing.
        axes[row, column].imshow(pictures[column, 0].clamp(0, 1).numpy(), cmap="gray", vmin=0, vmax=1)
        axes[row, column].set_xticks([])
        axes[row, column].set_yticks([])
    axes[row, 0].set_ylabel(name, fontsize=9)
fig.suptitle(f"Autoencoder reconstructions: held-out MSE {loss_before:.4f} before training, {loss_after:.4f} after")
plt.show()
