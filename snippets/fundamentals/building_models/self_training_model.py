"""A model that owns its loss and optimizer, with the training method named train_step."""
import torch
from torch import nn

from tutorial_data import load_mnist


class Classifier(nn.Module):
    def __init__(self, lr=1e-3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, 128),
            nn.ReLU(),
            nn.Dropout(0.5),
            nn.Linear(128, 10),
        )
        self.loss_fn = nn.CrossEntropyLoss()
        # Created after the layers, so that self.parameters() already holds them.
        self.optimizer = torch.optim.Adam(self.parameters(), lr=lr)

    def forward(self, imgs):
        return self.layers(imgs)

    def train_step(self, imgs, labels):
        self.train()  # nn.Module.train(): Dropout on
        loss = self.loss_fn(self(imgs), labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def accuracy(self, imgs, labels):
        self.eval()  # Dropout off
        return (self(imgs).argmax(dim=1) == labels).float().mean().item()


images, labels = load_mnist("test")  # the offline copy has only MNIST's 10,000 test images
images = images.float() / 255
train_images, train_labels = images[:8000], labels[:8000]
test_images, test_labels = images[8000:], labels[8000:]

torch.manual_seed(0)
model = Classifier()
print(f"accuracy before training: {model.accuracy(test_images, test_labels):.3f}")
for epoch in range(2):
    for start in range(0, len(train_images), 100):
        loss = model.train_step(train_images[start:start + 100], train_labels[start:start + 100])
    print(f"epoch {epoch + 1}: last loss {loss:.3f}, "
          f"held-out accuracy {model.accuracy(test_images, test_labels):.3f}")

model.eval()
with torch.no_grad():
    first, second = model(test_images[:1]), model(test_images[:1])
print("model.training:", model.training)
print("same image, two predictions equal?", torch.equal(first, second))
