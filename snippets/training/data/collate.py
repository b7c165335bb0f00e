"""Batching sequences of different lengths: the default collate fails, a collate_fn that pads works."""
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

torch.manual_seed(0)
# Four "sentences" of token ids (0 is kept free for padding) and a label for each.
sentences = [torch.randint(1, 100, (length,)) for length in (5, 3, 7, 2)]
labels = torch.tensor([1, 0, 1, 0])
dataset = list(zip(sentences, labels))  # a list has __len__ and __getitem__: it is a map-style dataset

try:
    next(iter(DataLoader(dataset, batch_size=4)))
except RuntimeError as error:
    print("default collate:", error)


def pad_batch(items):
    """items is the list of batch_size (sequence, label) pairs that the loader fetched."""
    sequences, labels = zip(*items)
    lengths = torch.tensor([len(sequence) for sequence in sequences])
    padded = pad_sequence(sequences, batch_first=True, padding_value=0)
    return padded, lengths, torch.stack(labels)


padded, lengths, batch_labels = next(iter(DataLoader(dataset, batch_size=4, collate_fn=pad_batch)))
print("padded batch", tuple(padded.shape))
print(padded)
print("lengths", lengths.tolist(), " labels", batch_labels.tolist())
