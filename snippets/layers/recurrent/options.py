"""dropout between stacked layers, and the warning when there is only one layer."""
import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(1, 6, 4)

# dropout acts on the outputs of every layer except the last, so one layer has none to drop.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.LSTM(4, 8, num_layers=1, dropout=0.5)
print("warning:", caught[0].message)

lstm = nn.LSTM(4, 8, num_layers=2, dropout=0.5, batch_first=True)
lstm.train()  # dropout is on: two calls on the same input give different outputs
print("train mode, two calls equal:", torch.equal(lstm(x)[0], lstm(x)[0]))
lstm.eval()   # dropout is off
print("eval mode,  two calls equal:", torch.equal(lstm(x)[0], lstm(x)[0]))
