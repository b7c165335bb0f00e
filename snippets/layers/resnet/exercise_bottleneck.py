"""Exercise: write ResNet-50's bottleneck block (1x1, 3x3, 1x1), check it against torchvision's, count what it saves."""
import torch
import torch.nn.functional as F
import torchvision
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class Bottleneck(nn.Module):
    """1x1 down to channels // 4, a 3x3 there, 1x1 back up; relu(x + F(x)) as in the basic block."""

    def __init__(self, channels):
        super().__init__()
        narrow = channels // 4
        self.conv1 = nn.Conv2d(channels, narrow, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(narrow)
        self.conv2 = nn.Conv2d(narrow, narrow, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(narrow)
        self.conv3 = nn.Conv2d(narrow, channels, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(channels)

    def forward(self, x):
        residual = F.relu(self.bn1(self.conv1(x)))
        residual = F.relu(self.bn2(self.conv2(residual)))
        residual = self.bn3(self.conv3(residual))
        return F.relu(x + residual)


def count(module):
    return sum(p.numel() for p in module.parameters())


ours = Bottleneck(256)
# torchvision's Bottleneck(inplanes, planes) widens planes by its expansion, 4: 64 * 4 = 256 out.
theirs = torchvision.models.resnet.Bottleneck(256, 64)
theirs.load_state_dict(ours.state_dict())  # the same names: conv1..conv3, bn1..bn3
x = torch.randn(2, 256, 14, 14)
print("same output as torchvision's Bottleneck:", torch.allclose(ours(x), theirs(x)))
assert torch.allclose(ours(x), theirs(x))

basic = torchvision.models.resnet.BasicBlock(256, 256)  # two 3x3 convolutions at 256 channels
bottleneck_parameters, basic_parameters = count(ours), count(basic)
print(f"bottleneck at 256 channels: {bottleneck_parameters:,} parameters; "
      f"basic block: {basic_parameters:,} ({basic_parameters / bottleneck_parameters:.1f} times as many)")
assert basic_parameters > 4 * bottleneck_parameters

# What that buys at full size, from the metadata of torchvision's ImageNet weights (no download):
# ResNet-50 has 16 bottleneck blocks where ResNet-34 has 16 basic blocks, for a similar cost.
resnet34_gflops = torchvision.models.ResNet34_Weights.IMAGENET1K_V1.meta["_ops"]
resnet50_gflops = torchvision.models.ResNet50_Weights.IMAGENET1K_V1.meta["_ops"]
print(f"GFLOPs per 224x224 image: ResNet-34 {resnet34_gflops}, ResNet-50 {resnet50_gflops}")
assert resnet50_gflops < 1.2 * resnet34_gflops
