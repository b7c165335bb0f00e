"""An IterableDataset with two workers: each worker runs __iter__ from the start, unless it takes its own share."""
from collections import Counter

import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info

torch.manual_seed(0)  # the same random numbers on every run


class Numbers(IterableDataset):
    """The numbers 0 to 7, one after another, as a stream would deliver them."""

    def __iter__(self):
        yield from range(8)


class SplitNumbers(IterableDataset):
    """The same stream, but each worker yields only every num_workers-th item, starting at its id."""

    def __iter__(self):
        worker = get_worker_info()  # None in the main process
        first, step = (0, 1) if worker is None else (worker.id, worker.num_workers)
        yield from range(8)[first::step]


if __name__ == "__main__":  # needed where workers are started by re-importing this file (Windows, macOS)
    try:
        DataLoader(Numbers(), shuffle=True)
    except ValueError as error:
        print("shuffle=True:", error)

    counts = {}
    for dataset in (Numbers(), SplitNumbers()):
        batches = [batch.tolist() for batch in DataLoader(dataset, batch_size=2, num_workers=2)]
        counts[type(dataset).__name__] = Counter(item for batch in batches for item in batch)
        print(f"{type(dataset).__name__:12s} batches from 2 workers: {batches}")

    copies_without_split = max(counts["Numbers"].values())  # how often each number came
    assert set(counts["Numbers"].values()) == {2}, "without a split every item should come once per worker"
    assert set(counts["SplitNumbers"].values()) == {1} and len(counts["SplitNumbers"]) == 8
