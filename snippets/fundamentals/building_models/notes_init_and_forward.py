# %% init
"""Two labels in the notes: nn.init.normal_ draws new random weights (it normalises nothing), and forward is not the backward pass."""
import torch
from torch import nn

torch.manual_seed(0)
w = nn.Parameter(5 + 3 * torch.randn(256, 128))  # weights with mean 5 and standard deviation 3
old = w.detach().clone()
print(f"before nn.init.normal_: mean {w.mean().item():7.4f}, std {w.std().item():.4f}")
nn.init.normal_(w, mean=0.0, std=0.01)
print(f"after:                  mean {w.mean().item():7.4f}, std {w.std().item():.4f}")

# Normalising would rescale the old values and keep their order; these are fresh draws, unrelated to them.
normalised = (old - old.mean()) / old.std()
correlation_new = torch.corrcoef(torch.stack([old.flatten(), w.detach().flatten()]))[0, 1].item()
correlation_normalised = torch.corrcoef(torch.stack([old.flatten(), normalised.flatten()]))[0, 1].item()
print(f"correlation with the old weights: after normal_ {correlation_new:.3f}, "
      f"after normalising {correlation_normalised:.3f}")

# It is the same draw as torch.randn(...) * 0.01 from the same seed.
torch.manual_seed(1)
nn.init.normal_(w, mean=0.0, std=0.01)
torch.manual_seed(1)
print("same as torch.randn(256, 128) * 0.01:", torch.equal(w.detach(), torch.randn(256, 128) * 0.01))

# %% forward
layer = nn.Linear(3, 2)
output = layer(torch.ones(1, 3))  # the forward pass: computes the output and records the graph
print("after the forward pass:  weight.grad =", layer.weight.grad, " output.grad_fn =", output.grad_fn.name())
output.sum().backward()  # the backward pass: autograd walks the recorded graph
print("after the backward pass: weight.grad =", layer.weight.grad.tolist())
print("does nn.Module have a backward method?", hasattr(nn.Module, "backward"))
