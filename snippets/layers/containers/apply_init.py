"""model.apply(fn) calls fn on every submodule: the usual way to initialise all layers of a kind."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU()),
    nn.Flatten(),
    nn.Linear(16 * 8 * 8, 10),
)

visited = []
model.apply(lambda module: visited.append(type(module).__name__))
print("apply visits children first, the model last:", visited)


def init_weights(module):
    if isinstance(module, (nn.Conv2d, nn.Linear)):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


print(f"conv weight std before: {model[0][0].weight.std().item():.3f}")
model.apply(init_weights)
# Kaiming's choice for ReLU: std = sqrt(2 / fan_in), fan_in = 3 * 3 * 3 = 27
print(f"conv weight std after:  {model[0][0].weight.std().item():.3f}   sqrt(2 / 27) = {(2 / 27) ** 0.5:.3f}")
print("biases all zero:", all(torch.all(m.bias == 0).item() for m in (model[0][0], model[2])))
