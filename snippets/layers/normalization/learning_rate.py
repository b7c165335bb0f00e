"""BatchNorm lets a deep MLP train at a learning rate that stalls the same MLP without it."""
import torch
from torch import nn

from tutorial_data import load_mnist

images, labels = load_mnist("test")
x, y = images[:2000].flatten(start_dim=1).float() / 255, labels[:2000]


def mlp(batch_norm):
    """Four hidden layers of 64 units, with or without BatchNorm before each ReLU."""
    layers, size = [], 784
    for _ in range(4):
        layers += [nn.Linear(size, 64), *([nn.BatchNorm1d(64)] if batch_norm else []), nn.ReLU()]
        size = 64
    return nn.Sequential(*layers, nn.Linear(64, 10))


def loss_after_training(batch_norm, learning_rate, epochs=3):
    torch.manual_seed(0)  # the same initial weights for every run
    model = mlp(batch_norm)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    for _ in range(epochs):
        for start in range(0, len(x), 100):
            loss = nn.functional.cross_entropy(model(x[start:start + 100]), y[start:start + 100])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


plain_loss_low, plain_loss_high = loss_after_training(False, 0.5), loss_after_training(False, 2.0)
batchnorm_loss_low, batchnorm_loss_high = loss_after_training(True, 0.5), loss_after_training(True, 2.0)
print(f"without BatchNorm: loss after 3 epochs {plain_loss_low:.3f} at lr 0.5, {plain_loss_high:.3f} at lr 2")
print(f"with BatchNorm:    loss after 3 epochs {batchnorm_loss_low:.3f} at lr 0.5, {batchnorm_loss_high:.3f} at lr 2")
assert plain_loss_high > plain_loss_low, "the larger learning rate should hurt the MLP without BatchNorm"
assert batchnorm_loss_high < plain_loss_high, "BatchNorm should train at the larger learning rate"
