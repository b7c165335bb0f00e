"""The notes' CIFAR-10 network has no activation function: apart from the max, it is one affine map. ReLU fixes that."""
# %% affine
import torch
from torch import nn


def notes_network(pool):
    return nn.Sequential(
        nn.Conv2d(3, 32, 5, padding=2), pool(2),
        nn.Conv2d(32, 32, 5, padding=2), pool(2),
        nn.Conv2d(32, 64, 5, padding=2), pool(2),
        nn.Flatten(), nn.Linear(1024, 64), nn.Linear(64, 10),
    )


def fixed_network():
    return nn.Sequential(
        nn.Conv2d(3, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10),
    )


def affine_error(model):
    """Largest |f(x1 + x2) - f(x1) - f(x2) + f(0)|, relative to the size of f: zero for an affine map."""
    torch.manual_seed(1)
    x1, x2 = torch.randn(8, 3, 32, 32), torch.randn(8, 3, 32, 32)
    with torch.no_grad():
        f0 = model(torch.zeros(8, 3, 32, 32))
        residual = model(x1 + x2) - model(x1) - model(x2) + f0
        return (residual.abs().max() / (model(x1) - f0).abs().max()).item()


torch.manual_seed(0)
print(f"notes' network with AvgPool2d (only affine layers): {affine_error(notes_network(nn.AvgPool2d)):.1e}")
torch.manual_seed(0)
print(f"notes' network as written, with MaxPool2d:          {affine_error(notes_network(nn.MaxPool2d)):.2f}")
torch.manual_seed(0)
print(f"with ReLU after each conv and Linear(1024, 64):     {affine_error(fixed_network()):.2f}")

# %% collapse
torch.manual_seed(0)
notes_model = notes_network(nn.MaxPool2d)
hidden, output = notes_model[7], notes_model[8]
merged = nn.Linear(1024, 10)  # one layer doing the work of Linear(1024, 64) then Linear(64, 10)
with torch.no_grad():
    merged.weight.copy_(output.weight @ hidden.weight)
    merged.bias.copy_(output.weight @ hidden.bias + output.bias)
features = notes_model[:7](torch.randn(64, 3, 32, 32))
print("Linear(64, 10)(Linear(1024, 64)(features)) == merged(features):",
      torch.allclose(output(hidden(features)), merged(features), atol=1e-5))

# %% fixed
torch.manual_seed(0)
model = fixed_network()
print(model)
print("output:", tuple(model(torch.ones(64, 3, 32, 32)).shape),
      f" parameters: {sum(p.numel() for p in model.parameters()):,}")
