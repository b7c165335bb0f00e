"""Exercise: train one epoch with and without optimizer.zero_grad() and compare the held-out accuracy."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

images, labels = load_mnist("test")  # 8,000 to train on, 2,000 held out
images = images.float() / 255

results = {}
for zero_grad in (True, False):
    torch.manual_seed(0)
    train_loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=64, shuffle=True)
    model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for batch_images, batch_labels in train_loader:
        if zero_grad:
            optimizer.zero_grad()
        nn.functional.cross_entropy(model(batch_images), batch_labels).backward()
        optimizer.step()
    with torch.no_grad():
        accuracy = (model(images[8000:]).argmax(dim=1) == labels[8000:]).float().mean().item()
    grad_norm = torch.nn.utils.get_total_norm([p.grad for p in model.parameters()]).item()
    results[zero_grad] = accuracy, grad_norm
    print(f"zero_grad {'called ' if zero_grad else 'forgotten'}: held-out accuracy {accuracy:.3f}, "
          f"gradient norm at the end {grad_norm:.1f}")

(accuracy_with, norm_with), (accuracy_without, norm_without) = results[True], results[False]
norm_ratio = norm_without / norm_with
