"""Pick the device the way every snippet does, then time a matrix product on the CPU and on the GPU if there is one."""
# snippet-timing:  ms 
import os
import statistics
import time

import torch

SIZE = 1024  # the matrices are SIZE x SIZE

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print("accelerator found:", accelerator)  # None on a machine without a usable GPU
print("device used:", device)
if device.type == "cuda":
    print("GPU:", torch.cuda.get_device_name(device))


def median_ms(multiply, synchronize, repeats=10):
    multiply()  # warm-up: the first call loads kernels and, on a GPU, starts cuBLAS
    if synchronize:
        torch.accelerator.synchronize()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        multiply()
        if synchronize:
            torch.accelerator.synchronize()  # wait until the GPU has really finished
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


torch.manual_seed(0)
a, b = torch.randn(SIZE, SIZE), torch.randn(SIZE, SIZE)
flops = 2 * SIZE**3  # one multiply and one add per term of each of the SIZE * SIZE dot products
cpu_ms = median_ms(lambda: a @ b, synchronize=False)
print(f"cpu ({torch.get_num_threads()} threads): {cpu_ms:8.2f} ms  {flops / cpu_ms / 1e6:8.1f} GFLOP/s")

if device.type == "cpu":
    print("no GPU in use here: only the CPU was timed")
else:
    a_gpu, b_gpu = a.to(device), b.to(device)  # .to returns a copy on the device; a and b stay on the CPU
    queued_ms = median_ms(lambda: a_gpu @ b_gpu, synchronize=False)
    gpu_ms = median_ms(lambda: a_gpu @ b_gpu, synchronize=True)
    print(f"{device.type}, clock read without synchronize: {queued_ms:8.3f} ms (only the time to queue the work)")
    print(f"{device.type}, with synchronize:               {gpu_ms:8.3f} ms  {flops / gpu_ms / 1e6:8.1f} GFLOP/s")
    print("same result as the CPU:", torch.allclose(a @ b, (a_gpu @ b_gpu).cpu(), rtol=1e-3, atol=1e-3))
print("times vary from run to run")
