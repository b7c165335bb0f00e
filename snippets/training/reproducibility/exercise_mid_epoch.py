"""Exercise: stop in the middle of an epoch and resume so that the run equals an uninterrupted one."""
import os
import random
import tempfile

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)  # the same random numbers on every run
points = torch.randn(200, 8)
classes = (points[:, 0] * points[:, 1] > 0).long()


class NoisyPoints(Dataset):
    def __len__(self):
        return len(points)

    def __getitem__(self, index):
        noise = np.random.normal(0.0, 0.2, size=8).astype(np.float32)  # NumPy's global generator
        return points[index] + torch.from_numpy(noise), classes[index]


shuffle_generator = torch.Generator()
loader = DataLoader(NoisyPoints(), batch_size=20, shuffle=True, generator=shuffle_generator)  # 10 batches


def start(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    shuffle_generator.manual_seed(seed)
    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Dropout(0.3), nn.Linear(32, 2))
    return model, torch.optim.Adam(model.parameters(), lr=1e-2)


def global_states():
    name, keys, position, has_gauss, cached_gaussian = np.random.get_state()
    return {"torch": torch.get_rng_state(), "python": random.getstate(),
            "numpy": (name, keys.tolist(), position, has_gauss, cached_gaussian)}


def restore_global_states(states):
    torch.set_rng_state(states["torch"])
    random.setstate(states["python"])
    np.random.set_state(states["numpy"])


def train(model, optimizer, epochs=3, stop_at=None, resume_from=None, restore_after_skipping=True):
    """Train; stop_at=(epoch, steps) saves a checkpoint after that many steps of that epoch and stops;
    resume_from=checkpoint goes on from there."""
    first_epoch = 1 if resume_from is None else resume_from["epoch"]
    for epoch in range(first_epoch, epochs + 1):
        resuming = resume_from is not None and epoch == resume_from["epoch"]
        if resuming:  # this epoch's order: put the loader's generator back where the epoch began
            shuffle_generator.set_state(resume_from["shuffle_at_epoch_start"])
        shuffle_at_epoch_start = shuffle_generator.get_state()
        batches = iter(loader)  # draws the order of the epoch from shuffle_generator
        steps_done = 0
        if resuming:
            steps_done = resume_from["steps"]
            if not restore_after_skipping:
                restore_global_states(resume_from["states"])  # too early, as the check at the end shows
            for _ in range(steps_done):
                next(batches)  # a plain DataLoader cannot jump: fetch the batches done before, and drop them
            if restore_after_skipping:
                # Only now restore the global generators: fetching those batches drew noise, which this overwrites.
                restore_global_states(resume_from["states"])
        for step, (x, y) in enumerate(batches, start=steps_done + 1):
            loss = nn.functional.cross_entropy(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if (epoch, step) == stop_at:  # saved between two steps, before the next batch is fetched
                return {"epoch": epoch, "steps": step, "model": model.state_dict(),
                        "optimizer": optimizer.state_dict(), "shuffle_at_epoch_start": shuffle_at_epoch_start,
                        "states": global_states()}
    return None


straight_model, straight_optimizer = start(seed=0)
train(straight_model, straight_optimizer)

model, optimizer = start(seed=0)
checkpoint = train(model, optimizer, stop_at=(2, 4))  # after 4 of the 10 batches of epoch 2
with tempfile.TemporaryDirectory() as folder:
    torch.save(checkpoint, os.path.join(folder, "checkpoint.pt"))
    checkpoint = torch.load(os.path.join(folder, "checkpoint.pt"), weights_only=True)



def resume(restore_after_skipping):
    """A new program: load the checkpoint, finish the training, compare with the uninterrupted run."""
    model, optimizer = start(seed=123)
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])
    train(model, optimizer, resume_from=checkpoint, restore_after_skipping=restore_after_skipping)
    return all(torch.equal(p, q) for p, q in zip(straight_model.parameters(), model.parameters()))


identical = resume(restore_after_skipping=True)
print(f"stopped after {checkpoint['steps']} steps of epoch {checkpoint['epoch']}; "
      "the resumed run equals the uninterrupted one:", identical)
identical_if_restored_first = resume(restore_after_skipping=False)
print("the same, with the global states restored before the skipped batches are fetched:", identical_if_restored_first)
assert identical and not identical_if_restored_first
