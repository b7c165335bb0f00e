# %% wrong
"""A method named train(imgs, labels) overrides nn.Module.train(mode) and breaks model.eval()."""
import torch
from torch import nn


class SelfTrainingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 10))
        self.loss_fn = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.SGD(self.parameters(), lr=0.1)

    def forward(self, imgs):
        return self.layers(imgs)

    def train(self, imgs, labels):  # the name nn.Module already uses for train(mode=True)
        self.optimizer.zero_grad()
        loss = self.loss_fn(self(imgs), labels)
        loss.backward()
        self.optimizer.step()
        return loss.item()


torch.manual_seed(0)
model = SelfTrainingNet()
try:
    model.eval()  # nn.Module.eval() is self.train(False)
except TypeError as error:
    print("TypeError:", error)
print("still in training mode:", model.training)

# %% right
class SelfTrainingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 10))
        self.loss_fn = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.SGD(self.parameters(), lr=0.1)

    def forward(self, imgs):
        return self.layers(imgs)

    def train_step(self, imgs, labels):  # any name nn.Module does not use
        self.train()
        self.optimizer.zero_grad()
        loss = self.loss_fn(self(imgs), labels)
        loss.backward()
        self.optimizer.step()
        return loss.item()


model = SelfTrainingNet()
print("loss of one step:", round(model.train_step(torch.rand(8, 1, 28, 28), torch.arange(8)), 4))
model.eval()
print("in training mode after eval():", model.training)
