"""Exercise 1: the 9 x 9 multiplication table by broadcasting, without a loop."""
import torch

numbers = torch.arange(1, 10)
table = numbers.unsqueeze(1) * numbers.unsqueeze(0)  # (9, 1) * (1, 9) -> (9, 9)
print(table)
print("table[6, 7], that is 7 x 8:", table[6, 7].item())
assert table.shape == (9, 9) and table[6, 7].item() == 56
