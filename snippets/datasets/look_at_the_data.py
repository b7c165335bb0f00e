"""Load both datasets and look at the first images of each class."""
import matplotlib.pyplot as plt
import torch

from tutorial_data import CIFAR10_CLASSES, load_cifar10, load_mnist

mnist_images, mnist_labels = load_mnist("test")
cifar_images, cifar_labels = load_cifar10("test")
print("pixel range:", mnist_images.min().item(), "to", mnist_images.max().item())

fig, axes = plt.subplots(2, 10, figsize=(10, 2.6))
for digit in range(10):
    first = torch.nonzero(mnist_labels == digit)[0].item()  # index of the first image of it
    axes[0, digit].imshow(mnist_images[first].numpy(), cmap="gray")
    axes[0, digit].set_title(str(digit), fontsize=9)
    first = torch.nonzero(cifar_labels == digit)[0].item()
    axes[1, digit].imshow(cifar_images[first].permute(1, 2, 0).numpy())  # imshow wants H, W, C
    axes[1, digit].set_title(CIFAR10_CLASSES[digit], fontsize=9)
for ax in axes.flat:
    ax.axis("off")
fig.suptitle("The first test image of each class: MNIST digits and CIFAR-10 classes")
plt.show()
