"""The same network written with nn.Sequential and with an explicit forward gives the same outputs."""
import torch
import torch.nn.functional as F
from torch import nn

sequential = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 2),
)


class Explicit(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))


explicit = Explicit()
print("sequential keys:", list(sequential.state_dict()))
print("explicit keys:  ", list(explicit.state_dict()))

# Same shapes in the same order, different names: rename the keys, then load.
renamed = dict(zip(explicit.state_dict(), sequential.state_dict().values()))
print(explicit.load_state_dict(renamed))

x = torch.randn(5, 4)
print("identical outputs:", torch.equal(sequential(x), explicit(x)))
assert torch.equal(sequential(x), explicit(x))

# Here the same seed works too: both classes create the same layers in the same order.
torch.manual_seed(0)
seeded_sequential = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.manual_seed(0)
seeded_explicit = Explicit()
print("built from the same seed, identical outputs:", torch.equal(seeded_sequential(x), seeded_explicit(x)))
