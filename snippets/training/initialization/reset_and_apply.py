# %% reset
"""reset_parameters() redraws a layer's default initialisation; model.apply(fn) initialises a whole model."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(),
    nn.Linear(16, 10),
)
first_weights = [p.detach().clone() for p in model.parameters()]

# Pretend to train: change every parameter.
with torch.no_grad():
    for p in model.parameters():
        p.add_(1.0)

# Layers with parameters have reset_parameters(); ReLU, pooling and Flatten do not.
has_reset = [type(m).__name__ for m in model.modules() if hasattr(m, "reset_parameters")]
print("modules with reset_parameters():", has_reset)

# Same seed, same layers in the same order: the very same draws as when the model was built.
torch.manual_seed(0)
for module in model.modules():
    if hasattr(module, "reset_parameters"):
        module.reset_parameters()
back_to_start = all(torch.equal(p, first) for p, first in zip(model.parameters(), first_weights))
print("back to the first weights:", back_to_start)
assert back_to_start
print("BatchNorm2d's reset: weight all 1:", bool(torch.all(model[1].weight == 1)),
      " bias all 0:", bool(torch.all(model[1].bias == 0)))

# %% apply
# One function for the whole model: apply() calls it on every module, nested ones too.
def init_weights(module):
    if isinstance(module, nn.Conv2d):
        # torchvision's ResNet uses mode="fan_out" for its convolutions.
        nn.init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
        if module.bias is not None:
            nn.init.zeros_(module.bias)
    elif isinstance(module, nn.BatchNorm2d):
        nn.init.ones_(module.weight)
        nn.init.zeros_(module.bias)
    elif isinstance(module, nn.Linear):
        nn.init.normal_(module.weight, std=0.01)
        nn.init.zeros_(module.bias)


model.apply(init_weights)
conv, linear = model[0], model[5]
print(f"conv weight std {conv.weight.std().item():.4f}  "
      f"(sqrt(2 / fan_out) = sqrt(2 / (16·3·3)) = {(2 / (16 * 3 * 3)) ** 0.5:.4f})")
print(f"linear weight std {linear.weight.std().item():.4f}, biases zero: "
      f"{bool(torch.all(conv.bias == 0) and torch.all(linear.bias == 0))}")

# %% no-grad
# Parameters require gradients, and autograd refuses in-place changes to such leaves...
layer = nn.Linear(4, 3)
try:
    layer.weight.normal_()
except RuntimeError as error:
    print("RuntimeError:", error)

# ...unless they happen under torch.no_grad(). Every nn.init function does that itself,
# and so must any hand-written initialisation.
with torch.no_grad():
    layer.weight.copy_(torch.eye(3, 4))  # a chosen starting value
    layer.bias.fill_(0.1)
print(layer.weight)
print("still a parameter that requires grad:", type(layer.weight).__name__, layer.weight.requires_grad)
