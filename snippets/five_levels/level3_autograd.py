"""Level 3: autograd works out the gradients; we still update the weights ourselves."""
import os

import torch

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

N, D_in, H, D_out = 64, 1000, 100, 10
learning_rate = 1e-6

torch.manual_seed(0)
x = torch.randn(N, D_in, device=device)
y = torch.randn(N, D_out, device=device)
# requires_grad=True asks autograd to record every operation on these tensors.
w1 = torch.randn(D_in, H, device=device, requires_grad=True)
w2 = torch.randn(H, D_out, device=device, requires_grad=True)

losses = []
for t in range(500):
    y_pred = x.mm(w1).clamp(min=0).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    losses.append(loss.item())
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss.item():.6g}")

    loss.backward()  # fills w1.grad and w2.grad

    # Outside no_grad, an in-place change to a leaf that requires grad raises an error;
    # and the update itself must not be recorded in the graph.
    with torch.no_grad():
        w1 -= learning_rate * w1.grad
        w2 -= learning_rate * w2.grad
        # backward() adds to .grad, so clear it before the next iteration.
        w1.grad.zero_()
        w2.grad.zero_()

assert losses[-1] < losses[0] / 1000
