# %% scale-normalize
"""torchvision.transforms.v2 on uint8 CIFAR-10 tensors: ToDtype, Normalize, random flips and crops, Compose."""
import torch
from torchvision.transforms import v2

from tutorial_data import load_cifar10

# The training images' per-channel mean and standard deviation, computed by channel_stats.py.
CIFAR10_MEAN = (0.4913, 0.4821, 0.4465)
CIFAR10_STD = (0.2452, 0.2428, 0.2606)

images, labels = load_cifar10("test")
print("stored:", tuple(images.shape), images.dtype, f"values {images.min()} to {images.max()}")

scaled = v2.ToDtype(torch.float32, scale=True)(images)  # scale=True divides by 255
print("ToDtype(float32, scale=True):", scaled.dtype, f"values {scaled.min():.1f} to {scaled.max():.1f}")
print("  channel means", [round(m, 3) for m in scaled.mean(dim=(0, 2, 3)).tolist()],
      " stds", [round(s, 3) for s in scaled.std(dim=(0, 2, 3)).tolist()])

normalized = v2.Normalize(mean=CIFAR10_MEAN, std=CIFAR10_STD)(scaled)  # (x - mean) / std per channel
print("Normalize:", f"values {normalized.min():.1f} to {normalized.max():.1f}")
channel_means, channel_stds = normalized.mean(dim=(0, 2, 3)), normalized.std(dim=(0, 2, 3))
print("  channel means", [round(m, 3) for m in channel_means.tolist()],
      " stds", [round(s, 3) for s in channel_stds.tolist()])
# How far the test images land from mean 0 and standard deviation 1.
mean_off, std_off = channel_means.abs().max().item(), (channel_stds - 1).abs().max().item()

# %% random
torch.manual_seed(0)
image = images[0]
flip = v2.RandomHorizontalFlip(p=0.5)
for attempt in range(4):
    print(f"flip, attempt {attempt}: mirrored = {torch.equal(flip(image), image.flip(-1))}")

crop = v2.RandomCrop(size=32, padding=4)  # pad to 40 x 40 with zeros, then cut out a random 32 x 32
cropped = crop(image)
black_columns = (cropped == 0).all(dim=(0, 1)).sum().item()
black_rows = (cropped == 0).all(dim=(0, 2)).sum().item()
print("crop:", tuple(cropped.shape), f"with {black_rows} black rows and {black_columns} black columns of padding")

# A v2 transform given a whole batch draws once: all 8 images are flipped, or none.
batch = images[:8]
flipped = flip(batch)
print("batch of 8, images mirrored:", [torch.equal(flipped[i], batch[i].flip(-1)) for i in range(8)])

# %% compose
train_transform = v2.Compose([
    v2.RandomCrop(size=32, padding=4),
    v2.RandomHorizontalFlip(),
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize(mean=CIFAR10_MEAN, std=CIFAR10_STD),
])
test_transform = v2.Compose([  # no randomness when measuring: the same image always gives the same input
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize(mean=CIFAR10_MEAN, std=CIFAR10_STD),
])
print(train_transform)
print("train:", tuple(train_transform(image).shape), train_transform(image).dtype,
      " test:", tuple(test_transform(image).shape), test_transform(image).dtype)
