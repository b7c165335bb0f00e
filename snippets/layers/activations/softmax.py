# %% dim
"""Softmax turns scores into probabilities along one dimension, and which one matters."""
import torch
from torch import nn

scores = torch.tensor([[1.0, 2.0, 3.0],
                       [2.0, 4.0, 8.0]])
along_rows = torch.softmax(scores, dim=1)  # each row: one sample's scores over 3 classes
along_columns = torch.softmax(scores, dim=0)
print("softmax(dim=1):\n", along_rows.round(decimals=4))
print("sums along dim 1:", along_rows.sum(dim=1))
print("softmax(dim=0):\n", along_columns.round(decimals=4))
print("sums along dim 0:", along_columns.sum(dim=0))
assert torch.allclose(nn.Softmax(dim=1)(scores), along_rows)
assert torch.allclose(torch.softmax(scores, dim=-1), along_rows)  # -1: the last dim

# %% stable
large = torch.tensor([1000.0, 1001.0, 1002.0])
naive = large.exp() / large.exp().sum()
print("naive exp(x) / sum(exp(x)):", naive)
print("torch.softmax:             ", torch.softmax(large, dim=0))
# Softmax does not change when a constant is subtracted, so torch subtracts the maximum first.
shifted = large - large.max()
print("naive on x - max(x):       ", shifted.exp() / shifted.exp().sum())

# %% log
logits = torch.tensor([[0.0, 200.0, -5.0]])
print("log(softmax(x)):", torch.log(torch.softmax(logits, dim=1)))
print("log_softmax(x): ", torch.log_softmax(logits, dim=1))
print("softmin(x):     ", nn.Softmin(dim=1)(logits))
assert torch.allclose(nn.Softmin(dim=1)(logits), torch.softmax(-logits, dim=1))

# CrossEntropyLoss applies log_softmax itself: give it raw scores (logits), not probabilities.
torch.manual_seed(0)
batch_logits, targets = torch.randn(4, 10), torch.tensor([3, 1, 0, 7])
cross_entropy = nn.CrossEntropyLoss()(batch_logits, targets)
nll_of_log_softmax = nn.NLLLoss()(nn.LogSoftmax(dim=1)(batch_logits), targets)
print(f"CrossEntropyLoss(logits)          = {cross_entropy:.4f}")
print(f"NLLLoss(LogSoftmax(logits))       = {nll_of_log_softmax:.4f}")
print(f"CrossEntropyLoss(softmax(logits)) = {nn.CrossEntropyLoss()(batch_logits.softmax(dim=1), targets):.4f}  (wrong)")
assert torch.allclose(cross_entropy, nll_of_log_softmax)
