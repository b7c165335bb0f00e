"""Sequences of different lengths in one batch: padding, and packing with pack_padded_sequence."""
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
input_size, hidden_size = 2, 4
gru = nn.GRU(input_size, hidden_size, batch_first=True)
torch.set_grad_enabled(False)

sequences = [torch.randn(length, input_size) for length in (5, 3, 2)]
lengths = torch.tensor([len(s) for s in sequences])
padded = pad_sequence(sequences, batch_first=True)  # zeros after each sequence's end
print("padded batch", tuple(padded.shape), " lengths", lengths.tolist())

# The reference: each sequence run on its own, without any padding.
alone = torch.stack([gru(s.unsqueeze(0))[1][0, 0] for s in sequences])

# Run on the padded batch, the GRU also steps through the padding zeros.
_, h_n_padded = gru(padded)
print("h_n from the padded batch differs from running alone:",
      [f"{d:.3f}" for d in (h_n_padded[0] - alone).abs().amax(dim=1).tolist()])

# Packed, each sequence stops at its own length.
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
packed_output, h_n_packed = gru(packed)
print("h_n from the packed batch differs from running alone:",
      [f"{d:.3f}" for d in (h_n_packed[0] - alone).abs().amax(dim=1).tolist()])
assert torch.allclose(h_n_packed[0], alone, atol=1e-6)

output, output_lengths = pad_packed_sequence(packed_output, batch_first=True)
print("unpacked output", tuple(output.shape), " lengths", output_lengths.tolist())
print("output of the length-2 sequence (zeros after step 2):")
print(output[2].round(decimals=3))
assert (output[2, 2:] == 0).all()
