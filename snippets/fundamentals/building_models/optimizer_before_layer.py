"""An optimizer gets the parameters that exist when it is built: a layer added later never trains."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model.append(nn.Linear(8, 1))  # added after the optimizer was built

handed_over = [p for group in optimizer.param_groups for p in group["params"]]
print("parameters in the model:    ", len(list(model.parameters())))
print("parameters in the optimizer:", len(handed_over))

first_before, last_before = model[0].weight.detach().clone(), model[2].weight.detach().clone()
loss = model(torch.randn(16, 4)).pow(2).mean()
optimizer.zero_grad()
loss.backward()
optimizer.step()
print("first layer changed:", not torch.equal(model[0].weight, first_before))
print("new layer has a gradient:", model[2].weight.grad is not None,
      " changed:", not torch.equal(model[2].weight, last_before))
assert torch.equal(model[2].weight, last_before), "the layer added after the optimizer must not train"
