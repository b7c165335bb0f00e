"""The RNN recurrence written out by hand and checked against nn.RNN."""
import torch
from torch import nn

torch.manual_seed(0)
batch_size, seq_len, input_size, hidden_size = 2, 4, 3, 5
rnn = nn.RNN(input_size, hidden_size, batch_first=True)  # nonlinearity="tanh" by default
x = torch.randn(batch_size, seq_len, input_size)
h0 = torch.zeros(1, batch_size, hidden_size)              # also what nn.RNN uses when h0 is omitted
torch.set_grad_enabled(False)                             # nothing is trained here
output, h_n = rnn(x, h0)

W_ih, W_hh = rnn.weight_ih_l0, rnn.weight_hh_l0           # (H, H_in) and (H, H)
b_ih, b_hh = rnn.bias_ih_l0, rnn.bias_hh_l0

# One step: h_1 = tanh(x_1 W_ihᵀ + b_ih + h_0 W_hhᵀ + b_hh)
h = h0[0]
h = torch.tanh(x[:, 0] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
print("first step by hand:", h[0])
print("first step, nn.RNN:", output[0, 0])
assert torch.allclose(h, output[:, 0], atol=1e-6)

# The same weights are used at every step; only h carries information forward.
h = h0[0]
steps = []
for t in range(seq_len):
    h = torch.tanh(x[:, t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    steps.append(h)
by_hand = torch.stack(steps, dim=1)                       # (N, L, H), like output
assert torch.allclose(by_hand, output, atol=1e-6)
assert torch.allclose(h, h_n[0], atol=1e-6)
print("all", seq_len, "steps match; largest difference", f"{(by_hand - output).abs().max().item():.1e}")
