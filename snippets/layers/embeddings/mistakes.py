# %% out-of-range
"""Mistakes with nn.Embedding, each shown by running it."""
import torch
from torch import nn

torch.manual_seed(0)
# The table has rows 0 to 10. A word added to the vocabulary later gets index 11: there is no row 11.
embedding = nn.Embedding(11, 3)
try:
    embedding(torch.tensor([2, 6, 11]))
except IndexError as error:
    print("IndexError:", error)
print("largest index allowed:", embedding.num_embeddings - 1)

# %% float-indices
# Indices must be integers (int64 or int32). Token ids that went through a float tensor are refused.
token_ids = torch.tensor([2.0, 6.0, 4.0])
try:
    embedding(token_ids)
except RuntimeError as error:
    print("RuntimeError:", error)
print("after .long():", tuple(embedding(token_ids.long()).shape))

# %% random-init
# An untrained embedding is random numbers: which word is "closest" to cat is a matter of the seed.
vocabulary = ["<pad>", "<unk>", "the", "cat", "sat", "on", "dog", "a", "mat", "log", "saw"]
for seed in (0, 1, 2):
    torch.manual_seed(seed)
    untrained = nn.Embedding(len(vocabulary), 50)
    similarity = nn.functional.cosine_similarity(untrained.weight[3], untrained.weight, dim=1)
    similarity[3] = -1  # leave cat itself out
    print(f"seed {seed}: nearest word to 'cat' is {vocabulary[similarity.argmax()]!r}"
          f" (cosine similarity {similarity.max().item():.3f})")
print("the rows are N(0, 1) numbers: mean", f"{untrained.weight.mean().item():+.3f},",
      "standard deviation", f"{untrained.weight.std().item():.3f}")

# %% max-norm
# max_norm rescales every row it looks up to a norm of at most max_norm, in the weight itself.
torch.manual_seed(0)
embedding = nn.Embedding(5, 3, max_norm=1.0)
print("row norms before:", [round(n, 3) for n in embedding.weight.norm(dim=1).tolist()])
embedding(torch.tensor([1, 2]))  # a forward pass only: no optimizer step
print("row norms after looking up rows 1 and 2:", [round(n, 3) for n in embedding.weight.norm(dim=1).tolist()])

# Because the weight changes in place, using the weight in the graph *before* the lookup breaks backward.
torch.manual_seed(0)
embedding = nn.Embedding(5, 3, max_norm=1.0)
projection = torch.randn(4, 3, requires_grad=True)
scores_of_all_rows = embedding.weight @ projection.T  # needs the weight as it is now for backward
looked_up = embedding(torch.tensor([1, 2]))  # ...but this rewrites rows 1 and 2
try:
    (scores_of_all_rows.sum() + looked_up.sum()).backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". Hint")[0])

# The fix from the documentation: use a clone of the weight before the lookup.
embedding = nn.Embedding(5, 3, max_norm=1.0)
scores_of_all_rows = embedding.weight.clone() @ projection.T
looked_up = embedding(torch.tensor([1, 2]))
(scores_of_all_rows.sum() + looked_up.sum()).backward()
print("with weight.clone(): backward works, weight.grad", tuple(embedding.weight.grad.shape))
