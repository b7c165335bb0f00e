"""Run the six level scripts from this folder and draw their loss curves on one plot."""
import contextlib
import io
import runpy

import matplotlib.pyplot as plt

# Levels 3 and 6 compute what 2 and 4 compute, up to float rounding, so they are dashed to stay visible.
levels = {
    "1. NumPy by hand": ("level1_numpy.py", "-"),
    "2. tensors by hand": ("level2_tensors.py", "-"),
    "3. autograd": ("level3_autograd.py", "--"),
    "4. torch.nn": ("level4_nn.py", "-"),
    "5. torch.optim (Adam)": ("level5_optim.py", "-"),
    "6. custom nn.Module (SGD)": ("level6_module.py", "--"),
}

fig, ax = plt.subplots(figsize=(8, 4.5))
curves = {}
for label, (script, style) in levels.items():
    with contextlib.redirect_stdout(io.StringIO()):  # each script prints its own progress
        losses = runpy.run_path(script)["losses"]
    curves[script] = losses
    ax.plot(range(1, len(losses) + 1), losses, style, label=label)
    print(f"{label:28s} first loss {losses[0]:12.6g}   last loss {losses[-1]:.6g}")

# The pairs that compute the same thing: how far apart are their losses, relative to the loss?
for first, second in (("level2_tensors.py", "level3_autograd.py"), ("level4_nn.py", "level6_module.py")):
    relative = [abs(a - b) / a for a, b in zip(curves[first], curves[second])]
    same = next((i for i, r in enumerate(relative) if r > 0), len(relative))  # iterations with equal losses
    print(f"level {second[5]} against level {first[5]}: the same loss at the first {same} iteration{'s' * (same != 1)}, "
          f"then a relative difference of up to {max(relative):.0e} ({relative[-1]:.0e} at the last)")

# Adam against plain SGD from the same start (levels 5 and 4), as the page describes them.
adam, sgd = curves["level5_optim.py"], curves["level4_nn.py"]
assert adam[100] > sgd[100] and adam[-1] < sgd[-1], "Adam should start slower and end lower than SGD"

ax.set_yscale("log")
ax.set_title("Training loss of the six levels (sum of squared errors)")
ax.set_xlabel("iteration")
ax.set_ylabel("loss (log scale)")
ax.legend()
plt.show()
