"""Exercise: where does the gap between the search's validation score and the test score come from?"""
import os

import optuna
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
optuna.logging.set_verbosity(optuna.logging.WARNING)

images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]
x_test, y_test = images[800:2800], labels[800:2800]


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def objective(trial):
    """The Optuna snippet's objective, unchanged, except that it also notes the test accuracy."""
    learning_rate = trial.suggest_float("learning_rate", 1e-4, 1.0, log=True)
    weight_decay = trial.suggest_float("weight_decay", 1e-6, 1e-2, log=True)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9, weight_decay=weight_decay)
    for epoch in range(8):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
        trial.report(accuracy(model, x_val, y_val), step=epoch)
        if trial.should_prune():
            raise optuna.TrialPruned()
    # For this analysis only: the sampler and the pruner never see it, so the search is the same.
    trial.set_user_attr("test_accuracy", accuracy(model, x_test, y_test))
    return accuracy(model, x_val, y_val)


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0),
                            pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=2))
study.optimize(objective, n_trials=30)
completed = study.get_trials(states=[optuna.trial.TrialState.COMPLETE])
completed_count = len(completed)
val_scores = torch.tensor([t.value for t in completed])
test_scores = torch.tensor([t.user_attrs["test_accuracy"] for t in completed])

best = study.best_trial
best_gap = best.value - best.user_attrs["test_accuracy"]
# The same models on two splits: how much higher the validation split scores them, on average.
split_difference = (val_scores - test_scores).mean().item()
selection_part = best_gap - split_difference
best_gap_points, split_difference_points, selection_part_points = (
    100 * best_gap, 100 * split_difference, 100 * selection_part)  # in percentage points
higher_on_val = int((val_scores > test_scores).sum())
test_rank = int((test_scores > best.user_attrs["test_accuracy"]).sum()) + 1
best_test_of_all = test_scores.max().item()
print(f"best trial {best.number}: validation {best.value:.1%}, test {best.user_attrs['test_accuracy']:.1%}, "
      f"gap {best_gap_points:.1f} points")
print(f"{higher_on_val} of {completed_count} completed trials score higher on validation than on test; "
      f"on average by {split_difference_points:.1f} points")
print(f"what is left for the choice itself: {selection_part_points:.1f} points")
print(f"the chosen trial ranks {test_rank} of {completed_count} on the test split")
assert abs(selection_part) < abs(split_difference)
