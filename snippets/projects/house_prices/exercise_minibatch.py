"""Exercise 2: mini-batches of 10 houses from a DataLoader, on the standardised sizes."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90].unsqueeze(1), y[:90].unsqueeze(1)
mean, std = x_train.mean(), x_train.std()

features = torch.cat([x_train, torch.ones_like(x_train)], dim=1)
best_a, best_b = torch.linalg.lstsq(features, y_train).solution.flatten().tolist()
print(f"least squares: a = {best_a:.4f}, b = {best_b:.4f}")

loader = DataLoader(TensorDataset((x_train - mean) / std, y_train), batch_size=10, shuffle=True)
model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

b_seen = []  # b at every 20th epoch
for epoch in range(100):
    for x_batch, y_batch in loader:  # 9 steps per epoch, each on 10 shuffled houses
        loss = loss_fn(model(x_batch), y_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if (epoch + 1) % 20 == 0:
        with torch.no_grad():  # back to the original units, as on the page
            a = (model.weight / std).item()
            b = (model.bias - model.weight * mean / std).item()
        b_seen.append(b)
        print(f"epoch {epoch + 1:3d} ({(epoch + 1) * len(loader)} steps): a = {a:.4f}, b = {b:.4f}")
b_lowest, b_highest = min(b_seen[1:]), max(b_seen[1:])  # after the first 20 epochs
