"""Exercise: tanh is a stretched and shifted sigmoid, with four times its largest slope."""
import torch

x = torch.linspace(-6, 6, 1201, requires_grad=True)
tanh = torch.tanh(x)
sigmoid_based = 2 * torch.sigmoid(2 * x) - 1
assert torch.allclose(tanh, sigmoid_based, atol=1e-6)
print("tanh(x) == 2 * sigmoid(2x) - 1 on", x.numel(), "points")

(d_tanh,) = torch.autograd.grad(tanh.sum(), x)
(d_sigmoid,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
print(f"largest slope: tanh {d_tanh.max():.3f}, sigmoid {d_sigmoid.max():.3f}")
print(f"slope at x = 3: tanh {d_tanh[900]:.4f}, sigmoid {d_sigmoid[900]:.4f}  (both saturate)")
