# %% data
"""Mistakes with initialisation: .data, replaced parameters, and the forgotten bias."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
x = torch.randn(4, 3, requires_grad=True)
output = layer(x)  # autograd keeps layer.weight: the gradient of x will need it

# Re-initialising between the forward and the backward pass (in a hook, a callback, a
# second thread...). Under torch.no_grad(), autograd notices that a saved tensor changed:
with torch.no_grad():
    nn.init.xavier_uniform_(layer.weight)
try:
    output.sum().backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" Hint")[0])

# Through .data it notices nothing, and computes x's gradient with the new weight,
# not with the one the forward pass used.
torch.manual_seed(0)
layer = nn.Linear(3, 2)
weight_used = layer.weight.detach().clone()
output = layer(x)
layer.weight.data.normal_()
output.sum().backward()
right_gradient = torch.ones(4, 2) @ weight_used  # d(sum of outputs)/dx for the weight used
print("gradient of x matches the weight used in forward:", torch.allclose(x.grad, right_gradient))
print("it matches the weight written afterwards:", torch.allclose(x.grad, torch.ones(4, 2) @ layer.weight.detach()))
assert not torch.allclose(x.grad, right_gradient)

# %% optimizer
# Initialising after creating the optimizer (or after .to()) is fine when it is in place:
# the optimizer holds the very same Parameter objects.
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model.to(torch.float64)  # .to() also changes the parameters in place, for a device too
nn.init.zeros_(model.weight)
print("after .to() and zeros_, the optimizer holds model.weight:", optimizer.param_groups[0]["params"][0] is model.weight)

# Replacing the parameter by a new one is not fine: the optimizer still holds the old one.
model.weight = nn.Parameter(torch.zeros(1, 4, dtype=torch.float64))
print("after replacing it:", optimizer.param_groups[0]["params"][0] is model.weight)
inputs, targets = torch.randn(32, 4, dtype=torch.float64), torch.randn(32, 1, dtype=torch.float64)
for _ in range(10):
    loss = nn.functional.mse_loss(model(inputs), targets)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("the new weight after 10 steps:", model.weight.detach().tolist())
assert torch.all(model.weight == 0)

# %% bias
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
# A loop over all parameters reaches the 1-D biases, which have no fan_in and fan_out.
try:
    for parameter in model.parameters():
        nn.init.xavier_uniform_(parameter)
except ValueError as error:
    print("ValueError:", error)

# Start the model at output 0 by zeroing its last layer, but forget the bias:
torch.manual_seed(0)
head = model[2]
nn.init.zeros_(head.weight)
with torch.no_grad():
    print("outputs with a zero weight:", model(torch.randn(3, 8)).flatten(), f" the bias: {head.bias.item():.4f}")
    nn.init.zeros_(head.bias)
    print("outputs with a zero bias too:", model(torch.randn(3, 8)).flatten())
