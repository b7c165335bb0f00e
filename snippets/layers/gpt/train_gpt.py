# %% corpus
"""A small GPT, trained character by character on Python's own standard library, writes Python-looking text."""
# snippet-timing: s of training
import importlib
import inspect
import math
import os
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# A fixed list of pure-Python modules that every Python installation has; inspect.getsource reads
# their .py files from sysconfig.get_paths()["stdlib"]. Their text changes a little between Python
# versions, so the corpus size printed below may differ from yours.
MODULES = ["argparse", "ast", "calendar", "cmd", "configparser", "contextlib", "copy", "csv",
           "dataclasses", "difflib", "enum", "gettext", "glob", "gzip", "ipaddress", "optparse", "os",
           "pickle", "pprint", "queue", "random", "shutil", "string", "subprocess", "tempfile",
           "textwrap", "threading", "tokenize", "traceback", "weakref"]
text = "\n".join(inspect.getsource(importlib.import_module(name)) for name in MODULES)
assert text.isascii()  # these modules hold no accented letters or symbols beyond ASCII
characters = sorted(set(text))
vocab_size = len(characters)
corpus_size = len(text)
print(f"{corpus_size:,} characters from {len(MODULES)} modules, {vocab_size} distinct characters")

# Each character becomes an integer (its index in `characters`) and back.
char_to_id = {c: i for i, c in enumerate(characters)}


def encode(string):
    return torch.tensor([char_to_id[c] for c in string])


def decode(ids):
    return "".join(characters[i] for i in ids)


data = encode(text)
split = int(0.9 * len(data))
train_data, val_data = data[:split], data[split:]  # the last tenth is never trained on
print(f"train {len(train_data):,} characters, validation {len(val_data):,}")

# %% batch
BLOCK_SIZE = 32  # characters of context the model sees


def get_batch(source, batch_size):
    starts = torch.randint(0, len(source) - BLOCK_SIZE - 1, (batch_size,))
    inputs = torch.stack([source[s:s + BLOCK_SIZE] for s in starts])
    # The target at position t is the character at t + 1: the next one, for every position at once.
    targets = torch.stack([source[s + 1:s + BLOCK_SIZE + 1] for s in starts])
    return inputs.to(device), targets.to(device)


inputs, targets = get_batch(train_data, 1)
print("input: ", repr(decode(inputs[0, :24].tolist())))
print("target:", repr(decode(targets[0, :24].tolist())))

# %% model
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)  # queries, keys and values in one matrix
        self.out = nn.Linear(d_model, d_model)

    def forward(self, x):
        N, L, E = x.shape
        q, k, v = self.qkv(x).split(E, dim=-1)
        # (N, L, E) -> (N, heads, L, E / heads): each head attends on its own slice.
        q, k, v = (t.view(N, L, self.n_heads, E // self.n_heads).transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(E // self.n_heads)
        future = torch.triu(torch.ones(L, L, dtype=torch.bool, device=x.device), diagonal=1)
        weights = scores.masked_fill(future, float("-inf")).softmax(dim=-1)
        heads = weights @ v
        return self.out(heads.transpose(1, 2).reshape(N, L, E))  # heads side by side again


class Block(nn.Module):
    """Pre-norm decoder block: x + attention(norm(x)), then x + mlp(norm(x))."""
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(d_model)
        self.attention = CausalSelfAttention(d_model, n_heads)
        self.norm2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))

    def forward(self, x):
        x = x + self.attention(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class GPT(nn.Module):
    def __init__(self, vocab_size, d_model=64, n_heads=4, n_layers=2):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab_size, d_model)
        self.position_embedding = nn.Embedding(BLOCK_SIZE, d_model)  # learned, one vector per position
        self.blocks = nn.Sequential(*(Block(d_model, n_heads) for _ in range(n_layers)))
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size)  # a score for every possible next character

    def forward(self, ids):
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.token_embedding(ids) + self.position_embedding(positions)
        return self.head(self.norm(self.blocks(x)))  # (N, L, vocab_size)


model = GPT(vocab_size).to(device)
parameters = sum(p.numel() for p in model.parameters())
print(f"{parameters:,} parameters")

# %% generate
@torch.no_grad()
def generate(model, prompt, length, temperature=1.0, top_k=None, seed=0):
    generator = torch.Generator(device=device).manual_seed(seed)  # the same seed, the same text
    ids = encode(prompt).unsqueeze(0).to(device)
    for _ in range(length):
        logits = model(ids[:, -BLOCK_SIZE:])[0, -1] / temperature  # scores for the next character only
        if top_k is not None:
            kth_largest = logits.topk(top_k).values[-1]
            logits = logits.masked_fill(logits < kth_largest, float("-inf"))
        next_id = torch.multinomial(logits.softmax(dim=-1), 1, generator=generator)
        ids = torch.cat([ids, next_id.unsqueeze(0)], dim=1)
    return decode(ids[0].tolist())


PROMPT = "def "
model.eval()
sample_before = generate(model, PROMPT, 120, temperature=0.8, top_k=10)
print(sample_before)

# %% train
STEPS = 800
BATCH_SIZE = 64
EVAL_EVERY = 100


@torch.no_grad()
def estimate_loss(source, batches=8):
    generator_state = torch.get_rng_state()
    torch.manual_seed(1)  # the same evaluation batches every time
    losses = []
    for _ in range(batches):
        inputs, targets = get_batch(source, BATCH_SIZE)
        logits = model(inputs)
        losses.append(F.cross_entropy(logits.reshape(-1, vocab_size), targets.reshape(-1)).item())
    torch.set_rng_state(generator_state)
    return sum(losses) / len(losses)


def record(step):
    model.eval()
    history.append((step, estimate_loss(train_data), estimate_loss(val_data)))
    print(f"step {step:4d}: train loss {history[-1][1]:.3f}, validation loss {history[-1][2]:.3f}")
    model.train()


optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
history = []
batch_losses = []  # the loss of every training batch: free, but noisy
start = time.perf_counter()
record(0)
for step in range(1, STEPS + 1):
    inputs, targets = get_batch(train_data, BATCH_SIZE)
    logits = model(inputs)  # (N, L, vocab_size): a prediction at every position
    loss = F.cross_entropy(logits.reshape(-1, vocab_size), targets.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    batch_losses.append(loss.item())
    if step % EVAL_EVERY == 0:
        record(step)
print(f"{time.perf_counter() - start:.0f} s of training")
steps, train_losses, val_losses = zip(*history)
initial_loss = val_losses[0]
train_loss, val_loss = history[-1][1], history[-1][2]
uniform_loss = math.log(vocab_size)  # the loss of a model that gives every character the same chance
assert abs(initial_loss - uniform_loss) < 0.2  # a fresh model guesses about uniformly
assert val_losses[-1] < val_losses[-2] and train_loss < val_loss  # still improving; text never trained on is harder

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
ax.plot(range(1, STEPS + 1), batch_losses, color="tab:blue", alpha=0.3, linewidth=0.8,
        label="each training batch")
ax.plot(steps, train_losses, "o-", color="tab:blue", label="train (8 batches)")
ax.plot(steps, val_losses, "o-", color="tab:orange", label="validation (8 batches)")
ax.axhline(uniform_loss, color="gray", linestyle=":", label=f"uniform guess, ln {vocab_size}")
ax.set_xlabel("training step")
ax.set_ylabel("cross-entropy per character")
ax.set_title("A small GPT learning the standard library, one character at a time")
ax.legend()
plt.show()

# %% after
model.eval()
sample_after = generate(model, PROMPT, 300, temperature=0.8, top_k=10)
print(sample_after)

# The look of Python: indentation, `self`, names with underscores.
assert "\n    " in sample_after and "self" in sample_after and "_" in sample_after

# %% temperature
distinct_characters = {}
for temperature in (0.3, 1.0, 1.5):
    sample = generate(model, PROMPT, 120, temperature=temperature)
    distinct_characters[temperature] = len(set(sample[len(PROMPT):]))
    print(f"--- temperature {temperature}, {distinct_characters[temperature]} different characters:")
    print(sample)
cold_distinct, hot_distinct = distinct_characters[0.3], distinct_characters[1.5]
assert cold_distinct < distinct_characters[1.0] < hot_distinct

# %% greedy
greedy = generate(model, PROMPT, 200, top_k=1)  # only the most likely character: argmax
print(greedy[:100])
# Greedy decoding ends in a loop: find the shortest period with which the last 100 characters repeat.
tail = greedy[-100:]
greedy_period = min((p for p in range(1, 51) if tail[p:] == tail[:-p]), default=None)
assert greedy_period is not None
print(f"the last 100 characters repeat every {greedy_period} characters: {tail[-greedy_period:]!r}")
