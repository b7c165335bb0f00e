"""Exercise: train the docstring classifier with 16-D embeddings and list each word's nearest words."""
import inspect
import math
import os
import re
from collections import Counter

import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
EPOCHS = 200
EMBEDDING_DIM = 16

modules = {"math": [math], "str": [str], "os": [os, os.path]}
docstrings, labels = [], []
for label, namespaces in enumerate(modules.values()):
    names_seen = set()
    for namespace in namespaces:
        for name in sorted(dir(namespace)):
            function = getattr(namespace, name)
            if name.startswith("_") or name in names_seen or inspect.isclass(function) or not callable(function):
                continue
            if inspect.getdoc(function):
                names_seen.add(name)
                docstrings.append(inspect.getdoc(function))
                labels.append(label)
labels = torch.tensor(labels)


def tokenize(text):
    return re.findall(r"[a-z]+", text.lower())


counts = Counter(word for text in docstrings for word in tokenize(text))
vocabulary = ["<unk>"] + [word for word, count in counts.most_common() if count >= 2]
index_of = {word: index for index, word in enumerate(vocabulary)}
words = [torch.tensor([index_of.get(word, 0) for word in tokenize(text)]) for text in docstrings]
tokens = torch.cat(words)
offsets = torch.tensor([0] + [len(w) for w in words[:-1]]).cumsum(dim=0)

bag = nn.EmbeddingBag(len(vocabulary), EMBEDDING_DIM, mode="mean")
model = nn.ModuleDict({"words": bag, "classify": nn.Linear(EMBEDDING_DIM, len(modules))})
start_words = bag.weight.detach().clone()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(EPOCHS):
    optimizer.zero_grad()
    loss = F.cross_entropy(model["classify"](bag(tokens, offsets)), labels)
    loss.backward()
    optimizer.step()


frequent = torch.tensor([counts[word] >= 5 for word in vocabulary[1:]]).nonzero().flatten() + 1


def nearest(weights, word, count=4):
    """The `count` frequent words whose vectors point most nearly the same way as `word`'s."""
    similarity = F.cosine_similarity(weights[index_of[word]], weights[frequent], dim=1)
    similarity[frequent == index_of[word]] = -1  # not the word itself
    return [vocabulary[frequent[i]] for i in similarity.topk(count).indices]


probe_words = ("radians", "whitespace", "directory")
trained_words = bag.weight.detach()
for word in probe_words:
    print(f"{word:10}  before: {', '.join(nearest(start_words, word)):40}  after: {', '.join(nearest(trained_words, word))}")

# How many neighbours come from the word's own module (the module where each word occurs most)?
module_of = {}
for label in range(len(modules)):
    for word, count in Counter(w for text, l in zip(docstrings, labels) if l == label for w in tokenize(text)).items():
        if count > counts[word] / 2:
            module_of[word] = label
neighbour_count = 4 * len(probe_words)
same_module_before, same_module_after = (
    sum(module_of.get(neighbour) == module_of[word] for word in probe_words for neighbour in nearest(weights, word))
    for weights in (start_words, trained_words))
print(f"neighbours from the word's own module: {same_module_before} of {neighbour_count} before training,"
      f" {same_module_after} of {neighbour_count} after")
assert same_module_after > same_module_before
