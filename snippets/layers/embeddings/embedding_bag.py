# %% offsets
"""nn.EmbeddingBag looks rows up and sums, averages or takes the max of each bag, in one call."""
import torch
from torch import nn

torch.manual_seed(0)
bag_of_embeddings = nn.EmbeddingBag(11, 3, mode="mean")
embedding = nn.Embedding(11, 3)
embedding.weight = bag_of_embeddings.weight  # the same table, to compare the two

# Three sentences of lengths 6, 5 and 2, concatenated into one 1-D tensor: no padding needed.
tokens = torch.tensor([2, 6, 4, 5, 2, 8,  7, 1, 10, 2, 3,  7, 3])
offsets = torch.tensor([0, 6, 11])  # where each bag starts in `tokens`
means = bag_of_embeddings(tokens, offsets)
print("tokens", tuple(tokens.shape), "offsets", offsets.tolist(), "-> one vector per bag", tuple(means.shape))

# The same, as an Embedding, then the mean of each bag's vectors.
lengths = torch.diff(offsets, append=torch.tensor([len(tokens)]))
by_hand = torch.stack([bag.mean(dim=0) for bag in embedding(tokens).split(lengths.tolist())])
assert torch.allclose(means, by_hand)
print("bag lengths", lengths.tolist(), "- EmbeddingBag(mode='mean') equals Embedding then mean: True")

for mode, reduce in (("sum", torch.sum), ("max", torch.amax)):
    bags = nn.EmbeddingBag.from_pretrained(embedding.weight, mode=mode)(tokens, offsets)
    assert torch.allclose(bags, torch.stack([reduce(bag, dim=0) for bag in embedding(tokens).split(lengths.tolist())]))
    print(f"mode={mode!r}: equals Embedding then {reduce.__name__}: True")

# %% padded
# A 2-D input is read as bags of equal length; padding_idx leaves the padding out of the mean.
padded = torch.tensor([[2, 6, 4, 5, 2, 8],
                       [7, 1, 10, 2, 3, 0],
                       [7, 3, 0, 0, 0, 0]])
bag_with_padding = nn.EmbeddingBag.from_pretrained(embedding.weight, mode="mean", padding_idx=0)
assert torch.allclose(bag_with_padding(padded), means)
print("padded (3, 6) batch with padding_idx=0 gives the same means as tokens + offsets: True")

# %% weights
# mode="sum" can weight each token, e.g. by how often it occurs or by a tf-idf score.
weights = torch.tensor([0.5, 0.5, 2.0])
weighted = nn.EmbeddingBag.from_pretrained(embedding.weight, mode="sum")(
    torch.tensor([7, 3, 3]), torch.tensor([0]), per_sample_weights=weights)
assert torch.allclose(weighted[0], 0.5 * embedding.weight[7] + 2.5 * embedding.weight[3])
print("per_sample_weights [0.5, 0.5, 2.0] on 'a cat cat': 0.5 · vector(a) + 2.5 · vector(cat): True")
