"""momentum=0.1 is an exponential moving average; momentum=None is the plain average of all batches."""
import torch
from torch import nn

exponential = nn.BatchNorm1d(1, momentum=0.1)
cumulative = nn.BatchNorm1d(1, momentum=None)

# Three batches of one feature with means exactly 2, 4 and 6 (and unbiased variance 2).
batches = [torch.tensor([[mean - 1.0], [mean + 1.0]]) for mean in (2.0, 4.0, 6.0)]
expected_exponential, batch_means, exponential_means = 0.0, [], []
for step, batch in enumerate(batches, start=1):
    exponential(batch)
    cumulative(batch)
    batch_means.append(batch.mean().item())
    exponential_means.append(exponential.running_mean.item())
    # running = (1 − momentum)·running + momentum·batch_stat
    expected_exponential = 0.9 * expected_exponential + 0.1 * batch_means[-1]
    expected_cumulative = sum(batch_means) / len(batch_means)
    print(f"batch {step} (mean {batch_means[-1]:.0f}): "
          f"momentum=0.1 running_mean {exponential.running_mean.item():.4f}   "
          f"momentum=None running_mean {cumulative.running_mean.item():.4f}")
    assert abs(exponential.running_mean.item() - expected_exponential) < 1e-6
    assert abs(cumulative.running_mean.item() - expected_cumulative) < 1e-6

after_one, after_two, after_three = exponential_means  # momentum=0.1's running mean after each batch
print("num_batches_tracked:", cumulative.num_batches_tracked.item())
print(f"running_var: momentum=0.1 {exponential.running_var.item():.4f}, "
      f"momentum=None {cumulative.running_var.item():.4f}")
