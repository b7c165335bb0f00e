"""A hand-made kernel: the Sobel edge detector as a Conv2d, applied to real CIFAR-10 images."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import CIFAR10_CLASSES, load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_cifar10("test")
class_names = ("automobile", "ship")
first_of_class = [int((labels == CIFAR10_CLASSES.index(name)).nonzero()[0]) for name in class_names]
colour = images[first_of_class].float() / 255
grey = (0.299 * colour[:, 0] + 0.587 * colour[:, 1] + 0.114 * colour[:, 2]).unsqueeze(1)  # [N, 1, 32, 32]

# Sobel x responds where brightness changes from left to right (vertical edges);
# its transpose responds to changes from top to bottom (horizontal edges).
sobel_x = torch.tensor([[-1.0, 0.0, 1.0],
                        [-2.0, 0.0, 2.0],
                        [-1.0, 0.0, 1.0]])
edge_detector = nn.Conv2d(1, 2, kernel_size=3, padding=1, padding_mode="replicate", bias=False)
with torch.no_grad():
    edge_detector.weight.copy_(torch.stack([sobel_x, sobel_x.T]).unsqueeze(1))  # (out=2, in=1, 3, 3)
    gradients = edge_detector(grey)
magnitude = gradients.pow(2).sum(dim=1).sqrt()  # how strong the edge is, whatever its direction
print("weight shape:", tuple(edge_detector.weight.shape), " output:", tuple(gradients.shape))
print("strongest edge per image:", [round(value, 2) for value in magnitude.amax(dim=(1, 2)).tolist()])

panels = ("input", "grey", "Sobel x: left → right", "Sobel y: top → bottom", "edge strength")
fig, axes = plt.subplots(len(class_names), 5, figsize=(11, 5), layout="constrained")
for row, name in enumerate(class_names):
    signed_limit = gradients[row].abs().max().item()
    axes[row, 0].imshow(colour[row].permute(1, 2, 0).numpy())
    axes[row, 1].imshow(grey[row, 0].numpy(), cmap="gray", vmin=0, vmax=1)
    axes[row, 2].imshow(gradients[row, 0].numpy(), cmap="RdBu_r", vmin=-signed_limit, vmax=signed_limit)
    axes[row, 3].imshow(gradients[row, 1].numpy(), cmap="RdBu_r", vmin=-signed_limit, vmax=signed_limit)
    axes[row, 4].imshow(magnitude[row].numpy(), cmap="gray")
    axes[row, 0].set_ylabel(name)
for column, title in enumerate(panels):
    axes[0, column].set_title(title, fontsize=10)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Sobel kernels set by hand in a Conv2d(1, 2, 3): red is darker-to-brighter, blue the reverse")
plt.show()
