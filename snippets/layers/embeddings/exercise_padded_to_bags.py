"""Exercise: turn a padded batch into the tokens and offsets of nn.EmbeddingBag, and check the means."""
import torch
from torch import nn

torch.manual_seed(0)
PAD = 0
padded = torch.tensor([[2, 6, 4, 5, 2, 8],
                       [7, 1, 10, 2, 3, PAD],
                       [7, 3, PAD, PAD, PAD, PAD]])

is_token = padded != PAD
tokens = padded[is_token]  # row by row, so each sentence's tokens stay together
lengths = is_token.sum(dim=1)
offsets = torch.cat([torch.zeros(1, dtype=torch.long), lengths.cumsum(dim=0)[:-1]])
print("tokens:", tokens.tolist())
print("lengths:", lengths.tolist(), " offsets:", offsets.tolist())

bag = nn.EmbeddingBag(11, 3, mode="mean")
embedding = nn.Embedding.from_pretrained(bag.weight)  # the same rows, to compare
masked_mean = (embedding(padded) * is_token.unsqueeze(-1)).sum(dim=1) / lengths.unsqueeze(-1)
assert torch.allclose(bag(tokens, offsets), masked_mean)
bag_with_padding = nn.EmbeddingBag.from_pretrained(bag.weight, mode="mean", padding_idx=PAD)
assert torch.allclose(bag_with_padding(padded), masked_mean)
print("EmbeddingBag(tokens, offsets) = EmbeddingBag(padded, padding_idx=0) = masked mean: True")
