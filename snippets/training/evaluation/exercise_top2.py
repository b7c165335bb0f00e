"""Exercise: top-2 accuracy counts a prediction as right when the true class is among the two highest scores."""
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
    scores = model(images[8000:])
true = labels[8000:]

top_k_accuracy = {}
for k in (1, 2, 3):
    top_k = scores.topk(k, dim=1).indices  # (2000, k): the k best classes of each image
    hit = (top_k == true.unsqueeze(1)).any(dim=1)
    top_k_accuracy[k] = hit.float().mean().item()
    print(f"top-{k} accuracy: {top_k_accuracy[k]:.4f}")

top1, top2 = top_k_accuracy[1], top_k_accuracy[2]
second_place = (top2 - top1) / (1 - top1)  # the share of the top-1 mistakes whose true class came second
print(f"of the top-1 mistakes, {second_place:.0%} have the true class in second place")
