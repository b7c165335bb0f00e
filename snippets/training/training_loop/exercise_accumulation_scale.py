"""Exercise: accumulate 4 micro-batches without dividing the loss by 4; how far does SGD move, and how far Adam?"""
import copy

import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(64, 20), torch.randint(0, 10, (64,))
start = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 10))

ratios = {}
for optimizer_class, lr in ((torch.optim.SGD, 0.1), (torch.optim.Adam, 1e-3)):
    moves = {}
    for divide in (True, False):
        model = copy.deepcopy(start)
        optimizer = optimizer_class(model.parameters(), lr=lr)
        optimizer.zero_grad()
        for micro_x, micro_y in zip(x.split(16), y.split(16)):
            loss = nn.functional.cross_entropy(model(micro_x), micro_y)
            (loss / 4 if divide else loss).backward()
        optimizer.step()
        moves[divide] = sum((p - q).norm() ** 2 for p, q in zip(model.parameters(), start.parameters())).sqrt().item()
    ratios[optimizer_class.__name__] = moves[False] / moves[True]
    print(f"{optimizer_class.__name__:4s}: step size with / 4 {moves[True]:.5f}, without {moves[False]:.5f}"
          f" (ratio {ratios[optimizer_class.__name__]:.2f})")
sgd_ratio, adam_ratio = ratios["SGD"], ratios["Adam"]
