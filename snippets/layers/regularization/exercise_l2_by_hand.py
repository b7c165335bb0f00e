"""Exercise: adding 0.5 * wd * ||w||² to the loss gives the same SGD steps as SGD(weight_decay=wd)."""
import torch
from torch import nn

weight_decay = 0.1
torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)

weights = {}
for penalty_in_loss in (True, False):
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1,
                                weight_decay=0.0 if penalty_in_loss else weight_decay)
    for step in range(5):
        loss = nn.functional.mse_loss(model(x), y)
        if penalty_in_loss:  # the gradient of 0.5 * wd * w² is wd * w
            loss = loss + 0.5 * weight_decay * sum((p ** 2).sum() for p in model.parameters())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    weights[penalty_in_loss] = model.weight.detach()
    print("penalty in the loss:" if penalty_in_loss else "SGD(weight_decay): ", weights[penalty_in_loss])
print("same weights:", torch.allclose(weights[True], weights[False]))
