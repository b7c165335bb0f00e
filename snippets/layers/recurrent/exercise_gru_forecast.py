"""Exercise: the sine forecast with a GRU instead of an LSTM."""
import torch
from torch import nn

WINDOW, EPOCHS, NOISE, HIDDEN_SIZE = 24, 20, 0.1, 32

torch.manual_seed(0)
time = torch.arange(2000, dtype=torch.float32)
clean = torch.sin(2 * torch.pi * time / 50) + 0.5 * torch.sin(2 * torch.pi * time / 13)
series = clean + NOISE * torch.randn_like(clean)


def make_windows(values):
    windows = values.unfold(0, WINDOW + 1, 1)
    return windows[:, :WINDOW, None], windows[:, WINDOW:]


x_train, y_train = make_windows(series[:1500])
x_test, y_test = make_windows(series[1500:])


class Forecaster(nn.Module):
    def __init__(self, hidden_size):
        super().__init__()
        self.gru = nn.GRU(input_size=1, hidden_size=hidden_size, batch_first=True)  # the only change
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, x):
        output, _ = self.gru(x)
        return self.head(output[:, -1])


model = Forecaster(HIDDEN_SIZE)
print("parameters:", sum(p.numel() for p in model.parameters()), "(the LSTM version has 4513)")
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(EPOCHS):
    for batch in torch.randperm(len(x_train)).split(64):
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

model.eval()
with torch.no_grad():
    gru_mse = loss_fn(model(x_test), y_test).item()
print(f"test MSE, repeat the last value: {loss_fn(x_test[:, -1], y_test).item():.4f}")
print(f"test MSE, GRU:                   {gru_mse:.4f}")
