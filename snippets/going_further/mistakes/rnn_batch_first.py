# %% wrong
"""Feeding (batch, time, features) to a recurrent layer built without batch_first=True."""
import torch
from torch import nn

torch.manual_seed(0)
sequences = torch.randn(2, 10, 4)  # 2 sequences of 10 steps, stacked the way a DataLoader does
changed = sequences.clone()
changed[1] += 1  # change the second sequence only

rnn = nn.GRU(input_size=4, hidden_size=8)  # expects (time, batch, features)
output, last_state = rnn(sequences)  # no error: it reads a batch of 10 sequences, 2 steps long
print("final states:", tuple(last_state.shape), "-> one per", last_state.shape[1], "sequences")
print("first sequence's output changed by the second sequence:",
      not torch.equal(rnn(changed)[0][:, 0], output[:, 0]))

# %% right
rnn = nn.GRU(input_size=4, hidden_size=8, batch_first=True)
output, last_state = rnn(sequences)
print("final states:", tuple(last_state.shape), "-> one per", last_state.shape[1], "sequences")
print("first sequence's output changed by the second sequence:",
      not torch.equal(rnn(changed)[0][0], output[0]))
