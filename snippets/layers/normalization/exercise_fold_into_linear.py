"""Exercise: in eval mode BatchNorm is a fixed affine map, so it can be folded into the Linear layer before it."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(5, 3), nn.BatchNorm1d(3))
for _ in range(20):  # a little training, so that the running statistics are not 0 and 1
    model(torch.randn(32, 5) * 2 + 1)
with torch.no_grad():  # and non-trivial weight and bias, as after real training
    model[1].weight.uniform_(0.5, 2.0)
    model[1].bias.uniform_(-1.0, 1.0)
model.eval()

linear, batch_norm = model
# BatchNorm in eval: y = (z − running_mean) / sqrt(running_var + eps) · weight + bias, with z = x Wᵀ + b.
scale = batch_norm.weight / torch.sqrt(batch_norm.running_var + batch_norm.eps)
folded = nn.Linear(5, 3)
with torch.no_grad():
    folded.weight.copy_(linear.weight * scale.unsqueeze(1))
    folded.bias.copy_((linear.bias - batch_norm.running_mean) * scale + batch_norm.bias)

x = torch.randn(4, 5)
with torch.no_grad():
    print(f"largest difference, eval mode: {(model(x) - folded(x)).abs().max():.1e}")
    assert torch.allclose(model(x), folded(x), atol=1e-5)
    model.train()
    print(f"largest difference, train mode: {(model(x) - folded(x)).abs().max():.3f}")
