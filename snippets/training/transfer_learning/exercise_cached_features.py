"""Exercise: with a frozen body in eval mode, compute the features once and train the head on them."""
# snippet-timing: ^time
import time

import torch
from torch import nn
from torchvision.models import resnet18

from tutorial_data import load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_cifar10("test")
images, labels = images[::20], labels[::20]  # 500 images, 50 of each class
# ImageNet's statistics, as ResNet18_Weights.DEFAULT.transforms() would use; the 32 × 32 images
# stay at their size to keep this quick (the network accepts any size from 1 × 1).
mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
x = (images.float() / 255 - mean) / std

body = resnet18(weights=None)  # stands in for the pretrained network; nothing is downloaded
body.fc = nn.Identity()        # the body now returns the 512 features the head would get
body.requires_grad_(False)
body.eval()                    # frozen BatchNorm: the body computes a fixed function of the image


def train_head(features_of, steps=40, batch_size=50):
    torch.manual_seed(0)
    head = nn.Linear(512, 10)
    optimizer = torch.optim.SGD(head.parameters(), lr=0.1)
    generator = torch.Generator().manual_seed(1)
    for _ in range(steps):
        batch = torch.randint(len(x), (batch_size,), generator=generator)
        loss = nn.functional.cross_entropy(head(features_of(batch)), labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return head


start = time.perf_counter()
through_body = train_head(lambda batch: body(x[batch]))  # 40 steps × 50 images through the body
seconds_through_body = time.perf_counter() - start

start = time.perf_counter()
with torch.no_grad():
    cached = torch.cat([body(chunk) for chunk in x.split(100)])  # each image through the body once
on_cache = train_head(lambda batch: cached[batch])
seconds_on_cache = time.perf_counter() - start

print(f"cached features: {tuple(cached.shape)}")
same_head = torch.allclose(through_body.weight, on_cache.weight, atol=1e-5)
print("the two heads are the same:", same_head)
assert same_head
print(f"time through the body {seconds_through_body:.2f} s, on cached features {seconds_on_cache:.2f} s")
