# %% wrong
"""BatchNorm in training mode cannot normalize a batch of one example."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
single_example = torch.randn(1, 4)
try:
    model(single_example)  # the model is in training mode, as every new module is
except ValueError as error:
    print("ValueError:", error)

# %% right
model.eval()  # uses the running statistics, so any batch size works
with torch.no_grad():
    print("prediction:", model(single_example))
# In training, avoid a last batch of one: DataLoader(..., drop_last=True)
