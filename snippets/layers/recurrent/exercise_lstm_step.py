"""Exercise: one LSTM step by hand, checked against nn.LSTM."""
import torch
from torch import nn

torch.manual_seed(0)
batch_size, input_size, hidden_size = 2, 3, 5
lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
torch.set_grad_enabled(False)
x = torch.randn(batch_size, 1, input_size)  # a sequence of one step
h0 = torch.randn(1, batch_size, hidden_size)
c0 = torch.randn(1, batch_size, hidden_size)
output, (h_n, c_n) = lstm(x, (h0, c0))

# weight_ih_l0 stacks the four gates' weights in the order input, forget, cell, output.
gates = x[:, 0] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + h0[0] @ lstm.weight_hh_l0.T + lstm.bias_hh_l0
i, f, g, o = gates.chunk(4, dim=1)
i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
c1 = f * c0[0] + i * g   # forget part of the old cell state, write part of the new candidate
h1 = o * torch.tanh(c1)  # expose part of the cell state as the hidden state

print("h by hand:", h1[0])
print("h, LSTM:  ", h_n[0, 0])
assert torch.allclose(h1, h_n[0], atol=1e-6) and torch.allclose(c1, c_n[0], atol=1e-6)
print("h and c match")
