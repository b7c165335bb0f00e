# %% lookup
"""nn.Embedding is a table of vectors, one row per token index; calling it looks rows up."""
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
vocabulary_size, embedding_dim = 11, 4  # the 11 tokens of the vocabulary above
embedding = nn.Embedding(vocabulary_size, embedding_dim)
print(embedding)
print("weight:", tuple(embedding.weight.shape), "one row of", embedding_dim, "numbers per token")

batch = torch.tensor([[2, 6, 4, 5, 2, 8],  # the padded batch of the vocabulary above
                      [7, 1, 10, 2, 3, 0],
                      [7, 3, 0, 0, 0, 0]])
vectors = embedding(batch)
print("indices", tuple(batch.shape), "-> vectors", tuple(vectors.shape))
# Looking up is plain indexing of the weight: the same index gives the same row.
assert torch.equal(vectors, embedding.weight[batch])
assert torch.equal(vectors[0, 0], vectors[0, 4])  # both are "the", index 2
print("embedding(batch) equals embedding.weight[batch]: True")

# %% one-hot
# The same numbers as a matrix product: one-hot rows (batch, length, vocabulary) times the weight.
one_hot = F.one_hot(batch, num_classes=vocabulary_size).float()
print("one-hot", tuple(one_hot.shape), "@ weight", tuple(embedding.weight.shape),
      "->", tuple((one_hot @ embedding.weight).shape))
print("first token's one-hot row:", one_hot[0, 0].int().tolist())
assert torch.allclose(one_hot @ embedding.weight, vectors)
print("one_hot @ weight equals embedding(batch): True")

# So an embedding is a Linear layer without bias on one-hot inputs, whose weight is stored transposed.
linear = nn.Linear(vocabulary_size, embedding_dim, bias=False)
with torch.no_grad():
    linear.weight.copy_(embedding.weight.T)
assert torch.allclose(linear(one_hot), vectors)
print("Linear(11, 4, bias=False) on one-hot rows gives the same vectors: True")

# %% gradient
# The gradient reaches only the rows that were looked up, once per use.
vectors.sum().backward()
print("gradient of each row (all 4 numbers of a row are equal here):", embedding.weight.grad[:, 0].tolist())
uses = torch.bincount(batch.flatten(), minlength=vocabulary_size)
print("times each index occurs in the batch:                      ", uses.tolist())
assert torch.equal(embedding.weight.grad[:, 0], uses.float())
rows_with_gradient = int((embedding.weight.grad != 0).any(dim=1).sum())
