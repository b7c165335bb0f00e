# %% worked
"""CTCLoss on a tiny example, checked by adding up every alignment by hand."""
import itertools
import math

import torch
from torch import nn

symbols = "-ab"  # class 0 is the blank, written "-"; classes 1 and 2 are the letters a and b
# The model's probabilities at each of 3 time steps (rows add up to 1).
probabilities = torch.tensor([[0.2, 0.7, 0.1],
                              [0.5, 0.3, 0.2],
                              [0.3, 0.1, 0.6]])
target = "ab"


def collapse(path):
    """What an alignment reads as: merge repeated symbols, then drop the blanks."""
    merged = [symbol for i, symbol in enumerate(path) if i == 0 or symbol != path[i - 1]]
    return "".join(symbol for symbol in merged if symbol != "-")


# All 3³ = 27 paths through the time steps; CTC adds up the probabilities of those that read "ab".
total = 0.0
for path in itertools.product(range(3), repeat=3):
    text = "".join(symbols[c] for c in path)
    if collapse(text) == target:
        probability = math.prod(probabilities[t, c].item() for t, c in enumerate(path))
        print(f"{text} reads {target!r}: probability {probability:.4f}")
        total += probability
by_hand = -math.log(total)
print(f"sum {total:.4f}, -log(sum) {by_hand:.4f}")

log_probs = probabilities.log().unsqueeze(1)  # (time, batch, classes) = (3, 1, 3): time comes first
targets = torch.tensor([[1, 2]])              # (batch, target length): "ab"
input_lengths, target_lengths = torch.tensor([3]), torch.tensor([2])
ctc_sum = nn.CTCLoss(blank=0, reduction="sum")(log_probs, targets, input_lengths, target_lengths)
ctc_mean = nn.CTCLoss(blank=0)(log_probs, targets, input_lengths, target_lengths)
print(f"CTCLoss(reduction='sum')  {ctc_sum.item():.4f}")
print(f"CTCLoss() (mean)          {ctc_mean.item():.4f}  = sum / target length 2, then the mean over the batch")
assert abs(ctc_sum.item() - by_hand) < 1e-5 and torch.isclose(ctc_mean, ctc_sum / 2)

# %% repeats
# A repeated letter needs a blank between its two copies ("a-a"), so "aa" needs 3 time steps; 2 are too few.
aa = torch.tensor([[1, 1]])
impossible = nn.CTCLoss(reduction="sum")(probabilities[:2].log().unsqueeze(1), aa, torch.tensor([2]), torch.tensor([2]))
possible = nn.CTCLoss(reduction="sum")(log_probs, aa, input_lengths, torch.tensor([2]))
print("'aa' in 2 time steps:", impossible.item())
print(f"'aa' in 3 time steps: {possible.item():.4f}  (only 'a-a': -log(0.7 * 0.5 * 0.1) = {-math.log(0.7 * 0.5 * 0.1):.4f})")
assert math.isinf(impossible.item())

# In a batch with a possible target ("ab"), the impossible one makes the loss inf and its gradients nan.
logits = torch.stack([probabilities[:2].log(), probabilities[1:].log()], dim=1).requires_grad_(True)  # (time 2, batch 2, classes 3)
batch_targets, two_steps = torch.tensor([[1, 1], [1, 2]]), torch.tensor([2, 2])
for zero_infinity in (False, True):
    logits.grad = None
    loss = nn.CTCLoss(zero_infinity=zero_infinity)(logits.log_softmax(dim=2), batch_targets, two_steps, two_steps)
    loss.backward()
    print(f"zero_infinity={zero_infinity}: batch loss {loss.item():.4f}, nan in the gradient: {logits.grad.isnan().any().item()}")
    assert logits.grad.isnan().any() != zero_infinity
