# %% data
"""What training moves: 2-D word embeddings learned by a classifier of Python's own docstrings."""
import inspect
import math
import os
import re
from collections import Counter

import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
EPOCHS = 200
EMBEDDING_DIM = 2  # two numbers per word, so that they can be drawn as they are

# The text ships with Python: the docstring of every public function of math, str and os.
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
print("docstrings per module:", {module: int((labels == label).sum()) for label, module in enumerate(modules)})
print("an example from str:", repr(inspect.getdoc(str.lower)))


def tokenize(text):
    return re.findall(r"[a-z]+", text.lower())


# A fifth of the docstrings are held out; the vocabulary comes from the others only.
order = torch.randperm(len(docstrings)).tolist()
test_ids, train_ids = order[:len(order) // 5], order[len(order) // 5:]
counts = Counter(word for i in train_ids for word in tokenize(docstrings[i]))
vocabulary = ["<unk>"] + [word for word, count in counts.most_common() if count >= 2]
index_of = {word: index for index, word in enumerate(vocabulary)}
print(f"{len(train_ids)} training and {len(test_ids)} test docstrings, {len(vocabulary)} words in the vocabulary")


def encode(ids):
    """All the docstrings' word indices in one 1-D tensor, and where each docstring starts."""
    words = [torch.tensor([index_of.get(word, 0) for word in tokenize(docstrings[i])]) for i in ids]
    offsets = torch.tensor([0] + [len(w) for w in words[:-1]]).cumsum(dim=0)
    return torch.cat(words), offsets, labels[ids]


train_tokens, train_offsets, train_labels = encode(train_ids)
test_tokens, test_offsets, test_labels = encode(test_ids)


# %% train
class DocstringClassifier(nn.Module):
    def __init__(self, vocabulary_size, embedding_dim, classes):
        super().__init__()
        self.words = nn.EmbeddingBag(vocabulary_size, embedding_dim, mode="mean")  # a docstring = its mean word
        self.classify = nn.Linear(embedding_dim, classes)

    def forward(self, tokens, offsets):
        return self.classify(self.words(tokens, offsets))


model = DocstringClassifier(len(vocabulary), EMBEDDING_DIM, len(modules))
start_words = model.words.weight.detach().clone()  # N(0, 1) random numbers: no meaning yet
start_classify = nn.Linear(EMBEDDING_DIM, len(modules))
start_classify.load_state_dict(model.classify.state_dict())
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(EPOCHS):  # the whole training set is one batch
    optimizer.zero_grad()
    loss = loss_fn(model(train_tokens, train_offsets), train_labels)
    loss.backward()
    optimizer.step()
    if epoch % 50 == 0 or epoch == EPOCHS - 1:
        print(f"epoch {epoch:3}  loss {loss.item():.4f}")

with torch.no_grad():
    test_accuracy = (model(test_tokens, test_offsets).argmax(dim=1) == test_labels).float().mean().item()
majority_accuracy = (test_labels == train_labels.mode().values).float().mean().item()
test_count = len(test_ids)
print(f"test accuracy {test_accuracy:.1%}; always answering the largest module: {majority_accuracy:.1%}")
assert test_accuracy > majority_accuracy

# %% picture
# The words to label: the most frequent ones that occur almost only in one module, and a few that occur in all.
word_module = {}
for label in range(len(modules)):
    in_module = Counter(word for i in train_ids if labels[i] == label for word in tokenize(docstrings[i]))
    typical = [word for word, count in in_module.most_common() if count >= 0.9 * counts[word] and len(word) > 2]
    word_module.update({word: label for word in typical[:7]})
common_words = ["the", "a", "of", "is", "return", "if"]
for label in range(len(modules)):
    module_words = {word for i in train_ids if labels[i] == label for word in tokenize(docstrings[i])}
    assert module_words.issuperset(common_words)
colours = ["tab:blue", "tab:orange", "tab:green"]

trained_words = model.words.weight.detach()
with torch.no_grad():
    typical_ids = torch.tensor([index_of[word] for word in word_module])
    typical_labels = torch.tensor(list(word_module.values()))
    in_own_region_before = int((start_classify(start_words[typical_ids]).argmax(dim=1) == typical_labels).sum())
    in_own_region_after = int((model.classify(trained_words[typical_ids]).argmax(dim=1) == typical_labels).sum())
typical_count = len(word_module)
with torch.no_grad():
    for word, module in (("radians", "math"), ("hyperbolic", "math"), ("whitespace", "str"), ("lowercase", "str"),
                         ("directory", "os"), ("process", "os")):
        assert list(modules)[model.classify(trained_words[index_of[word]]).argmax()] == module, word
# Words that occur in every module help no answer, so training leaves them nearer the middle.
common_distance = trained_words[[index_of[word] for word in common_words]].norm(dim=1).mean().item()
typical_distance = trained_words[typical_ids].norm(dim=1).mean().item()
print(f"mean distance from (0, 0) after training: words in every module {common_distance:.2f}, "
      f"typical words {typical_distance:.2f}")
assert common_distance < typical_distance
print(f"labelled module words that the classifier, reading that word alone, puts in their own module: "
      f"{in_own_region_before} of {typical_count} at the start, {in_own_region_after} after training")

fig, axes = plt.subplots(1, 2, figsize=(12, 5.6), layout="constrained")
for ax, weights, classify, title in ((axes[0], start_words, start_classify, "at the start (random)"),
                                     (axes[1], trained_words, model.classify, f"after {EPOCHS} epochs")):
    points = weights[[index_of[word] for word in [*word_module, *common_words]]]
    low, high = points.min(dim=0).values - 0.6, points.max(dim=0).values + 0.6
    grid_x, grid_y = torch.meshgrid(torch.linspace(low[0], high[0], 300), torch.linspace(low[1], high[1], 300),
                                    indexing="xy")
    with torch.no_grad():
        region = classify(torch.stack([grid_x, grid_y], dim=-1)).argmax(dim=-1)
    # Shade the plane by the module the classifier answers for a docstring whose mean word lands there.
    ax.contourf(grid_x, grid_y, region, levels=[-0.5, 0.5, 1.5, 2.5], colors=colours, alpha=0.12)
    for word in [*word_module, *common_words]:
        x, y = weights[index_of[word]].tolist()
        colour = colours[word_module[word]] if word in word_module else "black"
        ax.scatter(x, y, s=12, color=colour)
        ax.annotate(word, (x, y), xytext=(3, 3), textcoords="offset points", fontsize=9, color=colour)
    ax.set_title(title)
    ax.set_xlabel("embedding dimension 1")
    ax.set_ylabel("embedding dimension 2")
for label, module in enumerate(modules):
    axes[0].scatter([], [], color=colours[label], label=f"words typical of {module}")
axes[0].scatter([], [], color="black", label="words in every module")
axes[0].legend(loc="lower left", fontsize=8)
fig.suptitle("Word embeddings of a docstring classifier (math, str or os?): shaded by the module it answers")
plt.show()
