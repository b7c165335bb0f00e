"""Exercise 2: the same fit with nn.Linear, nn.MSELoss and torch.optim.SGD."""
import torch
from torch import nn

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
# nn.Linear expects a batch of feature vectors: shape [N, 1], not [N].
x_train, y_train = x[:90].unsqueeze(1), y[:90].unsqueeze(1)
x_test, y_test = x[90:].unsqueeze(1), y[90:].unsqueeze(1)

model = nn.Linear(1, 1)  # weight plays a, bias plays b
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)
print(f"start: a = {model.weight.item():.4f}, b = {model.bias.item():.4f}")

for step in range(1000):
    loss = loss_fn(model(x_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    test_loss = loss_fn(model(x_test), y_test)
print(f"end:   a = {model.weight.item():.4f}, b = {model.bias.item():.4f}")
print(f"train loss {loss.item():.2f}, test loss {test_loss.item():.2f}")
