"""Exercise 1: level 1 with the learning rate doubled, and then ten times larger."""
import numpy as np

N, D_in, H, D_out = 64, 1000, 100, 10

for learning_rate in (1e-6, 2e-6, 1e-5):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((N, D_in))
    y = rng.standard_normal((N, D_out))
    w1 = rng.standard_normal((D_in, H))
    w2 = rng.standard_normal((H, D_out))
    losses = []
    with np.errstate(over="ignore", invalid="ignore"):  # a diverging run overflows to inf/nan
        for t in range(500):
            h = x.dot(w1)
            h_relu = np.maximum(h, 0)
            y_pred = h_relu.dot(w2)
            loss = np.square(y_pred - y).sum()
            losses.append(loss)
            grad_y_pred = 2.0 * (y_pred - y)
            grad_w2 = h_relu.T.dot(grad_y_pred)
            grad_h = grad_y_pred.dot(w2.T)
            grad_h[h < 0] = 0
            grad_w1 = x.T.dot(grad_h)
            w1 -= learning_rate * grad_w1
            w2 -= learning_rate * grad_w2
    active = int((h > 0).any(axis=0).sum())  # hidden units that are positive for at least one input
    print(f"learning rate {learning_rate:g}: first losses " + ", ".join(f"{value:.3g}" for value in losses[:3])
          + f"; after 500 iterations {loss:.6g}, with {active} of {H} hidden units active")
    if learning_rate == 2e-6:  # what the page says of this run
        assert losses[1] > losses[0] and active < H / 2 and loss > 100, "2e-6 should overshoot, then stall"
