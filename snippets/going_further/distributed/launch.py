"""Start ddp_train.py as two CPU processes with torchrun, and show what rank 0 printed."""
import os
import signal
import subprocess
import sys
from pathlib import Path

TIMEOUT = 180  # seconds: a rendezvous that never completes must not hang the caller

command = [
    sys.executable, "-m", "torch.distributed.run",  # the module behind the `torchrun` command
    "--standalone",  # one machine: the rendezvous is a store on localhost, on a free port
    "--nproc_per_node=2",
    str(Path(__file__).with_name("ddp_train.py")),
]
# One math thread per process, so that the two processes do not fight over the same cores.
environment = dict(os.environ, OMP_NUM_THREADS="1")
with subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                      text=True, start_new_session=True) as torchrun:
    try:
        output, errors = torchrun.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(torchrun.pid, signal.SIGKILL)  # torchrun and the processes it started
        raise
if torchrun.returncode != 0:
    sys.exit(f"torchrun failed with exit code {torchrun.returncode}:\n{errors}")
print(output, end="")
