"""Run the six level scripts from this folder and draw their loss curves on one plot."""
import contextlib
import io
import runpy

import matplotlib.pyplot as plt

# Levels 3 and 6 compute exactly what 2 and 4 compute, so they are dashed to stay visible.
levels = {
    "1. NumPy by hand": ("level1_numpy.py", "-"),
    "2. tensors by hand": ("level2_tensors.py", "-"),
    "3. autograd": ("level3_autograd.py", "--"),
    "4. torch.nn": ("level4_nn.py", "-"),
    "5. torch.optim (Adam)": ("level5_optim.py", "-"),
    "6. custom nn.Module (SGD)": ("level6_module.py", "--"),
}

fig, ax = plt.subplots(figsize=(8, 4.5))
for label, (script, style) in levels.items():
    with contextlib.redirect_stdout(io.StringIO()):  # each script prints its own progress
        losses = runpy.run_path(script)["losses"]
    ax.plot(range(1, len(losses) + 1), losses, style, label=label)
    print(f"{label:28s} first loss {losses[0]:12.6g}   last loss {losses[-1]:.6g}")

ax.set_yscale("log")
ax.set_title("Training loss of the six levels (sum of squared errors)")
ax.set_xlabel("iteration")
ax.set_ylabel("loss (log scale)")
ax.legend()
plt.show()
