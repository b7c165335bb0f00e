"""Temperature and top-k sampling on a fixed vector of next-character scores."""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
candidates = ["e", "a", " ", "(", "z"]  # five possible next characters
logits = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0])  # the model's scores for them


def next_char_probabilities(logits, temperature=1.0, top_k=None):
    scaled = logits / temperature  # below 1 sharpens the distribution, above 1 flattens it
    if top_k is not None:
        kth_largest = scaled.topk(top_k).values[-1]
        scaled = scaled.masked_fill(scaled < kth_largest, float("-inf"))  # only the k best can be drawn
    return scaled.softmax(dim=-1)


settings = {"temperature 0.5": {"temperature": 0.5}, "temperature 1": {},
            "temperature 2": {"temperature": 2.0}, "top-k 2": {"top_k": 2}}
table = {name: next_char_probabilities(logits, **options) for name, options in settings.items()}
print(f"{'':16}" + "".join(f"{repr(c):>8}" for c in candidates))
for name, probabilities in table.items():
    print(f"{name:16}" + "".join(f"{p:8.3f}" for p in probabilities.tolist()))

# Temperature 1 is the plain softmax: e^2 / (e^2 + e^1 + e^0.5 + e^0 + e^-1) for "e".
by_hand = torch.e ** 2 / sum(torch.e ** x for x in logits.tolist())
assert abs(table["temperature 1"][0].item() - by_hand) < 1e-6
p_e_cold, p_e, p_e_hot = (table[name][0].item() for name in ("temperature 0.5", "temperature 1", "temperature 2"))
assert p_e_cold > p_e > p_e_hot
# Top-k 2 keeps "e" and "a" in the ratio e^2 : e^1 and gives the others exactly 0.
assert torch.allclose(table["top-k 2"][:2], torch.tensor([2.0, 1.0]).softmax(dim=0))
assert torch.all(table["top-k 2"][2:] == 0)

# Sampling draws from these probabilities; 10,000 draws land close to them.
draws = torch.multinomial(table["temperature 1"], 10_000, replacement=True)
frequencies = torch.bincount(draws, minlength=len(candidates)) / 10_000
print("frequencies of 10,000 draws at temperature 1:", [round(f, 3) for f in frequencies.tolist()])
# A very low temperature is the argmax: the same character every time.
assert torch.allclose(next_char_probabilities(logits, temperature=0.01), torch.tensor([1.0, 0, 0, 0, 0]))

fig, axes = plt.subplots(1, len(table), figsize=(11, 3), sharey=True, layout="constrained")
for ax, (name, probabilities) in zip(axes, table.items()):
    ax.bar([repr(c) for c in candidates], probabilities.numpy())
    ax.set_title(name)
    ax.set_xlabel("next character")
axes[0].set_ylabel("probability")
fig.suptitle("The same scores, sampled at three temperatures and with top-k")
plt.show()
