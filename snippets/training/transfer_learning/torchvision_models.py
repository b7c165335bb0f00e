# %% weights
"""torchvision's pretrained models, offline: the weights enum, its meta and transforms, a new head, a frozen body."""
import os
from pathlib import Path

import torch
import torchvision
import torchvision.transforms.functional as TF
from torch import nn
from torchvision.models import ResNet18_Weights, resnet18

from tutorial_data import CIFAR10_CLASSES, load_cifar10

torch.manual_seed(0)  # the same random numbers on every run

# Every model builder has an enum of the weights it can load; DEFAULT is the best of them.
print("available:", list(ResNet18_Weights))
weights = ResNet18_Weights.DEFAULT
print("DEFAULT is", weights)
# The same enum member from strings, as a config file would name it:
assert torchvision.models.get_weight("ResNet18_Weights.IMAGENET1K_V1") is weights
assert torchvision.models.get_model_weights("resnet18") is ResNet18_Weights
# What a builder does with weights="DEFAULT" or weights="IMAGENET1K_V1":
assert ResNet18_Weights.verify("DEFAULT") is ResNet18_Weights.verify("IMAGENET1K_V1") is weights
# Weights trained again with a better recipe get a new member, and DEFAULT moves to it.
print("ResNet-50's:", list(torchvision.models.ResNet50_Weights),
      "DEFAULT is", torchvision.models.ResNet50_Weights.DEFAULT)

# %% meta
# What the weights were trained for, stored in the enum: no download needed.
meta = weights.meta
categories = len(meta["categories"])
pretrained_parameters = meta["num_params"]
print(f"categories: {categories}, the first five {meta['categories'][:5]}")
print(f"num_params: {pretrained_parameters:,}   min_size: {meta['min_size']}")
print(f"ImageNet-1K accuracy: top-1 {meta['_metrics']['ImageNet-1K']['acc@1']}%, "
      f"top-5 {meta['_metrics']['ImageNet-1K']['acc@5']}%")
print(f"file size {meta['_file_size']} MB, {meta['_ops']} GFLOPs per image, recipe: {meta['recipe']}")

# %% transforms
# The preprocessing the weights were trained with: resize, crop, scale to [0, 1], normalise
# with ImageNet's channel mean and std. Use it, not your dataset's own statistics.
preprocess = weights.transforms()
print(preprocess)
images, labels = load_cifar10("test")
image = images[0]  # uint8, (3, 32, 32)
x = preprocess(image)
print(f"{CIFAR10_CLASSES[labels[0]]}: {tuple(image.shape)} {image.dtype}, values {image.min()} to {image.max()}")
print(f"  -> {tuple(x.shape)} {x.dtype}, values {x.min():.2f} to {x.max():.2f}")

# The same steps by hand: the shorter side resized to 256, the central 224 × 224 kept,
# pixels scaled to [0, 1], then (value - mean) / std for each channel.
resized = TF.resize(image, [256], interpolation=TF.InterpolationMode.BILINEAR, antialias=True)
cropped = TF.center_crop(resized, [224])
imagenet_mean = torch.tensor(preprocess.mean).view(3, 1, 1)
imagenet_std = torch.tensor(preprocess.std).view(3, 1, 1)
by_hand = (cropped.float() / 255 - imagenet_mean) / imagenet_std
print("by hand, the same tensor:", torch.allclose(by_hand, x, atol=1e-6))
assert torch.allclose(by_hand, x, atol=1e-6)

# It takes a batch too: (N, 3, H, W) uint8 in, (N, 3, 224, 224) float out. ImageNet's statistics
# bring CIFAR-10 images near mean 0 and std 1, not exactly there: they are other photographs.
batch = preprocess(images[::100])  # 100 images, 10 of each class
print(f"a batch: {tuple(batch.shape)}, channel means {[round(v, 2) for v in batch.mean(dim=(0, 2, 3)).tolist()]}, "
      f"stds {[round(v, 2) for v in batch.std(dim=(0, 2, 3)).tolist()]}")

# %% head
# weights=None builds the architecture with random weights and downloads nothing.
model = resnet18(weights=None)
assert sum(p.numel() for p in model.parameters()) == pretrained_parameters  # the same architecture
print("the last layer:", model.fc)
model.fc = nn.Linear(model.fc.in_features, 5)  # a new head for 5 classes
model.requires_grad_(False)                    # freeze everything ...
model.fc.requires_grad_(True)                  # ... then let the new head learn


def count(parameters):
    return sum(p.numel() for p in parameters)


resnet_trainable = count(p for p in model.parameters() if p.requires_grad)
resnet_total = count(model.parameters())
print(f"trainable: {resnet_trainable:,} of {resnet_total:,} parameters "
      f"({[name for name, p in model.named_parameters() if p.requires_grad]})")
assert resnet_trainable == 512 * 5 + 5
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.01, momentum=0.9)

# The frozen body has 20 BatchNorm layers: keep them in eval mode while the head trains.
batchnorms = [module for module in model.modules() if isinstance(module, nn.BatchNorm2d)]
model.train()
for module in batchnorms:
    module.eval()
before = model.bn1.running_mean.clone()
loss = nn.functional.cross_entropy(model(batch[:8]), torch.arange(8) % 5)
loss.backward()
optimizer.step()
print(f"{len(batchnorms)} BatchNorm2d layers in eval mode; bn1.running_mean unchanged by a training step: "
      f"{torch.equal(before, model.bn1.running_mean)}")
assert torch.equal(before, model.bn1.running_mean)
print("gradients reached:", [name for name, p in model.named_parameters() if p.grad is not None])

# %% download
# What resnet18(weights=weights) would do, printed rather than done: download weights.url once,
# into torch.hub's cache folder, check the file against the hash in its name, and load it.
file_name = os.path.basename(weights.url)
cached_file = Path(torch.hub.get_dir()) / "checkpoints" / file_name
print("url:      ", weights.url)
print("cached as:", str(cached_file).replace(str(Path.home()), "~"))  # $TORCH_HOME moves it
print("hash prefix checked:", file_name.split("-")[1].split(".")[0], "(the first digits of the file's SHA-256)")

# The builder sets the head to the weights' 1000 categories, and refuses another size
# (before any download): the new head goes on after loading.
try:
    resnet18(weights=weights, num_classes=5)
except ValueError as error:
    print("ValueError:", error)
