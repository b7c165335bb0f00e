"""Two mistakes that make a GPT's training loss look wonderful: no causal mask, and targets not shifted by one."""
import importlib
import inspect
import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
MODULES = ["argparse", "random", "textwrap"]  # a part of the corpus is enough here
text = "\n".join(inspect.getsource(importlib.import_module(name)) for name in MODULES)
characters = sorted(set(text))
data = torch.tensor([characters.index(c) for c in text])
BLOCK_SIZE, STEPS = 32, 200


class TinyGPT(nn.Module):
    """One pre-norm block with one attention head; `causal=False` forgets the mask."""
    def __init__(self, vocab_size, causal, d_model=32):
        super().__init__()
        self.causal = causal
        self.token_embedding = nn.Embedding(vocab_size, d_model)
        self.position_embedding = nn.Embedding(BLOCK_SIZE, d_model)
        self.norm1, self.norm2, self.norm3 = (nn.LayerNorm(d_model) for _ in range(3))
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.out = nn.Linear(d_model, d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))
        self.head = nn.Linear(d_model, vocab_size)

    def forward(self, ids):
        L = ids.shape[1]
        x = self.token_embedding(ids) + self.position_embedding(torch.arange(L))
        q, k, v = self.qkv(self.norm1(x)).split(x.shape[-1], dim=-1)
        scores = q @ k.transpose(-2, -1) / math.sqrt(x.shape[-1])
        if self.causal:
            scores = scores.masked_fill(torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1), float("-inf"))
        x = x + self.out(scores.softmax(dim=-1) @ v)
        x = x + self.mlp(self.norm2(x))
        return self.head(self.norm3(x))


def batch(shift, batch_size=32):
    starts = torch.randint(0, len(data) - BLOCK_SIZE - 1, (batch_size,))
    inputs = torch.stack([data[s:s + BLOCK_SIZE] for s in starts])
    targets = torch.stack([data[s + shift:s + shift + BLOCK_SIZE] for s in starts])  # shift=1 is right
    return inputs, targets


def train(causal, shift):
    torch.manual_seed(0)  # the same start and the same batches for all three
    model = TinyGPT(len(characters), causal)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    for _ in range(STEPS):
        inputs, targets = batch(shift)
        loss = F.cross_entropy(model(inputs).flatten(0, 1), targets.flatten())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model


@torch.no_grad()
def check(model):
    """The honest next-character loss, over all positions and at the last position only."""
    torch.manual_seed(1)
    inputs, targets = batch(shift=1, batch_size=128)
    losses = F.cross_entropy(model(inputs).transpose(1, 2), targets, reduction="none")  # (N, L)
    return losses.mean().item(), losses[:, -1].mean().item()


@torch.no_grad()
def generate(model, prompt, length):
    generator = torch.Generator().manual_seed(0)
    ids = [characters.index(c) for c in prompt]
    for _ in range(length):
        logits = model(torch.tensor([ids[-BLOCK_SIZE:]]))[0, -1]
        ids.append(torch.multinomial(logits.softmax(dim=-1), 1, generator=generator).item())
    return "".join(characters[i] for i in ids)


results = {}
for name, causal, shift in (("right", True, 1), ("no causal mask", False, 1), ("targets not shifted", True, 0)):
    model = train(causal, shift)
    torch.manual_seed(1)
    inputs, targets = batch(shift, batch_size=128)
    with torch.no_grad():
        training_loss = F.cross_entropy(model(inputs).flatten(0, 1), targets.flatten()).item()
    all_positions, last_position = check(model)
    results[name] = training_loss, all_positions, last_position
    print(f"--- {name}: its own training loss {training_loss:.3f}; next-character loss "
          f"{all_positions:.3f} over all positions, {last_position:.3f} at the last one")
    sample = generate(model, "def ", 60)
    print(repr(sample))
    if name == "targets not shifted":
        # A model that learned to copy its input repeats the prompt's last character forever.
        assert set(sample[len("def "):]) == {" "}

right_loss, no_mask_loss, not_shifted_loss = (results[name][0] for name in results)
no_mask_last_position = results["no causal mask"][2]
not_shifted_next_character_loss = results["targets not shifted"][1]
# Both mistakes beat the right model on their own training loss...
assert no_mask_loss < right_loss / 2 and not_shifted_loss < right_loss / 2
# ...but the unmasked model is lost where no future character exists to peek at: the last position.
assert no_mask_last_position > max(results["right"])
# ...and the unshifted model predicts the wrong character with confidence: worse than a uniform guess.
assert not_shifted_next_character_loss > math.log(len(characters))
