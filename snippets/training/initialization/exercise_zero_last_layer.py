"""Exercise: zeros in the last layer only. Is the symmetry problem back?"""
import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(256, 2) * 4 - 2
y = torch.sin(2 * x[:, :1]) * torch.cos(x[:, 1:])  # the surface of the symmetry example

model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
nn.init.zeros_(model[2].weight)
nn.init.zeros_(model[2].bias)
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
for step in range(500):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    if step < 2:
        print(f"step {step + 1}: largest gradient, first layer {model[0].weight.grad.abs().max().item():.4f}, "
              f"last layer {model[2].weight.grad.abs().max().item():.4f}")
    if step == 0:
        first_step_hidden_gradient = model[0].weight.grad.abs().max().item()
    optimizer.step()
final_loss = loss.item()
hidden = model[0].weight.detach()
spread = (hidden - hidden[0]).abs().max().item()
print(f"loss after 500 steps {final_loss:.4f}, largest difference between hidden units {spread:.3f}")
assert first_step_hidden_gradient == 0 and spread > 0.5
