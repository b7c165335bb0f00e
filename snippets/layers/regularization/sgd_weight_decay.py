"""SGD's weight_decay adds weight_decay * w to the gradient before the step."""
import torch

torch.manual_seed(0)
lr, weight_decay = 0.1, 0.01
w = torch.randn(3, requires_grad=True)
start = w.detach().clone()
x, target = torch.randn(3), torch.tensor(1.0)

optimizer = torch.optim.SGD([w], lr=lr, weight_decay=weight_decay)
loss = (w @ x - target) ** 2
optimizer.zero_grad()
loss.backward()
grad = w.grad.clone()
optimizer.step()

by_hand = start - lr * (grad + weight_decay * start)
print("SGD(weight_decay=0.01):", w.detach())
print("w - lr * (grad + wd * w):", by_hand)
print("equal:", torch.allclose(w.detach(), by_hand))
# With no loss gradient at all, each step multiplies w by (1 - lr * wd): it "decays".
print("decay factor per step: 1 - lr * wd =", 1 - lr * weight_decay)
