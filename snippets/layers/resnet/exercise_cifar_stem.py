"""Exercise: torchvision's resnet18 on 32x32 CIFAR images: where do the pixels go, and what does a CIFAR stem cost?"""
import torch
import torchvision
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)  # the same random numbers on every run
image = torch.randn(1, 3, 32, 32)


def sizes_and_flops(model):
    """The feature maps' side after the stem and each stage, and the forward pass's operations."""
    sides, x = [], image
    with FlopCounterMode(display=False) as counter:
        x = model.maxpool(model.relu(model.bn1(model.conv1(x))))
        sides.append(x.shape[-1])
        for stage in (model.layer1, model.layer2, model.layer3, model.layer4):
            x = stage(x)
            sides.append(x.shape[-1])
        model.fc(torch.flatten(model.avgpool(x), 1))
    return sides, counter.get_total_flops()


imagenet_model = torchvision.models.resnet18(weights=None, num_classes=10).eval()
# The CIFAR version: a 3x3 stride-1 stem and no max pooling, so the first stage sees all 32x32 pixels.
cifar_model = torchvision.models.resnet18(weights=None, num_classes=10).eval()
cifar_model.conv1 = nn.Conv2d(3, 64, 3, stride=1, padding=1, bias=False)
cifar_model.maxpool = nn.Identity()
with torch.no_grad():
    imagenet_sides, imagenet_flops = sizes_and_flops(imagenet_model)
    cifar_sides, cifar_flops = sizes_and_flops(cifar_model)
print(f"ImageNet stem: sides after stem, layer1..layer4 {imagenet_sides}, {imagenet_flops / 1e9:.2f} GFLOPs per image")
print(f"CIFAR stem:    sides after stem, layer1..layer4 {cifar_sides}, {cifar_flops / 1e9:.2f} GFLOPs per image")
flop_ratio = cifar_flops / imagenet_flops
print(f"the CIFAR stem costs {flop_ratio:.1f} times the operations")
assert imagenet_sides == [8, 8, 4, 2, 1] and cifar_sides == [32, 32, 16, 8, 4]
