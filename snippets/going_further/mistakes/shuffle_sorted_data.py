# %% wrong
"""Training without shuffling on data sorted by class: the model ends up knowing the last class it saw."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

images, labels = load_mnist("test")
images = images.float().flatten(1) / 255
torch.manual_seed(0)
order = torch.randperm(len(labels))
train_idx, test_idx = order[:8000], order[8000:]
by_class = train_idx[labels[train_idx].argsort(stable=True)]  # many datasets come sorted like this
train_set = TensorDataset(images[by_class], labels[by_class])


def train_and_test(shuffle):
    torch.manual_seed(0)
    model = nn.Linear(784, 10)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    loader = DataLoader(train_set, batch_size=64, shuffle=shuffle)
    for batch_images, batch_labels in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(batch_images), batch_labels).backward()
        optimizer.step()
    with torch.no_grad():
        predicted = model(images[test_idx]).argmax(dim=1)
    accuracy = (predicted == labels[test_idx]).float().mean().item()
    first_labels = next(iter(loader))[1]
    print(f"shuffle={shuffle}: classes in the first batch {first_labels.unique().tolist()}")
    print(f"  test accuracy {accuracy:.1%}; predicts 9 for {(predicted == 9).float().mean().item():.0%} of the test images")


train_and_test(shuffle=False)

# %% right
train_and_test(shuffle=True)
