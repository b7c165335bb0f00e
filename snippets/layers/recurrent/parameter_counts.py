# %% names
"""The parameters of nn.RNN, nn.LSTM and nn.GRU: their names, shapes and counts by formula."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
input_size, hidden_size = 10, 20

lstm = nn.LSTM(input_size, hidden_size, num_layers=2, bidirectional=True)
for name, param in lstm.named_parameters():
    print(f"{name:24s} {str(tuple(param.shape)):10s} {param.numel():5d}")
print("total", sum(p.numel() for p in lstm.parameters()))

# %% formula
GATES = {nn.RNN: 1, nn.GRU: 3, nn.LSTM: 4}  # LSTM: input, forget, cell, output; GRU: reset, update, new


def count_by_formula(cls, input_size, hidden_size, num_layers, bidirectional, bias=True):
    gates, directions = GATES[cls], 2 if bidirectional else 1
    total = 0
    for layer in range(num_layers):
        layer_input = input_size if layer == 0 else directions * hidden_size  # layer 2 reads both directions
        per_direction = gates * hidden_size * (layer_input + hidden_size)     # weight_ih and weight_hh
        if bias:
            per_direction += 2 * gates * hidden_size                          # bias_ih and bias_hh
        total += directions * per_direction
    return total


print(f"{'layer':5s} {'layers':>6s} {'bidir':>5s} {'bias':>5s} {'formula':>8s} {'PyTorch':>8s}")
for cls in (nn.RNN, nn.GRU, nn.LSTM):
    for num_layers, bidirectional, bias in [(1, False, True), (2, True, True), (3, False, False)]:
        layer = cls(input_size, hidden_size, num_layers=num_layers, bidirectional=bidirectional, bias=bias)
        counted = sum(p.numel() for p in layer.parameters())
        by_formula = count_by_formula(cls, input_size, hidden_size, num_layers, bidirectional, bias)
        assert counted == by_formula
        print(f"{cls.__name__:5s} {num_layers:6d} {str(bidirectional):>5s} {str(bias):>5s} "
              f"{by_formula:8d} {counted:8d}")
