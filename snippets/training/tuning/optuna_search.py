# %% objective
"""The same search with Optuna: a seeded TPE sampler, a median pruner, and one final look at the test split."""
import os

import matplotlib.pyplot as plt
import optuna
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
# Optuna logs every finished trial at level INFO (to stderr); keep only warnings.
optuna.logging.set_verbosity(optuna.logging.WARNING)

# The same splits as before: 500 train, 300 validation, 2,000 test.
images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]
x_test, y_test = images[800:2800], labels[800:2800]

EPOCHS, N_TRIALS = 8, 30


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def train(learning_rate, weight_decay, trial=None):
    """The trial of the grid/random snippet; given an Optuna trial, it reports after every epoch."""
    torch.manual_seed(0)  # every trial starts from the same weights and sees the same batches
    model = nn.Sequential(nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9, weight_decay=weight_decay)
    for epoch in range(EPOCHS):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
        if trial is not None:
            trial.report(accuracy(model, x_val, y_val), step=epoch)  # the pruner compares these
            if trial.should_prune():  # worse than the median of earlier trials at this epoch
                raise optuna.TrialPruned()
    return model


def objective(trial):
    # The same search space as the grid and the random search.
    learning_rate = trial.suggest_float("learning_rate", 1e-4, 1.0, log=True)
    weight_decay = trial.suggest_float("weight_decay", 1e-6, 1e-2, log=True)
    return accuracy(train(learning_rate, weight_decay, trial), x_val, y_val)


# %% study
study = optuna.create_study(
    direction="maximize",  # the objective is an accuracy
    sampler=optuna.samplers.TPESampler(seed=0),  # seeded: the same trials on every run
    # No pruning during the first 5 trials (nothing to compare with) nor before the third epoch.
    pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=2),
)
study.optimize(objective, n_trials=N_TRIALS)

for t in study.trials:
    last_step = max(t.intermediate_values)
    print(f"trial {t.number:2d} {t.state.name:8s} lr {t.params['learning_rate']:8.2e}  "
          f"weight decay {t.params['weight_decay']:8.2e}  epochs {last_step + 1}  "
          f"validation accuracy {t.intermediate_values[last_step]:.1%}")
pruned = study.get_trials(states=[optuna.trial.TrialState.PRUNED])
completed = study.get_trials(states=[optuna.trial.TrialState.COMPLETE])
pruned_count, completed_count = len(pruned), len(completed)
epochs_trained = sum(len(t.intermediate_values) for t in study.trials)
best_learning_rate = study.best_params["learning_rate"]
best_weight_decay = study.best_params["weight_decay"]
best_val_accuracy = study.best_value
print(f"{pruned_count} of {N_TRIALS} trials pruned, {completed_count} completed; "
      f"{epochs_trained} epochs trained instead of {N_TRIALS * EPOCHS}")
print(f"best trial {study.best_trial.number}: lr {best_learning_rate:.2e}, "
      f"weight decay {best_weight_decay:.2e}, validation accuracy {best_val_accuracy:.1%}")
assert pruned_count > 0 and epochs_trained < N_TRIALS * EPOCHS
pruned_at_third_epoch = sum(len(t.intermediate_values) == 3 for t in pruned)

# Where the trials went: the share with a learning rate between 0.015 and 0.2, among TPE's first
# 10 trials (drawn at random) and among the 20 it chose from what it had seen.
in_good_range = [0.015 <= t.params["learning_rate"] <= 0.2 for t in study.trials]
GOOD_SCORE = 0.85  # every completed trial that beat this had its learning rate in that range
assert all(in_good_range[t.number] for t in completed if t.value > GOOD_SCORE)
random_phase_share = sum(in_good_range[:10]) / 10
model_phase_share = sum(in_good_range[10:]) / (N_TRIALS - 10)
print(f"learning rates between 0.015 and 0.2: {random_phase_share:.0%} of the first 10 trials, "
      f"{model_phase_share:.0%} of the last {N_TRIALS - 10}")
assert model_phase_share > random_phase_share

# What pruning cost: each pruned trial trained to the end after all (this is only to look at it).
finished_anyway = [accuracy(train(t.params["learning_rate"], t.params["weight_decay"]), x_val, y_val)
                   for t in pruned]
best_pruned_finish = max(finished_anyway)
median_completed = sorted(t.value for t in completed)[len(completed) // 2]
pruned_above_median = sum(score > median_completed for score in finished_anyway)
print(f"the pruned trials, trained to the end: best {best_pruned_finish:.1%}; {pruned_above_median} of "
      f"{pruned_count} above the completed trials' median ({median_completed:.1%})")
assert best_pruned_finish < best_val_accuracy

# %% figure
fig, (ax_curves, ax_lr) = plt.subplots(1, 2, figsize=(11, 4.5), layout="constrained")
for t in study.trials:
    steps = [step + 1 for step in t.intermediate_values]
    if t.state == optuna.trial.TrialState.PRUNED:
        ax_curves.plot(steps, list(t.intermediate_values.values()), color="tab:orange", linestyle="--",
                       marker="x", alpha=0.8)
    else:
        ax_curves.plot(steps, list(t.intermediate_values.values()), color="tab:blue", marker=".", alpha=0.6)
ax_curves.plot([], [], color="tab:orange", linestyle="--", marker="x", label="pruned")  # legend entries
ax_curves.plot([], [], color="tab:blue", marker=".", label="completed")
ax_curves.set(title="Validation accuracy of every trial, epoch by epoch", xlabel="epoch",
              ylabel="validation accuracy")
ax_curves.legend(loc="lower right")
for trials, name, marker in ((completed, "completed", "o"), (pruned, "pruned", "x")):
    ax_lr.scatter([t.params["learning_rate"] for t in trials],
                  [t.intermediate_values[max(t.intermediate_values)] for t in trials],
                  c=[t.number for t in trials], cmap="viridis", vmin=0, vmax=N_TRIALS - 1, marker=marker)
    ax_lr.plot([], [], marker, color="black", linestyle="none", label=name)  # colour is the trial number
ax_lr.scatter(best_learning_rate, best_val_accuracy, s=250, facecolors="none", edgecolors="black", label="best")
ax_lr.set_xscale("log")
ax_lr.set(title="Last validation accuracy against the learning rate", xlabel="learning rate",
          ylabel="validation accuracy (at the last epoch trained)")
ax_lr.legend(loc="center left")
fig.colorbar(ax_lr.collections[0], ax=ax_lr, label="trial number")
fig.suptitle(f"Optuna: {N_TRIALS} trials, TPE sampler, median pruner")
plt.show()

# %% test
# The search is over. Train once more with the chosen hyperparameters (the same seed gives the
# same model as the best trial) and look at the test split, once.
final_model = train(best_learning_rate, best_weight_decay)
assert accuracy(final_model, x_val, y_val) == best_val_accuracy
test_accuracy = accuracy(final_model, x_test, y_test)
gap = best_val_accuracy - test_accuracy
gap_points = 100 * gap  # in percentage points
print(f"validation accuracy of the search's best trial: {best_val_accuracy:.1%}")
print(f"test accuracy of the same model:                {test_accuracy:.1%} ({gap_points:.1f} points lower)")
assert gap > 0
