# %% reference
"""Mistakes with early stopping and searches: an uncopied state_dict, the wrong loss, a linear scale, Optuna's pruner and plots."""
import copy
import math
import os
import warnings

import matplotlib.pyplot as plt
import optuna
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The splits and the model of the early-stopping snippet.
images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]


def mean_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


def train(epochs, keep_best):
    """Train for a fixed number of epochs; keep_best(model) is called at every new best validation loss."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = {"train": [], "validation": []}
    for epoch in range(epochs):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
        history["train"].append(mean_loss(model, x_train, y_train))
        history["validation"].append(mean_loss(model, x_val, y_val))
        if history["validation"][-1] == min(history["validation"]):
            best = keep_best(model)
    return model, history, best


# Keeping the best weights without a copy: state_dict() holds references to the live tensors,
# so every later optimizer step changes the "best" weights too.
model, history, best_state = train(40, keep_best=lambda model: model.state_dict())
model.load_state_dict(best_state)
print(f"best validation loss {min(history['validation']):.4f}, last {history['validation'][-1]:.4f}, "
      f"after 'restoring' the best: {mean_loss(model, x_val, y_val):.4f}")
assert mean_loss(model, x_val, y_val) == history["validation"][-1] != min(history["validation"])

# With a copy, the best weights stay as they were.
model, history, best_state = train(40, keep_best=lambda model: copy.deepcopy(model.state_dict()))
model.load_state_dict(best_state)
print(f"with copy.deepcopy: restored {mean_loss(model, x_val, y_val):.4f}")
assert mean_loss(model, x_val, y_val) == min(history["validation"])


# %% training-loss
def stopping_epoch(losses, patience=10):
    """The epoch at which the early-stopping rule would stop on these losses, or None."""
    best, waited = math.inf, 0
    for epoch, loss in enumerate(losses, start=1):
        best, waited = (loss, 0) if loss < best else (best, waited + 1)
        if waited == patience:
            return epoch
    return None


# The same 40 epochs: the training loss keeps falling, so a rule watching it never fires
# and the model ends wherever the epoch budget runs out.
print("stopping on the validation loss:", stopping_epoch(history["validation"]))
print("stopping on the training loss:  ", stopping_epoch(history["train"]))
assert stopping_epoch(history["train"]) is None and stopping_epoch(history["validation"]) is not None

# %% linear-scale
torch.manual_seed(0)
# Learning rates from 1e-4 to 1, drawn uniformly: almost all land in the last decade.
uniform = torch.empty(10_000).uniform_(1e-4, 1.0)
log_uniform = 10 ** torch.empty(10_000).uniform_(-4.0, 0.0)
uniform_below_1e2 = (uniform < 1e-2).float().mean().item()
log_uniform_below_1e2 = (log_uniform < 1e-2).float().mean().item()
print(f"learning rates below 0.01: drawn uniformly {uniform_below_1e2:.1%}, on a log scale {log_uniform_below_1e2:.1%}")
print("a grid of 3 with linspace:", [f"{lr:.4g}" for lr in torch.linspace(1e-4, 1.0, 3).tolist()])
print("a grid of 3 with logspace:", [f"{lr:.4g}" for lr in torch.logspace(-4, 0, 3).tolist()])
assert uniform_below_1e2 < 0.02 and 0.45 < log_uniform_below_1e2 < 0.55
# In Optuna the same choice is the log flag: trial.suggest_float("learning_rate", 1e-4, 1.0, log=True).

# %% ignored-pruner
optuna.logging.set_verbosity(optuna.logging.WARNING)


def learning_curve(learning_rate, epoch):
    """A made-up validation accuracy, to show the pruner's bookkeeping without training anything."""
    return (1 - math.exp(-(epoch + 1) * learning_rate)) * 0.9


def objective_ignoring_the_pruner(trial):
    learning_rate = trial.suggest_float("learning_rate", 1e-3, 1.0, log=True)
    for epoch in range(8):
        trial.report(learning_curve(learning_rate, epoch), step=epoch)
        trial.should_prune()  # asked, but the answer is thrown away: the trial trains on
    return learning_curve(learning_rate, 7)


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0),
                            pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=2))
study.optimize(objective_ignoring_the_pruner, n_trials=30)
ignored_pruned = len(study.get_trials(states=[optuna.trial.TrialState.PRUNED]))
ignored_epochs = sum(len(t.intermediate_values) for t in study.trials)
print(f"should_prune() ignored: {ignored_pruned} trials pruned, {ignored_epochs} epochs run")
assert ignored_pruned == 0 and ignored_epochs == 30 * 8


def objective(trial):
    learning_rate = trial.suggest_float("learning_rate", 1e-3, 1.0, log=True)
    for epoch in range(8):
        trial.report(learning_curve(learning_rate, epoch), step=epoch)
        if trial.should_prune():
            raise optuna.TrialPruned()  # this is what stops the trial
    return learning_curve(learning_rate, 7)


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0),
                            pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=2))
study.optimize(objective, n_trials=30)
obeyed_pruned = len(study.get_trials(states=[optuna.trial.TrialState.PRUNED]))
obeyed_epochs = sum(len(t.intermediate_values) for t in study.trials)
print(f"raise optuna.TrialPruned(): {obeyed_pruned} trials pruned, {obeyed_epochs} epochs run")
assert obeyed_pruned > 0

# %% experimental
# Optuna's ready-made matplotlib plots are marked experimental: each call warns, and a program
# that treats warnings as errors (python -W error, or this site's build) stops right there.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record the warning instead of raising it, to look at it
    axes = optuna.visualization.matplotlib.plot_optimization_history(study)
plt.close(axes.figure)  # not shown: the point is the warning
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
assert any(issubclass(warning.category, optuna.exceptions.ExperimentalWarning) for warning in caught)
