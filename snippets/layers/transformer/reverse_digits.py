"""A tiny Transformer encoder learns to reverse a sequence of digits; its attention shows how."""
import os

import matplotlib.pyplot as plt
import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

SEQ_LEN = 8          # digits per sequence
STEPS = 300          # training steps; raise them for a harder task (longer sequences)
BATCH_SIZE = 128
d_model, nhead = 32, 2

torch.manual_seed(0)
train_set = torch.randint(0, 10, (20_000, SEQ_LEN))
candidates = torch.randint(0, 10, (1_100, SEQ_LEN))
seen = {tuple(s) for s in train_set.tolist()}
test_set = torch.stack([s for s in candidates if tuple(s.tolist()) not in seen][:1_000])
print(f"{len(train_set)} training sequences, {len(test_set)} held-out test sequences")


class Reverser(nn.Module):
    def __init__(self):
        super().__init__()
        self.digit_embedding = nn.Embedding(10, d_model)
        self.position_embedding = nn.Embedding(SEQ_LEN, d_model)  # learned, one vector per position
        self.layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=64, dropout=0.0,
                                                batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(self.layer, num_layers=1, enable_nested_tensor=False)
        self.head = nn.Linear(d_model, 10)  # a score for each digit at each position

    def embed(self, digits):
        positions = torch.arange(digits.shape[1], device=digits.device)
        return self.digit_embedding(digits) + self.position_embedding(positions)

    def forward(self, digits):
        return self.head(self.encoder(self.embed(digits)))  # (N, L, 10)


model = Reverser().to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
train_set, test_set = train_set.to(device), test_set.to(device)

for step in range(STEPS):
    digits = train_set[torch.randint(0, len(train_set), (BATCH_SIZE,), device=device)]
    target = digits.flip(dims=[1])
    logits = model(digits)
    loss = loss_fn(logits.reshape(-1, 10), target.reshape(-1))  # one class per position
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 50 == 0 or step == STEPS - 1:
        print(f"step {step + 1:4d}: loss {loss.item():.3f}")

model.eval()
with torch.no_grad():
    predicted = model(test_set).argmax(dim=-1)
correct = predicted == test_set.flip(dims=[1])
digit_accuracy = correct.float().mean().item()
print(f"held-out digit accuracy:    {digit_accuracy:.1%}  (chance: 10%)")
print(f"held-out sequence accuracy: {correct.all(dim=1).float().mean().item():.1%}")
example = test_set[0]
print("input    ", example.tolist())
print("predicted", predicted[0].tolist())
assert correct.float().mean() > 0.9

# The attention weights of the one layer, recomputed for one example (the layer does not return them).
with torch.no_grad():
    layer = model.encoder.layers[0]
    normed = layer.norm1(model.embed(example.unsqueeze(0)))  # a norm_first layer attends over norm1(x)
    _, weights = layer.self_attn(normed, normed, normed, average_attn_weights=False)
# The weight each head's query at position i gives to key 7 - i; the smallest of them, over both heads.
smallest_anti_diagonal_weight = weights[0].flip(dims=[-1]).diagonal(dim1=-2, dim2=-1).min().item()

fig, axes = plt.subplots(1, nhead, figsize=(8, 4), layout="constrained")
for head, ax in enumerate(axes):
    image = ax.imshow(weights[0, head].cpu().numpy(), cmap="viridis", vmin=0, vmax=1)
    ax.set_title(f"head {head + 1}")
    ax.set_xlabel("key position (input digit)")
    ax.set_ylabel("query position (output digit)")
    ax.set_xticks(range(SEQ_LEN), [f"{i}\n({d})" for i, d in enumerate(example.tolist())])
    ax.set_yticks(range(SEQ_LEN), [f"{i} ({d})" for i, d in enumerate(predicted[0].tolist())])
fig.colorbar(image, ax=axes, shrink=0.8, label="attention weight")
fig.suptitle("Reversing digits: output position i attends to input position 7 − i")
plt.show()
