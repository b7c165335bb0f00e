"""Exercise: the validation loss of a model that sees only the previous character, by counting."""
import importlib
import inspect
import math

import torch

MODULES = ["argparse", "ast", "calendar", "cmd", "configparser", "contextlib", "copy", "csv",
           "dataclasses", "difflib", "enum", "gettext", "glob", "gzip", "ipaddress", "optparse", "os",
           "pickle", "pprint", "queue", "random", "shutil", "string", "subprocess", "tempfile",
           "textwrap", "threading", "tokenize", "traceback", "weakref"]
text = "\n".join(inspect.getsource(importlib.import_module(name)) for name in MODULES)
characters = sorted(set(text))
V = len(characters)
char_to_id = {c: i for i, c in enumerate(characters)}
data = torch.tensor([char_to_id[c] for c in text])
split = int(0.9 * len(data))
train_data, val_data = data[:split], data[split:]  # the same split as the GPT's

# counts[a, b]: how often b follows a in the training text. Adding 1 to every count gives
# pairs never seen in training a small probability instead of zero (and an infinite loss).
counts = torch.bincount(train_data[:-1] * V + train_data[1:], minlength=V * V).reshape(V, V).float()
next_given_previous = (counts + 1) / (counts + 1).sum(dim=1, keepdim=True)
bigram_loss = -next_given_previous[val_data[:-1], val_data[1:]].log().mean().item()
unseen_pairs = int((counts[val_data[:-1], val_data[1:]] == 0).sum())
print(f"{unseen_pairs} pairs in the validation text never occur in the training text")

# Without even the previous character: each character's frequency in the training text.
frequency = (torch.bincount(train_data, minlength=V).float() + 1) / (len(train_data) + V)
unigram_loss = -frequency[val_data].log().mean().item()
uniform_loss = math.log(V)
print(f"validation loss, every character equally likely: {uniform_loss:.3f}")
print(f"validation loss, character frequencies:          {unigram_loss:.3f}")
print(f"validation loss, previous character (bigram):     {bigram_loss:.3f}")
assert bigram_loss < unigram_loss < uniform_loss and unseen_pairs > 0
