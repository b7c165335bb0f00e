"""Exercise 2: check autograd's gradient of the two-layer network with finite differences."""
import torch

torch.manual_seed(0)
# float64: a finite difference subtracts two nearly equal losses, and float32 loses too many digits.
x = torch.randn(4, 3, dtype=torch.float64)
y = torch.randn(4, 2, dtype=torch.float64)
w1 = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)
w2 = torch.randn(5, 2, dtype=torch.float64, requires_grad=True)


def loss_fn(w1, w2):
    return ((x @ w1).clamp(min=0) @ w2 - y).pow(2).mean()


loss_fn(w1, w2).backward()

eps = 1e-6
flat_w1 = w1.detach().flatten()
numerical = torch.zeros_like(flat_w1)
for index in range(flat_w1.numel()):
    plus, minus = flat_w1.clone(), flat_w1.clone()
    plus[index] += eps
    minus[index] -= eps
    # Central difference: (L(w + ε) − L(w − ε)) / 2ε, one weight at a time.
    numerical[index] = (loss_fn(plus.view_as(w1), w2) - loss_fn(minus.view_as(w1), w2)) / (2 * eps)
numerical = numerical.view_as(w1)

largest_difference = (numerical - w1.grad).abs().max().item()
print(f"largest difference from autograd: {largest_difference:.1e}")
print("allclose:", torch.allclose(numerical, w1.grad))
# torch.autograd.gradcheck does the same for every input that requires a gradient.
print("gradcheck:", torch.autograd.gradcheck(loss_fn, (w1, w2)))
