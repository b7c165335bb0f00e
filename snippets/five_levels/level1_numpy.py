"""Level 1: a two-layer network in NumPy, with every derivative worked out by hand."""
import numpy as np

N, D_in, H, D_out = 64, 1000, 100, 10  # batch size, input, hidden and output sizes
learning_rate = 1e-6

rng = np.random.default_rng(0)
x = rng.standard_normal((N, D_in))  # random inputs ...
y = rng.standard_normal((N, D_out))  # ... and random targets to fit
w1 = rng.standard_normal((D_in, H))
w2 = rng.standard_normal((H, D_out))

losses = []
for t in range(500):
    # Forward pass: linear, ReLU, linear.
    h = x.dot(w1)
    h_relu = np.maximum(h, 0)
    y_pred = h_relu.dot(w2)
    loss = np.square(y_pred - y).sum()
    losses.append(float(loss))
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss:.6g}")

    # Backward pass: the chain rule, applied by hand from the loss back to w1.
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h_relu.T.dot(grad_y_pred)
    grad_h = grad_y_pred.dot(w2.T)
    grad_h[h < 0] = 0  # ReLU lets no gradient through where its input was negative
    grad_w1 = x.T.dot(grad_h)

    w1 -= learning_rate * grad_w1
    w2 -= learning_rate * grad_w2

first_loss, last_loss = losses[0], losses[-1]
assert last_loss < first_loss / 1000, "the loss should fall by orders of magnitude"
