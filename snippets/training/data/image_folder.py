"""torchvision's ImageFolder on a folder of a few generated images: the class names come from the sub-folders."""
import os
import tempfile

import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

torch.manual_seed(0)  # the same random numbers on every run
# A temporary folder stands in for my_photos/train: one sub-folder per class, written dog first.
with tempfile.TemporaryDirectory() as root:
    rng = np.random.default_rng(0)
    for class_name, count in (("dog", 2), ("cat", 3)):
        os.makedirs(os.path.join(root, class_name))
        for number in range(count):
            pixels = rng.integers(0, 256, size=(20, 24, 3), dtype=np.uint8)  # height 20, width 24, RGB
            Image.fromarray(pixels).save(os.path.join(root, class_name, f"{number:03d}.png"))

    transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
    photos = datasets.ImageFolder(root, transform=transform)
    print("classes:", photos.classes, "  class_to_idx:", photos.class_to_idx)
    for path, label in photos.samples:  # (file, label) for every image found
        print(f"  {os.path.relpath(path, root)} -> label {label}")
    image, label = photos[0]  # a PIL image, turned into a tensor by the transform
    print("photos[0]:", tuple(image.shape), image.dtype, "label", label)
    images, labels = next(iter(DataLoader(photos, batch_size=len(photos))))
    print("one batch of all", len(photos), "images:", tuple(images.shape), "labels", labels.tolist())
