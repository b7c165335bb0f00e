"""Change one parameter with load_state_dict({name: value}, strict=False); the rest stay as they are."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
print("names:", list(model.state_dict()))
bias_before = model[0].bias
weight_before = model[0].weight.clone()

result = model.load_state_dict({"0.bias": torch.tensor([0.5, -0.5])}, strict=False)
print("0.bias now:", model[0].bias.tolist())
print("missing_keys (left unchanged):", result.missing_keys)
print("0.weight unchanged:", torch.equal(model[0].weight, weight_before))
# The values are copied into the existing tensor, so an optimizer built earlier still updates it.
print("same Parameter object as before:", model[0].bias is bias_before)

with torch.no_grad():  # the same without the state_dict, when the parameter is at hand
    model[0].bias.copy_(torch.tensor([0.25, -0.25]))
print("after copy_:", model[0].bias.tolist(), " same Parameter object:", model[0].bias is bias_before)
