"""A 10-layer ReLU MLP on 2,000 MNIST digits, trained from three initialisations."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)
images, labels = load_mnist("test")  # offline, only the 10,000 test images: split them
x_train, y_train = images[:2000].flatten(start_dim=1).float() / 255, labels[:2000]
x_test, y_test = images[5000:6000].flatten(start_dim=1).float() / 255, labels[5000:6000]


def deep_mlp(depth=10, width=64):
    layers, size = [], 784
    for _ in range(depth):
        layers += [nn.Linear(size, width), nn.ReLU()]
        size = width
    return nn.Sequential(*layers, nn.Linear(width, 10))


def xavier(module):
    if isinstance(module, nn.Linear):
        nn.init.xavier_normal_(module.weight)
        nn.init.zeros_(module.bias)


def kaiming(module):
    if isinstance(module, nn.Linear):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


def train(init, epochs=3, batch_size=50):
    torch.manual_seed(0)
    model = deep_mlp()
    if init is not None:
        model.apply(init)
    with torch.no_grad():
        # How much the 10 logits vary from image to image before training: the input's trace.
        logit_spread = model(x_train).std(dim=0).mean().item()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    losses = []
    for _ in range(epochs):
        for start in range(0, len(x_train), batch_size):
            loss = nn.functional.cross_entropy(model(x_train[start:start + batch_size]),
                                               y_train[start:start + batch_size])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    with torch.no_grad():
        train_loss = nn.functional.cross_entropy(model(x_train), y_train).item()
        test_accuracy = (model(x_test).argmax(dim=1) == y_test).float().mean().item()
    return losses, train_loss, test_accuracy, logit_spread


runs = {"default": train(None), "xavier_normal_": train(xavier), "kaiming_normal_ (relu)": train(kaiming)}
print(f"{'initialisation':23s} {'logit spread at the start':>25s} {'loss after 120 steps':>21s} {'test accuracy':>14s}")
for name, (losses, train_loss, test_accuracy, logit_spread) in runs.items():
    print(f"{name:23s} {logit_spread:25.1e} {train_loss:21.3f} {test_accuracy:14.1%}")
(_, default_loss, default_accuracy, default_spread), (_, xavier_loss, xavier_accuracy, xavier_spread), \
    (_, kaiming_loss, kaiming_accuracy, kaiming_spread) = runs.values()
assert all(len(losses) == 120 for losses, *_ in runs.values())
assert kaiming_loss < xavier_loss < default_loss

fig, ax = plt.subplots(figsize=(8, 4.5))
for name, (losses, *_) in runs.items():
    # The mean of every 10 batches, to see the trend through the batch-to-batch noise.
    smoothed = torch.tensor(losses).reshape(-1, 10).mean(dim=1)
    ax.plot(range(10, len(losses) + 1, 10), smoothed, label=name)
ax.axhline(torch.log(torch.tensor(10.0)).item(), color="gray", linestyle=":", label="ln 10 (a uniform guess)")
ax.set_title("A 10-layer ReLU MLP on MNIST: the same network, three initialisations")
ax.set_xlabel("step")
ax.set_ylabel("training loss (mean of 10 batches)")
ax.legend()
plt.show()
