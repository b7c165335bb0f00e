"""The same seed on another CPU: torch draws other random numbers when it cannot use the same vector instructions."""
import json
import os
import platform
import subprocess
import sys

import numpy as np
import torch

torch.manual_seed(0)  # the same random numbers on every run

# Results are promised identical only for the same versions on the same hardware. Note them with a result.
capability = torch.backends.cpu.get_cpu_capability()
torch_version = torch.__version__
print(f"Python {platform.python_version()}, torch {torch_version}, NumPy {np.__version__}")
print(f"CPU: {platform.machine()}, vector instructions used by torch: {capability}, threads: {torch.get_num_threads()}")

# torch picks its CPU kernels for the vector instructions the processor has. ATEN_CPU_CAPABILITY=default
# makes a new process use the plain kernels, as on a CPU without AVX2: the same program, seeded the same way.
program = "import json, torch; torch.manual_seed(0); print(json.dumps(torch.randn(1000).tolist()))"
here = torch.randn(1000)
plain_kernels = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                               env=dict(os.environ, ATEN_CPU_CAPABILITY="default"))
there = torch.tensor(json.loads(plain_kernels.stdout))
differ = (here != there).sum().item()
print(f"torch.manual_seed(0); torch.randn(1000), with {capability} and with the plain kernels:")
print(f"  first numbers here:  {here[:4].tolist()}")
print(f"  first numbers there: {there[:4].tolist()}")
print(f"  {differ} of 1000 numbers differ, by up to {(here - there).abs().max().item():.1e}")
if capability != "DEFAULT":  # a CPU without vector kernels has nothing to compare with
    assert differ > 0
