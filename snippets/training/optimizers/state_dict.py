"""An optimizer's state_dict: its settings and its per-parameter state, for checkpoints."""
import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(8, 3), torch.randn(8, 2)
for step in range(5):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

state = optimizer.state_dict()
print("keys:", list(state))
print("param_groups:", {key: value for key, value in state["param_groups"][0].items()
                        if key in ("lr", "betas", "eps", "weight_decay", "params")})
for index, param_state in state["state"].items():
    print(f"state of parameter {index}:",
          {key: tuple(value.shape) if value.dim() else value.item() for key, value in param_state.items()})

# Save it with the model's state_dict; load both back into fresh objects.
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "checkpoint.pt")
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    checkpoint = torch.load(path, weights_only=True)

new_model = nn.Linear(3, 2)
new_optimizer = torch.optim.Adam(new_model.parameters(), lr=0.01)
new_model.load_state_dict(checkpoint["model"])
new_optimizer.load_state_dict(checkpoint["optimizer"])
same = all(torch.equal(a, b) for a, b in zip(new_optimizer.state[new_model.weight].values(),
                                              optimizer.state[model.weight].values()))
print("restored Adam state equals the original:", same)
