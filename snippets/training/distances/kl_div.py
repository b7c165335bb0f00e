# %% worked
"""KLDivLoss: log-probabilities in, probabilities as the target, reduction='batchmean'; checked against the formula."""
import warnings

import torch
from torch import nn

# Two samples, three classes. p is the target distribution, q the model's.
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.1, 0.8]])
q = torch.tensor([[0.5, 0.3, 0.2],
                  [0.2, 0.2, 0.6]])
batch_size = len(p)

# KL(p || q) = sum over classes of p * log(p / q), one number per sample; the batch's KL is their mean.
per_sample = (p * (p / q).log()).sum(dim=1)
print("KL(p || q) of each sample, by hand:", [round(value, 4) for value in per_sample.tolist()])
kl_by_hand = per_sample.mean().item()

# The input is the model's LOG-probabilities, the target plain probabilities: input first, as in every loss.
kl = nn.KLDivLoss(reduction="batchmean")(q.log(), p)
print(f"KLDivLoss(q.log(), p), batchmean:       {kl.item():.4f}   by hand {kl_by_hand:.4f}")
assert abs(kl.item() - kl_by_hand) < 1e-6
# log_target=True takes the target as log-probabilities too (more accurate when they are tiny).
kl_log_target = nn.KLDivLoss(reduction="batchmean", log_target=True)(q.log(), p.log())
print(f"KLDivLoss(q.log(), p.log(), log_target=True): {kl_log_target.item():.4f}")
assert torch.isclose(kl_log_target, kl)

# Element by element, the loss is target * (log target - input): 'sum' adds them up, 'batchmean' divides by the batch.
elements = nn.KLDivLoss(reduction="none")(q.log(), p)
print("reduction='none' gives shape", tuple(elements.shape), "  sum / batch size:", round(elements.sum().item() / batch_size, 4))

# %% mean
# 'mean' divides by every element, batch x classes, so it is KL / 3 here, and PyTorch warns about it.
with warnings.catch_warnings(record=True) as caught:  # the snippets run with warnings as errors
    warnings.simplefilter("always")
    mean = nn.KLDivLoss(reduction="mean")(q.log(), p)
    default = nn.KLDivLoss()(q.log(), p)  # 'mean' is the default
print(f"reduction='mean':  {mean.item():.4f}  = batchmean / {kl.item() / mean.item():.0f} classes")
print(f"the default:       {default.item():.4f}")
print(f"{len(caught)} warnings, e.g.: {str(caught[0].message).split('.')[0]}")
mean_ratio = kl.item() / mean.item()
assert torch.isclose(mean * p.shape[1], kl) and torch.equal(default, mean)

# %% mistakes
# Mistake 1: the arguments swapped. This is KL(q || p), another number: KL is not symmetric.
swapped = nn.KLDivLoss(reduction="batchmean")(p.log(), q)
# Mistake 2: probabilities where log-probabilities belong. No error, and the result can even be negative.
probabilities_in = nn.KLDivLoss(reduction="batchmean")(q, p)
print(f"right:                   KLDivLoss(q.log(), p) = {kl.item():.4f}")
print(f"arguments swapped:       KLDivLoss(p.log(), q) = {swapped.item():.4f}  (KL(q || p))")
print(f"probabilities as input:  KLDivLoss(q, p)       = {probabilities_in.item():.4f}")
assert not torch.isclose(swapped, kl) and probabilities_in < 0

# A model that matches p exactly must score 0; with probabilities as the input it does not.
perfect_right = nn.KLDivLoss(reduction="batchmean")(p.log(), p)
perfect_probabilities_in = nn.KLDivLoss(reduction="batchmean")(p, p)
print(f"q = p, right: {perfect_right.item():.4f}   q = p, probabilities as input: {perfect_probabilities_in.item():.4f}")
assert perfect_right.abs() < 1e-6 and perfect_probabilities_in.abs() > 0.1
