"""Random augmentation in DataLoader workers: what PyTorch seeds in each worker, and the bug it prevents."""
import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

torch.manual_seed(0)  # the same random numbers on every run


class RandomlyAugmented(Dataset):
    """Eight items; each one 'augments' itself with a draw from NumPy's global generator and one from random."""

    def __len__(self):
        return 8

    def __getitem__(self, index):
        worker = get_worker_info()  # None in the main process
        return {"index": index, "worker": -1 if worker is None else worker.id,
                "numpy": np.random.randint(1000), "random": random.randint(0, 999),
                "torch seed": torch.initial_seed()}  # in a worker: the seed PyTorch gave it


def seed_with_a_constant(worker_id):
    """The mistake: every worker starts NumPy and random from the same state, as if forked unseeded."""
    np.random.seed(0)
    random.seed(0)


def seed_worker(worker_id):
    """The worker_init_fn of PyTorch's reproducibility notes: reseed NumPy and random from torch's seed."""
    worker_seed = torch.initial_seed() % 2**32  # differs in each worker, follows from the loader's generator
    np.random.seed(worker_seed)
    random.seed(worker_seed)


def run_epochs(epochs, worker_init_fn=None):
    """The items of each epoch, from a fresh loader whose shuffling generator is seeded with 0."""
    loader = DataLoader(RandomlyAugmented(), batch_size=4, shuffle=True, num_workers=2,
                        generator=torch.Generator().manual_seed(0), worker_init_fn=worker_init_fn)
    return [list(loader) for _ in range(epochs)]  # each epoch starts two new worker processes


def show(batches, title):
    print(title)
    for batch in batches:
        print(f"  worker {batch['worker'][0].item()}: items {batch['index'].tolist()}  "
              f"NumPy draws {batch['numpy'].tolist()}  random draws {batch['random'].tolist()}")


def numpy_draws(batches):
    return [batch["numpy"].tolist() for batch in batches]


if __name__ == "__main__":  # needed where workers start by importing this file again (Windows, macOS)
    print(f"torch {torch.__version__}, workers started by {torch.multiprocessing.get_start_method()}")

    # No worker_init_fn: PyTorch seeds torch, random and NumPy's global generator in every worker.
    first_epoch, second_epoch = run_epochs(2)
    show(first_epoch, "epoch 1, no worker_init_fn:")
    show(second_epoch, "epoch 2, no worker_init_fn:")
    worker_seeds = [batch["torch seed"][0].item() for batch in first_epoch]
    print("torch.initial_seed() in the two workers of epoch 1:", worker_seeds)
    workers_differ = numpy_draws(first_epoch)[0] != numpy_draws(first_epoch)[1]
    epochs_differ = numpy_draws(first_epoch) != numpy_draws(second_epoch)
    assert workers_differ and epochs_differ and worker_seeds[1] == worker_seeds[0] + 1

    # A new loader with the same generator seed repeats everything: order, worker seeds, draws.
    again, = run_epochs(1)
    repeats_exactly = all(a[key].tolist() == b[key].tolist() for a, b in zip(first_epoch, again) for key in a)
    print("a new loader seeded with 0 repeats epoch 1 exactly:", repeats_exactly)
    assert repeats_exactly

    # The classic bug: every worker's NumPy and random start from one state.
    constant_first, constant_second = run_epochs(2, worker_init_fn=seed_with_a_constant)
    show(constant_first, "epoch 1, every worker seeded with 0:")
    show(constant_second, "epoch 2, every worker seeded with 0:")
    workers_identical = numpy_draws(constant_first)[0] == numpy_draws(constant_first)[1]
    epochs_identical = numpy_draws(constant_first) == numpy_draws(constant_second)
    print("both workers draw the same numbers:", workers_identical, " and every epoch repeats them:", epochs_identical)
    assert workers_identical and epochs_identical

    # The worker_init_fn of PyTorch's notes: different draws per worker, as without it.
    notes_first, = run_epochs(1, worker_init_fn=seed_worker)
    show(notes_first, "epoch 1, worker_init_fn=seed_worker:")
    assert numpy_draws(notes_first)[0] != numpy_draws(notes_first)[1]
