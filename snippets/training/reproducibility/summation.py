# %% order
"""Float addition is not associative: the same numbers summed in another order, or by two threads, differ."""
# snippet-threads: 2
import math

import torch

torch.manual_seed(0)  # the same random numbers on every run

# Each addition rounds its result to the nearest float, so where the brackets go matters.
left_first = (0.1 + 0.2) + 0.3
right_first = 0.1 + (0.2 + 0.3)
print(f"(0.1 + 0.2) + 0.3 = {left_first!r}")
print(f"0.1 + (0.2 + 0.3) = {right_first!r}")
assert left_first != right_first

# A million float32 numbers, summed as they are and in a shuffled order, against the exact sum
# (math.fsum adds without rounding until the end).
numbers = torch.randn(1_000_000)
shuffled = numbers[torch.randperm(len(numbers))]
exact = math.fsum(numbers.tolist())
in_order, reordered = numbers.sum().item(), shuffled.sum().item()
print(f"exact sum              {exact:.6f}")
print(f"float32, in order      {in_order:.6f}   error {in_order - exact:+.2e}")
print(f"float32, shuffled      {reordered:.6f}   error {reordered - exact:+.2e}")
order_changes_sum = in_order != reordered
assert order_changes_sum

# %% precision
# float64 rounds too, about 2**29 times more finely: the differences shrink, they do not vanish in principle.
in_order64 = numbers.double().sum().item()
reordered64 = shuffled.double().sum().item()
print(f"float64, in order      {in_order64:.12f}   error {in_order64 - exact:+.2e}")
print(f"float64, shuffled      {reordered64:.12f}   error {reordered64 - exact:+.2e}")
float32_spread, float64_spread = abs(in_order - reordered), abs(in_order64 - reordered64)
assert float64_spread < float32_spread / 1e6

# %% threads
# With two threads, each sums its half and the two halves are added: another order of additions.
# Ten vectors of a million numbers, each summed with 1 thread, with 2, and with 1 and 2 again.
threads_before = torch.get_num_threads()
vectors = [torch.randn(1_000_000) for _ in range(10)]
sums = {1: [], 2: []}
for threads in (1, 2, 1, 2):
    torch.set_num_threads(threads)
    sums[threads].append([vector.sum().item() for vector in vectors])
torch.set_num_threads(threads_before)  # back to what the program had
for threads in (1, 2):
    print(f"{threads} thread(s):", "  ".join(f"{total:.6f}" for total in sums[threads][0][:3]), " ...")
vector_count = len(vectors)
changed = sum(one != two for one, two in zip(sums[1][0], sums[2][0]))
largest_change = max(abs(one - two) for one, two in zip(sums[1][0], sums[2][0]))
repeatable = sums[1][0] == sums[1][1] and sums[2][0] == sums[2][1]
print(f"the thread count changes the sum of {changed} of {vector_count} vectors (by up to {largest_change:.1e});",
      "the same thread count repeats every sum exactly:", repeatable)
assert 0 < changed and repeatable
