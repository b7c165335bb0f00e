"""Exercise: fine-tune only ResNet-18's last block and a new head, each with its own learning rate."""
import torch
from torch import nn
from torchvision.models import resnet18

torch.manual_seed(0)  # the same random numbers on every run
model = resnet18(weights=None)  # with downloaded weights: resnet18(weights=ResNet18_Weights.DEFAULT)
model.fc = nn.Linear(model.fc.in_features, 5)

model.requires_grad_(False)
model.layer4.requires_grad_(True)
model.fc.requires_grad_(True)
optimizer = torch.optim.SGD([
    {"params": model.layer4.parameters(), "lr": 1e-3},  # pretrained: small steps
    {"params": model.fc.parameters(), "lr": 1e-2},      # new: larger steps
], momentum=0.9, weight_decay=1e-4)

trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
total = sum(p.numel() for p in model.parameters())
print(f"trainable {trainable:,} of {total:,} parameters ({trainable / total:.0%})")
print("parameters per block:", {name: sum(p.numel() for p in getattr(model, name).parameters())
                                for name in ("conv1", "layer1", "layer2", "layer3", "layer4", "fc")})
# layer4's widest convolutions: 512 channels in, 512 out, 3 × 3 each.
print("layer4[1].conv2.weight:", tuple(model.layer4[1].conv2.weight.shape), f"{model.layer4[1].conv2.weight.numel():,} weights")
assert model.layer4[1].conv2.weight.numel() == 512 * 512 * 3 * 3 == 2_359_296
for index, group in enumerate(optimizer.param_groups):
    print(f"group {index}: lr {group['lr']}, {sum(p.numel() for p in group['params']):,} parameters")
# Every trainable parameter is in exactly one group, and no frozen one is.
in_optimizer = {id(p) for group in optimizer.param_groups for p in group["params"]}
assert in_optimizer == {id(p) for p in model.parameters() if p.requires_grad}


def set_train_modes(model):
    model.train()
    for name, module in model.named_modules():
        # BatchNorm outside layer4 is frozen: keep its running statistics too.
        if isinstance(module, nn.BatchNorm2d) and not name.startswith("layer4"):
            module.eval()


set_train_modes(model)
images, labels = torch.randn(4, 3, 64, 64), torch.tensor([0, 1, 2, 3])
frozen_statistics = model.layer3[1].bn2.running_mean.clone()
trained_statistics = model.layer4[1].bn2.running_mean.clone()
loss = nn.functional.cross_entropy(model(images), labels)
optimizer.zero_grad()
loss.backward()
optimizer.step()
with_gradient = sorted({name.split(".")[0] for name, p in model.named_parameters() if p.grad is not None})
print("modules whose parameters got a gradient:", with_gradient)
print("layer3 running_mean unchanged:", torch.equal(frozen_statistics, model.layer3[1].bn2.running_mean),
      " layer4 running_mean updated:", not torch.equal(trained_statistics, model.layer4[1].bn2.running_mean))
assert with_gradient == ["fc", "layer4"]
assert torch.equal(frozen_statistics, model.layer3[1].bn2.running_mean)
