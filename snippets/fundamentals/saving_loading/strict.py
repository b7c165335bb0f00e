"""load_state_dict checks the keys; strict=False loads the matching ones and reports the rest."""
import torch
from torch import nn


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


class DeeperNet(nn.Module):
    """SmallNet with one extra layer in the middle."""

    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.extra = nn.Linear(8, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.relu(self.extra(torch.relu(self.hidden(x)))))


torch.manual_seed(0)
small_state = SmallNet().state_dict()
deeper = DeeperNet()

try:
    deeper.load_state_dict(small_state)  # strict=True is the default
except RuntimeError as error:
    print(str(error).splitlines()[0])
    print(str(error).splitlines()[1].strip())

result = deeper.load_state_dict(small_state, strict=False)
print("missing_keys:   ", result.missing_keys)  # in the model, not in the file: left as they were
print("unexpected_keys:", result.unexpected_keys)
print("hidden copied:", torch.equal(deeper.hidden.weight, small_state["hidden.weight"]))

# The other way round: the file has keys the model does not know.
result = SmallNet().load_state_dict(deeper.state_dict(), strict=False)
print("missing_keys:   ", result.missing_keys)
print("unexpected_keys:", result.unexpected_keys)

# strict=False forgives missing and extra names, never a wrong shape.
wider_state = nn.Linear(4, 16).state_dict()
try:
    deeper.load_state_dict({"hidden.weight": wider_state["weight"]}, strict=False)
except RuntimeError as error:
    print(str(error).splitlines()[1].strip())
