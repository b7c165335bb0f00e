"""Exercise: random augmentation that gives the same numbers whatever num_workers is."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)  # the same random numbers on every run
np.random.seed(0)  # with num_workers=0, the items draw from this process's NumPy generator


class GlobalNumpyNoise(Dataset):
    """Draws from NumPy's global generator: which numbers an item gets depends on who fetches it."""

    def __len__(self):
        return 8

    def __getitem__(self, index):
        return np.random.randint(1000)


class PerItemNoise(Dataset):
    """Draws from a generator made for this item in this epoch: the numbers depend on nothing else."""

    def __init__(self, seed):
        self.seed, self.epoch = seed, 0

    def __len__(self):
        return 8

    def __getitem__(self, index):
        rng = np.random.default_rng([self.seed, self.epoch, index])  # a seed made of three numbers
        return int(rng.integers(1000))


def draws(dataset, workers):
    loader = DataLoader(dataset, batch_size=4, num_workers=workers, generator=torch.Generator().manual_seed(0))
    return torch.cat(list(loader)).tolist()


if __name__ == "__main__":  # needed where workers start by importing this file again (Windows, macOS)
    global_main, global_workers = draws(GlobalNumpyNoise(), 0), draws(GlobalNumpyNoise(), 2)
    print("np.random in __getitem__, num_workers=0:", global_main)
    print("np.random in __getitem__, num_workers=2:", global_workers)
    dataset = PerItemNoise(seed=0)
    dataset.epoch = 1  # set before each epoch: every worker gets a copy of the dataset when the epoch starts
    per_item_main, per_item_workers = draws(dataset, 0), draws(dataset, 2)
    print("a generator per item,   num_workers=0:  ", per_item_main)
    print("a generator per item,   num_workers=2:  ", per_item_workers)
    assert global_main != global_workers and per_item_main == per_item_workers
