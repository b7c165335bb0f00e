"""Exercise: estimate the memory of parameters, gradients and Adam's state, then count the real tensors."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
                      nn.Linear(512, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
count = sum(p.numel() for p in model.parameters())
print(f"{count:,} parameters of 4 bytes (float32)")
print(f"estimate: parameters + gradients + 2 Adam moments = 4 x {count * 4 / 2**20:.2f} MiB "
      f"= {4 * count * 4 / 2**20:.2f} MiB")

loss = nn.functional.cross_entropy(model(torch.rand(64, 28, 28)), torch.randint(0, 10, (64,)))
loss.backward()
optimizer.step()  # Adam creates its state at the first step


def mib(tensors):
    return sum(t.numel() * t.element_size() for t in tensors) / 2**20


parameters = mib(model.parameters())
gradients = mib(p.grad for p in model.parameters())
state = mib(value for per_parameter in optimizer.state.values() for value in per_parameter.values()
            if torch.is_tensor(value))
print(f"measured: parameters {parameters:.2f} + gradients {gradients:.2f} + Adam state {state:.2f} "
      f"= {parameters + gradients + state:.2f} MiB")
