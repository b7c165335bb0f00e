# %% row
"""padding_idx: the padding row starts at zero, never receives a gradient, and so never moves."""
import torch
from torch import nn

torch.manual_seed(0)
PAD = 0
embedding = nn.Embedding(11, 3, padding_idx=PAD)
print("row 0 (padding) at the start:", embedding.weight[PAD].tolist())
print("row 2 at the start:          ", [round(x, 4) for x in embedding.weight[2].tolist()])

batch = torch.tensor([[2, 6, 4, 5, 2, 8],
                      [7, 1, 10, 2, 3, PAD],
                      [7, 3, PAD, PAD, PAD, PAD]])
vectors = embedding(batch)
print("the vectors of the padding positions are zero:", bool((vectors[batch == PAD] == 0).all()))

# Train a few steps on a loss that pulls every position towards 1, padding included.
optimizer = torch.optim.SGD(embedding.parameters(), lr=0.05, weight_decay=0.01)
for step in range(3):
    optimizer.zero_grad()
    loss = (embedding(batch) - 1).pow(2).sum()
    loss.backward()
    optimizer.step()
print("gradient of row 0:", embedding.weight.grad[PAD].tolist(), " of row 2:",
      [round(x, 4) for x in embedding.weight.grad[2].tolist()])
print("row 0 after 3 steps:", embedding.weight[PAD].tolist())
print("row 2 after 3 steps:", [round(x, 4) for x in embedding.weight[2].tolist()])
assert (embedding.weight[PAD] == 0).all()

# The row is not locked, only left out of the gradient: you may set it yourself.
with torch.no_grad():
    embedding.weight[PAD] = torch.tensor([9.0, 9.0, 9.0])
print("after setting row 0 by hand:", embedding(torch.tensor([PAD])).tolist())

# %% mean
# A zero vector still counts in a plain mean: dividing by the padded length shrinks short sentences.
embedding = nn.Embedding(11, 3, padding_idx=PAD)
vectors = embedding(batch)
plain_mean = vectors.mean(dim=1)
is_token = (batch != PAD).unsqueeze(-1)  # (batch, length, 1): True where there is a real token
masked_mean = (vectors * is_token).sum(dim=1) / is_token.sum(dim=1)
print("sentence 'a cat' (2 tokens, 4 pads):")
print("  plain mean over 6 positions:", [round(x, 4) for x in plain_mean[2].tolist()])
print("  mean over its 2 tokens:     ", [round(x, 4) for x in masked_mean[2].tolist()])
assert torch.allclose(plain_mean[2] * 6 / 2, masked_mean[2])
