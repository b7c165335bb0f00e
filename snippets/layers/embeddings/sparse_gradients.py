"""sparse=True: the gradient of a large table holds only the rows a batch used."""
import torch
from torch import nn

torch.manual_seed(0)
vocabulary_size, embedding_dim = 100_000, 64
batch = torch.randint(0, vocabulary_size, (32, 20))  # 32 sentences of 20 tokens: at most 640 rows used

dense = nn.Embedding(vocabulary_size, embedding_dim)
dense(batch).sum().backward()
print("dense gradient: ", dense.weight.grad.layout, tuple(dense.weight.grad.shape),
      f"{dense.weight.grad.numel():,} numbers")

sparse = nn.Embedding(vocabulary_size, embedding_dim, sparse=True)
sparse(batch).sum().backward()
gradient = sparse.weight.grad.coalesce()  # add up the entries of a row used several times
print("sparse gradient:", gradient.layout, tuple(gradient.shape),
      f"{gradient.values().numel():,} numbers in {len(gradient.indices()[0])} rows")
assert torch.equal(gradient.to_dense(), dense.weight.grad)  # the same gradient, stored differently
dense_numbers, sparse_numbers = dense.weight.grad.numel(), gradient.values().numel()

# Only some optimizers accept sparse gradients. Those that do update only the rows in it.
before = sparse.weight.detach().clone()
for optimizer_class in (torch.optim.SGD, torch.optim.SparseAdam, torch.optim.Adam, torch.optim.AdamW):
    try:
        optimizer_class(sparse.parameters(), lr=0.01).step()
        print(f"{optimizer_class.__name__:10} accepts it")
    except RuntimeError as error:
        print(f"{optimizer_class.__name__:10} RuntimeError: {error}")
rows_changed = int((sparse.weight != before).any(dim=1).sum())
print(f"rows changed by the steps: {rows_changed:,} of {vocabulary_size:,}")
