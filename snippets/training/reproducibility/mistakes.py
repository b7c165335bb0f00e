# %% torch-only
"""Mistakes that make runs differ: one generator left unseeded, a seed in the loop, a draw by evaluation, a set."""
import os
import random
import subprocess
import sys

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)  # the same random numbers on every run
points = torch.randn(200, 5)
values = points @ torch.randn(5, 1)


def noisy_regression(seed_numpy_too):
    """Twenty steps of linear regression on inputs with NumPy noise; returns the weights."""
    torch.manual_seed(0)
    if seed_numpy_too:
        np.random.seed(0)
    model = nn.Linear(5, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(20):
        noisy = points + torch.from_numpy(np.random.normal(0.0, 0.1, size=(200, 5)).astype(np.float32))
        loss = nn.functional.mse_loss(model(noisy), values)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.weight.detach().clone()


# Only torch is seeded: the NumPy noise of the second run carries on where the first stopped.
torch_only_same = torch.equal(noisy_regression(seed_numpy_too=False), noisy_regression(seed_numpy_too=False))
every_generator_same = torch.equal(noisy_regression(seed_numpy_too=True), noisy_regression(seed_numpy_too=True))
print("two runs, only torch seeded:      same weights:", torch_only_same)
print("two runs, NumPy seeded too:       same weights:", every_generator_same)
assert not torch_only_same and every_generator_same

# %% seed-in-loop
# Seeding at the start of every epoch: every epoch shuffles the same way (and drops the same units).
loader = DataLoader(TensorDataset(torch.arange(10)), batch_size=10, shuffle=True)
orders = []
for epoch in range(3):
    torch.manual_seed(0)  # wrong place: seed once, before the loop
    orders.append(next(iter(loader))[0].tolist())
    print(f"epoch {epoch + 1}: order {orders[-1]}")
assert orders[0] == orders[1] == orders[2]

# %% evaluation
# An evaluation pass between epochs changes the training, although it trains nothing: creating
# the test loader's iterator draws a number (the base seed of its workers) from torch's global
# generator, so every later dropout mask moves. It does so even with num_workers=0 and no shuffle.
train_set = TensorDataset(points, values)
test_set = TensorDataset(torch.randn(50, 5), torch.randn(50, 1))


def train(evaluate, test_generator=None):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    train_loader = DataLoader(train_set, batch_size=20, shuffle=True, generator=torch.Generator().manual_seed(0))
    test_loader = DataLoader(test_set, batch_size=25, generator=test_generator)
    test_losses = []
    for _ in range(2):
        model.train()
        for x, y in train_loader:
            loss = nn.functional.mse_loss(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        if evaluate:
            model.eval()
            with torch.no_grad():
                test_losses.append(  # recorded, as a real evaluation would
                    sum(nn.functional.mse_loss(model(x), y).item() for x, y in test_loader))
    return model[0].weight.detach().clone()


state_before = torch.get_rng_state()
for batch in DataLoader(test_set, batch_size=25):  # no shuffle, no workers
    pass
test_pass_moves_generator = not torch.equal(state_before, torch.get_rng_state())
print("one pass over the test loader moved torch's global generator:", test_pass_moves_generator)
assert test_pass_moves_generator

without_evaluation = train(evaluate=False)
evaluation_changes_training = not torch.equal(without_evaluation, train(evaluate=True))
# The fix: the test loader gets a generator of its own, and leaves the global one alone.
own_generator_same = torch.equal(without_evaluation, train(evaluate=True, test_generator=torch.Generator()))
print("evaluating after each epoch changes the trained weights:  ", evaluation_changes_training)
print("the same, when the test loader has a generator of its own:", not own_generator_same)
assert evaluation_changes_training and own_generator_same

# %% set-order
# A vocabulary built from a set: the order of a set of strings follows their hashes, and Python
# salts string hashes with a random seed at start-up (PYTHONHASHSEED), so each run numbers the words differently.
program = "words = 'the cat sat on the mat with the dog'.split(); print(list(set(words)))"
for hash_seed in ("1", "2"):
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONHASHSEED=hash_seed))
    print(f"a run with hash seed {hash_seed}: vocabulary {run.stdout.strip()}")
words = "the cat sat on the mat with the dog".split()
print("sorted(set(words)), the same in every run:", sorted(set(words)))

# Setting PYTHONHASHSEED inside the script, as some seed_everything functions do, is too late:
# the hashes of this process were salted when it started.
def hash_changes_when_set_in_the_script():
    previous = os.environ.get("PYTHONHASHSEED")
    before = hash("cat")
    os.environ["PYTHONHASHSEED"] = "1234"
    after = hash("cat")
    if previous is None:  # put the environment back as it was
        del os.environ["PYTHONHASHSEED"]
    else:
        os.environ["PYTHONHASHSEED"] = previous
    return before != after


hash_changed = hash_changes_when_set_in_the_script()
print("hash('cat') changed by setting PYTHONHASHSEED in the script:", hash_changed)
assert not hash_changed

# %% exact
# Comparing results from two machines, thread counts or summation orders bit for bit fails;
# compare them with a tolerance instead.
numbers = torch.randn(100_000)
forwards, backwards = numbers.sum(), numbers.flip(0).sum()
print(f"sums forwards and backwards: {forwards.item():.6f} and {backwards.item():.6f}")
print("torch.equal:", torch.equal(forwards, backwards), "  torch.allclose:", torch.allclose(forwards, backwards))
torch.testing.assert_close(forwards, backwards)  # raises with a report when they are not close
assert not torch.equal(forwards, backwards)
