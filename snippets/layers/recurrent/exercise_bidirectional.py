"""Exercise: which parts of a bidirectional GRU's output are h_n?"""
import torch
from torch import nn

torch.manual_seed(0)
hidden_size = 4
gru = nn.GRU(input_size=3, hidden_size=hidden_size, bidirectional=True, batch_first=True)
torch.set_grad_enabled(False)
x = torch.randn(2, 6, 3)
output, h_n = gru(x)
print("output", tuple(output.shape), " h_n", tuple(h_n.shape))

forward_half, backward_half = output[..., :hidden_size], output[..., hidden_size:]
# The forward direction ends at the last step, the backward direction at the first.
assert torch.equal(forward_half[:, -1], h_n[0])
assert torch.equal(backward_half[:, 0], h_n[1])
print("h_n[0] is output[:, -1, :H] (forward), h_n[1] is output[:, 0, H:] (backward)")

# So output[:, -1] is not "the summary of the sequence": its backward half has seen one value.
assert not torch.equal(backward_half[:, -1], h_n[1])
summary = torch.cat([h_n[0], h_n[1]], dim=1)  # both final states, (N, 2H)
print("a summary of each sequence from both directions:", tuple(summary.shape))
