"""Exercise 1: reuse a trained model's first layer in a model with a different output layer."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.output = nn.Linear(8, classes)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


torch.manual_seed(0)
trained_state = Net(classes=2).state_dict()  # stands in for a model trained on 2 classes
new_model = Net(classes=5)

try:
    new_model.load_state_dict(trained_state, strict=False)
except RuntimeError as error:
    print(str(error).splitlines()[1].strip())

# Keep only the entries whose shapes can fit: everything but the output layer.
body_state = {name: value for name, value in trained_state.items() if not name.startswith("output.")}
result = new_model.load_state_dict(body_state, strict=False)
print("missing_keys:", result.missing_keys)
print("hidden layer copied:", torch.equal(new_model.hidden.weight, trained_state["hidden.weight"]))
