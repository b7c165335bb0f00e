"""Exercise: clip every gradient with tensor hooks, compared with clip_grad_value_, with and without accumulation."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
BOUND = 0.05
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
batches = [(torch.randn(16, 10), torch.randn(16, 1)) for _ in range(2)]


def gradients(batches, clip_with_hooks):
    """Accumulate the gradients of the batches; clip with hooks (each backward) or once at the end."""
    model.zero_grad(set_to_none=True)
    handles = [p.register_hook(lambda grad: grad.clamp(-BOUND, BOUND))
               for p in model.parameters()] if clip_with_hooks else []
    for x, y in batches:
        F.mse_loss(model(x), y).backward()
    for handle in handles:
        handle.remove()
    if not clip_with_hooks:
        torch.nn.utils.clip_grad_value_(model.parameters(), BOUND)
    return [p.grad.clone() for p in model.parameters()]


one_hooks, one_utility = gradients(batches[:1], True), gradients(batches[:1], False)
same_for_one = all(torch.equal(a, b) for a, b in zip(one_hooks, one_utility))
two_hooks, two_utility = gradients(batches, True), gradients(batches, False)
same_for_two = all(torch.equal(a, b) for a, b in zip(two_hooks, two_utility))
largest_with_hooks = max(g.abs().max().item() for g in two_hooks)
print("one batch:   hooks and clip_grad_value_ give the same gradients:", same_for_one)
print("two batches: the same:", same_for_two,
      f"  largest |gradient| with hooks {largest_with_hooks:.3f}, with clip_grad_value_ "
      f"{max(g.abs().max().item() for g in two_utility):.3f}")
assert same_for_one and not same_for_two
assert largest_with_hooks > BOUND  # each hook clipped one batch's gradient; .grad holds their sum
