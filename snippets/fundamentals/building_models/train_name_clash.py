# %% step
"""A model that owns its optimizer and names its training method train(): model.eval() breaks."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, 128),
            nn.ReLU(),
            nn.Dropout(0.5),
            nn.Linear(128, 10),
        )
        self.loss_fn = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.Adam(self.parameters(), lr=1e-3)

    def forward(self, imgs):
        return self.layers(imgs)

    def train(self, imgs, labels):  # the bug: this replaces nn.Module.train(mode=True)
        loss = self.loss_fn(self(imgs), labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


torch.manual_seed(0)
model = Classifier()
imgs, labels = torch.randn(32, 1, 28, 28), torch.randint(0, 10, (32,))
print(f"one training step works: loss {model.train(imgs, labels):.4f}")

# %% eval
try:
    model.eval()  # nn.Module.eval() is just self.train(False)
except TypeError as error:
    print("TypeError:", error)
print("model.training:", model.training)

with torch.no_grad():
    first, second = model(imgs[:1]), model(imgs[:1])
print("same image, two predictions equal?", torch.equal(first, second), "(Dropout is still on)")
