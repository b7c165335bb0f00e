"""Level 2: the same network with torch tensors, still differentiated by hand, on any device."""
import os

import torch

# The first accelerator PyTorch finds (cuda, mps, ...), else the CPU; TORCH_DEVICE overrides it.
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

N, D_in, H, D_out = 64, 1000, 100, 10
learning_rate = 1e-6

torch.manual_seed(0)
x = torch.randn(N, D_in, device=device)
y = torch.randn(N, D_out, device=device)
w1 = torch.randn(D_in, H, device=device)
w2 = torch.randn(H, D_out, device=device)

losses = []
for t in range(500):
    h = x.mm(w1)
    h_relu = h.clamp(min=0)
    y_pred = h_relu.mm(w2)
    loss = (y_pred - y).pow(2).sum().item()  # .item(): a Python number, copied off the device
    losses.append(loss)
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss:.6g}")

    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h_relu.t().mm(grad_y_pred)
    grad_h = grad_y_pred.mm(w2.t()).clone()
    grad_h[h < 0] = 0
    grad_w1 = x.t().mm(grad_h)

    w1 -= learning_rate * grad_w1
    w2 -= learning_rate * grad_w2

assert losses[-1] < losses[0] / 1000
