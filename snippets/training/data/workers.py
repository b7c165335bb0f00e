"""num_workers=2: __getitem__ runs in two worker processes; a worker_init_fn seeds each one apart."""
# snippet-timing: ^num_workers=\d+: 64 items in
import time

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

torch.manual_seed(0)  # the same random numbers on every run


class SlowRandomDataset(Dataset):
    """Each item takes 20 ms, like reading and decoding a JPEG, and draws one random number."""

    def __init__(self, length):
        self.length = length
        self.rng = np.random.default_rng(0)  # copied as it is into every worker process

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        time.sleep(0.02)
        worker = get_worker_info()  # None in the main process
        worker_id = -1 if worker is None else worker.id
        return index, worker_id, round(float(self.rng.random()), 3)


def seed_worker(worker_id):
    # torch.initial_seed() differs in each worker and follows from the loader's generator.
    get_worker_info().dataset.rng = np.random.default_rng(torch.initial_seed() % 2**32)


def load_all(**options):
    start = time.perf_counter()
    batches = list(DataLoader(SlowRandomDataset(64), batch_size=8, **options))
    return batches, time.perf_counter() - start


if __name__ == "__main__":  # needed where workers are started by re-importing this file (Windows, macOS)
    for workers in (0, 2):
        batches, seconds = load_all(num_workers=workers)
        print(f"num_workers={workers}: 64 items in {seconds:.1f} s;",
              "batch 0 from worker", batches[0][1][0].item(), "and batch 1 from worker", batches[1][1][0].item())

    batches, _ = load_all(num_workers=2)
    print("no worker_init_fn, batch 0 draws:", batches[0][2].tolist())
    print("                   batch 1 draws:", batches[1][2].tolist(), " (the same: both workers copied one rng)")

    batches, _ = load_all(num_workers=2, worker_init_fn=seed_worker, generator=torch.Generator().manual_seed(0))
    print("worker_init_fn,    batch 0 draws:", batches[0][2].tolist())
    print("                   batch 1 draws:", batches[1][2].tolist())
    repeat, _ = load_all(num_workers=2, worker_init_fn=seed_worker, generator=torch.Generator().manual_seed(0))
    print("the same seed again gives the same draws:", all(torch.equal(a[2], b[2]) for a, b in zip(batches, repeat)))
