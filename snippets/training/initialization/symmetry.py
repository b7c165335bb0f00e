"""All-zero or constant weights: every hidden unit computes the same thing and stays the same."""
import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(256, 2) * 4 - 2  # points in [-2, 2]²
y = torch.sin(2 * x[:, :1]) * torch.cos(x[:, 1:])  # a curved surface to fit


def constant_init(value):
    def init(module):
        if isinstance(module, nn.Linear):
            nn.init.constant_(module.weight, value)
            nn.init.constant_(module.bias, value)
    return init


def train(init):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
    if init is not None:
        model.apply(init)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    for step in range(500):
        loss = nn.functional.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        if step == 0:
            first_grad = model[0].weight.grad.abs().max().item()
        optimizer.step()
    # How different are the 16 hidden units? The largest gap between any unit's weights and unit 0's.
    hidden = model[0].weight.detach()
    spread = (hidden - hidden[0]).abs().max().item()
    return loss.item(), first_grad, spread, hidden


zero_loss, zero_first_grad, zero_spread, zero_hidden = train(constant_init(0.0))
constant_loss, constant_first_grad, constant_spread, constant_hidden = train(constant_init(0.5))
random_loss, random_first_grad, random_spread, random_hidden = train(None)  # the default init
baseline_loss = y.var(correction=0).item()  # the loss of predicting the mean everywhere

print(f"predicting the mean everywhere: loss {baseline_loss:.4f}")
print("init               loss after 500 steps    largest first-layer gradient, step 1   largest gap between units")
for name, loss, first_grad, spread in (("all zeros", zero_loss, zero_first_grad, zero_spread),
                                       ("all 0.5", constant_loss, constant_first_grad, constant_spread),
                                       ("default (random)", random_loss, random_first_grad, random_spread)):
    print(f"{name:18s} {loss:21.4f}   {first_grad:36.4f}   {spread:25.4f}")
print("the first 3 hidden units' weights after training, all 0.5:\n", constant_hidden[:3])
print("the first 3 hidden units' weights after training, default:\n", random_hidden[:3])

# All zeros: the output weights are 0, so no gradient reaches the hidden layer, and the hidden
# outputs are tanh(0) = 0, so the output weights get none either. Only the output bias learns.
assert zero_first_grad == 0 and torch.all(zero_hidden == 0)
# Constant: the hidden layer learns, but all 16 units receive the same gradient and stay clones.
assert constant_first_grad > 0 and constant_spread < 1e-5
assert random_loss < constant_loss < zero_loss
