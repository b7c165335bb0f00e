# %% one
"""The output and state shapes of nn.RNN, nn.LSTM and nn.GRU, checked for several settings."""
import warnings

import torch
from torch import nn

# The CPU backend falls back to its plain implementation for an LSTM with proj_size
# and says so once; the result is the same, so that notice is silenced.
warnings.filterwarnings("ignore", message="LSTM with projections is not supported")

torch.manual_seed(0)
batch_size, seq_len, input_size, hidden_size = 3, 5, 4, 6

rnn = nn.RNN(input_size, hidden_size, batch_first=True)
x = torch.randn(batch_size, seq_len, input_size)  # (N, L, H_in) because batch_first=True
output, h_n = rnn(x)
print(rnn)
print("x      ", tuple(x.shape))
print("output ", tuple(output.shape), "  one hidden state per time step")
print("h_n    ", tuple(h_n.shape), "  the last hidden state, per layer and direction")
# With one layer and one direction, h_n is the output's last time step.
assert torch.equal(output[:, -1, :], h_n[0])

# %% lstm
lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
output, (h_n, c_n) = lstm(x)  # an LSTM also carries a cell state
print("LSTM output", tuple(output.shape), " h_n", tuple(h_n.shape), " c_n", tuple(c_n.shape))

# %% rule
def expected_shapes(num_layers, bidirectional, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size or hidden_size  # an LSTM with proj_size outputs projected states
    output = (batch_size, seq_len, D * H_out)
    h_n = (D * num_layers, batch_size, H_out)
    c_n = (D * num_layers, batch_size, hidden_size)  # the cell state is never projected
    return output, h_n, c_n


print(f"{'layer':4s} {'layers':>6s} {'bidir':>5s} {'proj':>4s}   output        h_n          c_n")
for cls in (nn.RNN, nn.GRU, nn.LSTM):
    for num_layers, bidirectional, proj_size in [(1, False, 0), (2, False, 0), (1, True, 0),
                                                 (3, True, 0), (2, True, 3)]:
        if proj_size and cls is not nn.LSTM:
            continue  # only the LSTM has proj_size
        extra = {"proj_size": proj_size} if proj_size else {}
        layer = cls(input_size, hidden_size, num_layers=num_layers,
                    bidirectional=bidirectional, batch_first=True, **extra)
        output, state = layer(x)
        want_output, want_h, want_c = expected_shapes(num_layers, bidirectional, proj_size)
        assert output.shape == want_output
        if cls is nn.LSTM:
            h_n, c_n = state
            assert h_n.shape == want_h and c_n.shape == want_c
            c_text = str(tuple(c_n.shape))
        else:
            h_n, c_text = state, "-"
            assert h_n.shape == want_h
        print(f"{cls.__name__:5s} {num_layers:6d} {str(bidirectional):>5s} {proj_size:4d}   "
              f"{str(tuple(output.shape)):13s} {str(tuple(h_n.shape)):12s} {c_text}")

# %% not-batch-first
rnn = nn.GRU(input_size, hidden_size)  # batch_first=False, the default
output, h_n = rnn(x.transpose(0, 1))   # so the input is (L, N, H_in)
print("batch_first=False: output", tuple(output.shape), " h_n", tuple(h_n.shape))
assert output.shape == (seq_len, batch_size, hidden_size)
assert h_n.shape == (1, batch_size, hidden_size)  # h_n is (layers, N, H) either way
