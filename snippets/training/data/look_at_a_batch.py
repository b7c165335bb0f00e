"""A shuffled batch of 16 CIFAR-10 training images with their class names, then the same 16 augmented."""
import matplotlib.pyplot as plt
import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2

from tutorial_data import CIFAR10_CLASSES, load_cifar10

CIFAR10_MEAN = (0.4913, 0.4821, 0.4465)
CIFAR10_STD = (0.2452, 0.2428, 0.2606)


class CIFAR10Tensors(Dataset):
    def __init__(self, images, labels, transform=None):
        self.images = images
        self.labels = labels
        self.transform = transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        image = self.images[index]
        if self.transform is not None:
            image = self.transform(image)  # per image, so each one gets its own random crop and flip
        return image, self.labels[index]


train_transform = v2.Compose([
    v2.RandomCrop(size=32, padding=4),
    v2.RandomHorizontalFlip(),
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize(mean=CIFAR10_MEAN, std=CIFAR10_STD),
])

torch.manual_seed(0)
images, labels = load_cifar10("train")
plain = CIFAR10Tensors(images, labels)
augmented = CIFAR10Tensors(images, labels, transform=train_transform)
# Two loaders with the same seed shuffle alike, so they pick the same 16 images.
plain_batch, plain_labels = next(iter(DataLoader(plain, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(0))))
augmented_batch, augmented_labels = next(iter(DataLoader(augmented, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(0))))
assert torch.equal(plain_labels, augmented_labels)
print("plain batch:    ", tuple(plain_batch.shape), plain_batch.dtype)
print("augmented batch:", tuple(augmented_batch.shape), augmented_batch.dtype,
      f"mean {augmented_batch.mean():.2f}, std {augmented_batch.std():.2f}")
print("classes:", [CIFAR10_CLASSES[label] for label in plain_labels])

# Undo Normalize to show the pictures: imshow wants values in [0, 1], laid out height, width, RGB.
mean = torch.tensor(CIFAR10_MEAN).view(1, 3, 1, 1)
std = torch.tensor(CIFAR10_STD).view(1, 3, 1, 1)
shown = {
    "A shuffled batch of 16 CIFAR-10 training images (uint8, as stored)": plain_batch,
    "The same 16 images after RandomCrop(32, padding=4) and RandomHorizontalFlip": (augmented_batch * std + mean).clamp(0, 1),
}
for title, batch in shown.items():
    fig, axes = plt.subplots(2, 8, figsize=(10, 3.3))
    for ax, image, label in zip(axes.flat, batch, plain_labels):
        ax.imshow(image.permute(1, 2, 0).numpy())
        ax.set_title(CIFAR10_CLASSES[label], fontsize=9)
        ax.axis("off")
    fig.suptitle(title)
    plt.show()
