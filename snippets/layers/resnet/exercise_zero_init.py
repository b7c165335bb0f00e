"""Exercise: resnet18(zero_init_residual=True) sets each block's last BatchNorm scale to 0. What does a block compute then?"""
import torch
import torch.nn.functional as F
import torchvision

torch.manual_seed(0)  # the same random numbers on every run
model = torchvision.models.resnet18(weights=None, zero_init_residual=True)
print("layer1[0].bn2.weight:", model.layer1[0].bn2.weight[:4].tolist(), "...")

# The last BatchNorm of the branch multiplies by 0 (and its shift starts at 0): F(x) = 0,
# so a block computes relu(shortcut(x)).
x = F.relu(torch.randn(2, 64, 56, 56))  # what comes out of the stem is non-negative
for name in ("layer1", "layer2", "layer3", "layer4"):
    for index, block in enumerate(getattr(model, name)):
        out = block(x)
        shortcut = x if block.downsample is None else block.downsample(x)
        is_identity = torch.equal(out, F.relu(shortcut))
        kind = "relu(x) = x" if block.downsample is None else "relu(projection(x))"
        print(f"{name}[{index}] {tuple(x.shape)} -> {tuple(out.shape)}: output equals {kind}: {is_identity}")
        assert is_identity
        if block.downsample is None:
            assert torch.equal(out, x)  # a block with an identity shortcut starts as the identity
        x = out
