# %% freeze
"""nn.Embedding.from_pretrained: start from vectors trained elsewhere, frozen or not."""
import torch
from torch import nn

torch.manual_seed(0)
# Stand-in for vectors loaded from a file (word2vec, GloVe, or a model of your own): 11 words, 4 numbers each.
pretrained = torch.randn(11, 4)

frozen = nn.Embedding.from_pretrained(pretrained)  # freeze=True is the default
trainable = nn.Embedding.from_pretrained(pretrained.clone(), freeze=False)
print("freeze=True: weight.requires_grad =", frozen.weight.requires_grad)
print("freeze=False: weight.requires_grad =", trainable.weight.requires_grad)

# One training step of a small model on top of each: only the head moves when the embedding is frozen.
batch, targets = torch.tensor([[2, 6, 4], [7, 3, 10]]), torch.tensor([0, 1])
for embedding in (frozen, trainable):
    model = nn.Sequential(embedding, nn.Flatten(), nn.Linear(3 * 4, 2))
    words_before = embedding.weight.detach().clone()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # every parameter: a frozen one is skipped
    nn.functional.cross_entropy(model(batch), targets).backward()
    optimizer.step()
    changed = int((embedding.weight != words_before).any(dim=1).sum())
    print(f"freeze={not embedding.weight.requires_grad!s:5}: weight.grad is "
          f"{'None' if embedding.weight.grad is None else 'a tensor'}, {changed} rows changed by the step")
assert torch.equal(frozen.weight, pretrained)

# Unfreezing later, for fine-tuning, is one flag (the optimizer must hold the weight, as above).
frozen.weight.requires_grad_(True)
print("after requires_grad_(True): trainable =", frozen.weight.requires_grad)

# %% shared
# from_pretrained does not copy: the layer's weight is the tensor you passed, so training changes it.
vectors = torch.randn(11, 4)
original = vectors.clone()
embedding = nn.Embedding.from_pretrained(vectors, freeze=False)
print("same memory as the tensor passed in:", embedding.weight.data_ptr() == vectors.data_ptr())
optimizer = torch.optim.SGD(embedding.parameters(), lr=1.0)
embedding(torch.tensor([3])).sum().backward()
optimizer.step()
print("`vectors` is unchanged after a training step:", torch.equal(vectors, original))
print("rows of `vectors` that the step changed:", (vectors != original).any(dim=1).nonzero().flatten().tolist())

# padding_idx given to from_pretrained keeps that row's gradient at zero, but does not zero the row.
embedding = nn.Embedding.from_pretrained(torch.randn(11, 4), padding_idx=0)
print("row 0 with padding_idx=0:", [round(x, 4) for x in embedding.weight[0].tolist()])
