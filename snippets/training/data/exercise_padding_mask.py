"""Exercise 3: a collate_fn that also returns a padding mask, used to average each sequence without its padding."""
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

torch.manual_seed(0)  # the same random numbers on every run
sequences = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0])]


def pad_with_mask(items):
    padded = pad_sequence(items, batch_first=True, padding_value=0.0)
    lengths = torch.tensor([len(item) for item in items])
    mask = torch.arange(padded.shape[1]) < lengths[:, None]  # True where a real value sits
    return padded, mask


padded, mask = next(iter(DataLoader(sequences, batch_size=3, collate_fn=pad_with_mask)))
print(padded)
print(mask)
print("mean with the padding:   ", [round(value, 3) for value in padded.mean(dim=1).tolist()])
print("mean without the padding:", [round(value, 3) for value in ((padded * mask).sum(dim=1) / mask.sum(dim=1)).tolist()])
