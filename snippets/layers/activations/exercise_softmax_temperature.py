"""Exercise: softmax ignores a constant added to every score, but not a division of the scores."""
import torch

scores = torch.tensor([1.0, 2.0, 4.0])
print("softmax(scores):      ", torch.softmax(scores, dim=0).round(decimals=3))
print("softmax(scores + 100):", torch.softmax(scores + 100, dim=0).round(decimals=3))
assert torch.allclose(torch.softmax(scores, dim=0), torch.softmax(scores + 100, dim=0))

for temperature in (0.25, 1.0, 4.0, 100.0):
    probabilities = torch.softmax(scores / temperature, dim=0)
    print(f"temperature {temperature:6.2f}:", probabilities.round(decimals=3))
