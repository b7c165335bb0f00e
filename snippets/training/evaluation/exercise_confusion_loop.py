"""Exercise: count the confusion matrix with a plain loop and check it against the bincount trick."""
import torch
from torch import nn

from tutorial_data import load_mnist

images, labels = load_mnist("test")  # 8,000 to train on, 2,000 held out
images = images.float() / 255
torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    for batch in torch.randperm(8000).split(64):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images[batch]), labels[batch]).backward()
        optimizer.step()
model.eval()
with torch.no_grad():
    predicted = model(images[8000:]).argmax(dim=1)
true = labels[8000:]

by_loop = torch.zeros(10, 10, dtype=torch.int64)
for t, p in zip(true.tolist(), predicted.tolist()):
    by_loop[t, p] += 1
by_bincount = torch.bincount(true * 10 + predicted, minlength=100).reshape(10, 10)
print("the same matrix:", torch.equal(by_loop, by_bincount))
print("row sums (images per true class):   ", by_loop.sum(dim=1).tolist())
print("column sums (predictions per class):", by_loop.sum(dim=0).tolist())
