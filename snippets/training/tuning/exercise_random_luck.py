"""Exercise: was random search lucky? Twenty random searches of 9 trials, each against the same grid."""
import os

import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]


def trial(learning_rate, weight_decay):
    """The trial of the grid/random snippet: 8 epochs of SGD, then the validation accuracy."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9, weight_decay=weight_decay)
    for epoch in range(8):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return (model(x_val).argmax(dim=1) == y_val).float().mean().item()


grid = [(lr, wd) for lr in (1e-4, 1e-2, 1.0) for wd in (1e-6, 1e-4, 1e-2)]
grid_best = max(trial(lr, wd) for lr, wd in grid)

SEARCHES = 20
random_bests = []
for seed in range(SEARCHES):
    generator = torch.Generator().manual_seed(seed)  # one search per seed
    lrs = 10 ** torch.empty(9, dtype=torch.float64).uniform_(-4.0, 0.0, generator=generator)
    wds = 10 ** torch.empty(9, dtype=torch.float64).uniform_(-6.0, -2.0, generator=generator)
    scores = [trial(lr, wd) for lr, wd in zip(lrs.tolist(), wds.tolist())]
    in_good_range = int(((lrs >= 0.015) & (lrs <= 0.2)).sum())  # where the good learning rates are
    random_bests.append((max(scores), lrs[scores.index(max(scores))].item(), in_good_range))

random_wins = sum(best > grid_best for best, *_ in random_bests)
worst_random_best, worst_search_best_lr, worst_search_in_good_range = min(random_bests)
median_random_best = sorted(best for best, *_ in random_bests)[SEARCHES // 2]
print(f"grid best: {grid_best:.1%}")
print("random searches' bests:", " ".join(f"{best:.1%}" for best, *_ in random_bests))
print(f"random search beat the grid in {random_wins} of {SEARCHES} searches; "
      f"median best {median_random_best:.1%}, worst {worst_random_best:.1%}")
print(f"the worst search: {worst_search_in_good_range} of its 9 learning rates between 0.015 and 0.2, "
      f"its best at {worst_search_best_lr:.2e}")
assert random_bests and random_wins < SEARCHES and worst_search_in_good_range == 0
