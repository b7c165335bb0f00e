"""Exercise: the same training with five seeds. How far apart are the test accuracies?"""
import statistics

import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_mnist("test")  # offline, only the 10,000 test images: split them
x_train, y_train = images[:1000].flatten(start_dim=1).float() / 255, labels[:1000]
x_test, y_test = images[5000:7000].flatten(start_dim=1).float() / 255, labels[5000:7000]


def test_accuracy(seed, epochs=3, batch_size=50):
    torch.manual_seed(seed)  # decides the initial weights, the order of the batches and the dropout masks
    model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Dropout(0.2), nn.Linear(64, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(epochs):
        order = torch.randperm(len(x_train))
        for start in range(0, len(x_train), batch_size):
            batch = order[start:start + batch_size]
            loss = nn.functional.cross_entropy(model(x_train[batch]), y_train[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return (model(x_test).argmax(dim=1) == y_test).float().mean().item()


accuracies = [test_accuracy(seed) for seed in range(5)]
for seed, accuracy in enumerate(accuracies):
    print(f"seed {seed}: test accuracy {accuracy:.2%}")
best, worst = max(accuracies), min(accuracies)
mean, spread = statistics.mean(accuracies), statistics.stdev(accuracies)
print(f"mean {mean:.2%}, standard deviation {spread:.2%}, best minus worst {best - worst:.2%}")
assert best - worst > 0.005  # more than half a point between seeds of the very same training
