"""Forecast a noisy sum of two sine waves from its previous 24 values with an LSTM."""
import os

import matplotlib.pyplot as plt
import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

WINDOW = 24         # how many past values the model sees
EPOCHS = 20         # raise for a better fit
NOISE = 0.1         # standard deviation of the noise added to every value
HIDDEN_SIZE = 32

torch.manual_seed(0)
time = torch.arange(2000, dtype=torch.float32)
clean = torch.sin(2 * torch.pi * time / 50) + 0.5 * torch.sin(2 * torch.pi * time / 13)
series = clean + NOISE * torch.randn_like(clean)


def make_windows(values):
    windows = values.unfold(0, WINDOW + 1, 1)             # every stretch of WINDOW + 1 values
    return windows[:, :WINDOW, None], windows[:, WINDOW:]  # inputs (N, L, 1), targets (N, 1)


split = 1500  # train on the first 1500 values, test on the 500 after them
x_train, y_train = make_windows(series[:split])
x_test, y_test = make_windows(series[split:])
print("train windows", tuple(x_train.shape), " test windows", tuple(x_test.shape))


class Forecaster(nn.Module):
    def __init__(self, hidden_size):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden_size, batch_first=True)
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, x):
        output, _ = self.lstm(x)
        return self.head(output[:, -1])  # predict from the state after the last value


model = Forecaster(HIDDEN_SIZE).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
x_train, y_train = x_train.to(device), y_train.to(device)

for epoch in range(EPOCHS):
    order = torch.randperm(len(x_train), device=device)
    epoch_loss = 0.0
    for batch in order.split(64):
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item() * len(batch)
    if epoch % 5 == 4:
        print(f"epoch {epoch + 1:2d}: mean training loss {epoch_loss / len(x_train):.4f}")

model.eval()
with torch.no_grad():
    prediction = model(x_test.to(device)).cpu()
lstm_mse = loss_fn(prediction, y_test).item()
naive_mse = loss_fn(x_test[:, -1], y_test).item()  # "tomorrow is like today"
print(f"test MSE, repeat the last value: {naive_mse:.4f}")
print(f"test MSE, LSTM:                  {lstm_mse:.4f}")
print(f"noise variance (no forecast can beat it on noisy targets): {NOISE ** 2:.4f}")
assert lstm_mse < naive_mse / 2

# Auto-regressive forecast: feed each prediction back in as the newest value.
HORIZON = 100
history = series[split:split + WINDOW].tolist()
with torch.no_grad():
    for _ in range(HORIZON):
        recent = torch.tensor(history[-WINDOW:]).view(1, WINDOW, 1).to(device)
        history.append(model(recent).item())
future = torch.tensor(history[WINDOW:])
truth = clean[split + WINDOW:split + WINDOW + HORIZON]
print(f"{HORIZON}-step auto-regressive forecast, MSE against the clean signal: "
      f"{(future - truth).pow(2).mean().item():.4f}")

shown = 150
steps = time[split + WINDOW:split + WINDOW + shown].numpy()
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
ax1.plot(steps, y_test[:shown, 0].numpy(), ".", color="gray", markersize=4, label="noisy truth")
ax1.plot(steps, prediction[:shown, 0].numpy(), label="LSTM, one step ahead")
ax1.set_title("One step ahead, from 24 true values")
ax2.plot(steps[:HORIZON], truth.numpy(), color="gray", label="clean signal")
ax2.plot(steps[:HORIZON], future.numpy(), label="LSTM, own predictions fed back")
ax2.set_title(f"{HORIZON} steps ahead, auto-regressive")
for ax in (ax1, ax2):
    ax.set_xlabel("time step")
    ax.set_ylim(-1.8, 2.3)  # leaves room for the legend above the curves
    ax.legend(loc="upper center", ncol=2, fontsize="small")
ax1.set_ylabel("value")
fig.suptitle("LSTM forecast of a noisy sum of two sines (test part of the series)")
fig.tight_layout()
plt.show()
