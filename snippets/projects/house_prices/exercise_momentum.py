"""Exercise 1: SGD with momentum on the raw sizes, against the slow intercept."""
import torch
from torch import nn

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90].unsqueeze(1), y[:90].unsqueeze(1)
a_start, b_start = torch.randn(1).item(), torch.randn(1).item()

features = torch.cat([x_train, torch.ones_like(x_train)], dim=1)
best_a, best_b = torch.linalg.lstsq(features, y_train).solution.flatten().tolist()
print(f"least squares:  a = {best_a:.4f}, b = {best_b:.4f}")

ends = {}  # momentum -> (a, b) after 1000 steps
for momentum in (0.0, 0.9, 0.99):
    model = nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.fill_(a_start)
        model.bias.fill_(b_start)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=momentum)
    for step in range(1000):
        loss = nn.functional.mse_loss(model(x_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    ends[momentum] = model.weight.item(), model.bias.item()
    print(f"momentum {momentum:4}: a = {ends[momentum][0]:.4f}, b = {ends[momentum][1]:.4f}")

b_share_09 = (ends[0.9][1] - b_start) / (best_b - b_start)  # the part of its way that b covered
a_099, b_099 = ends[0.99]
assert a_start > best_a > a_099, "with momentum 0.99, a swings past its least-squares value"
