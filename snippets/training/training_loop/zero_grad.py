"""backward() adds into .grad: without optimizer.zero_grad() the gradients of successive calls pile up."""
import torch
from torch import nn

torch.manual_seed(0)
toy_model = nn.Linear(3, 1)
toy_optimizer = torch.optim.SGD(toy_model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

for call in range(1, 4):  # the same batch three times, no zero_grad() in between
    nn.functional.mse_loss(toy_model(x), y).backward()
    if call == 1:
        one_gradient = toy_model.bias.grad.item()
    print(f"{f'backward() call {call}:':22s} bias.grad = {toy_model.bias.grad.item():.4f}")
piled_up = toy_model.bias.grad.item() / one_gradient
assert abs(piled_up - 3) < 1e-5

toy_optimizer.zero_grad()
print(f"{'zero_grad():':22s} bias.grad = {toy_model.bias.grad}")  # None: set_to_none=True is the default
nn.functional.mse_loss(toy_model(x), y).backward()
print(f"{'one more backward():':22s} bias.grad = {toy_model.bias.grad.item():.4f}")
