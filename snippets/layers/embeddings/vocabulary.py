"""Text to tensors: split sentences into tokens, number the tokens with a vocabulary, batch the numbers."""
from collections import Counter

import torch

corpus = ["the cat sat on the mat",
          "the dog sat on the log",
          "a cat saw a dog"]


def tokenize(text):
    return text.lower().split()  # the simplest tokenizer: lower case, split on spaces


# Two special tokens first: <pad> fills short sentences in a batch, <unk> stands for unseen words.
counts = Counter(token for sentence in corpus for token in tokenize(sentence))
vocabulary = ["<pad>", "<unk>"] + [token for token, _ in counts.most_common()]
index_of = {token: index for index, token in enumerate(vocabulary)}
print("vocabulary:", dict(enumerate(vocabulary)))


def encode(text):
    return [index_of.get(token, index_of["<unk>"]) for token in tokenize(text)]


def decode(indices):
    return " ".join(vocabulary[index] for index in indices)


sentences = ["the dog sat on the mat", "a bird saw the cat", "a cat"]
encoded = [encode(sentence) for sentence in sentences]
for sentence, indices in zip(sentences, encoded):
    print(f"{sentence!r:26} -> {indices}")
print("decoded back:", repr(decode(encode("a bird saw the cat"))))  # 'bird' was never seen

# A batch is one rectangular tensor: pad every sentence with <pad> to the longest.
longest = max(len(indices) for indices in encoded)
batch = torch.tensor([indices + [index_of["<pad>"]] * (longest - len(indices)) for indices in encoded])
print("batch:", batch.dtype, tuple(batch.shape))
print(batch)
vocabulary_size = len(vocabulary)
