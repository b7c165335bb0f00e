"""Check that PyTorch works: make a tensor, put it on the device, differentiate through it."""
import os

import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

x = torch.arange(4.0, device=device, requires_grad=True)
y = (x ** 2).sum()
y.backward()
print("x      =", x.tolist())
print("y      =", y.item())
print("dy/dx  =", x.grad.tolist(), "(that is 2x)")
assert torch.equal(x.grad, 2 * x.detach())
