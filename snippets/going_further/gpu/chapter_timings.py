"""Compare the measured snippet run times of every chapter of this site on the CPU and on a GPU."""
import json
import sys
from pathlib import Path

import matplotlib.pyplot as plt

# This snippet belongs to the site's repository: it reads the files that
# benchmarks/chapter_timings.py writes there, one per device (cpu.json, cuda.json, ...).
TIMINGS = Path(__file__).resolve().parents[3] / "docs" / "going-further" / "timings"
if not (TIMINGS / "cpu.json").is_file():
    sys.exit(f"{TIMINGS / 'cpu.json'} not found: this snippet only runs inside the site's repository, "
             f"after `python benchmarks/chapter_timings.py --device cpu` has written it")

runs = {path.stem: json.loads(path.read_text()) for path in sorted(TIMINGS.glob("*.json"))}
cpu = runs.pop("cpu")
measured_devices = ", ".join(["cpu", *runs])  # the devices with a measured run of the whole site
for device, run in [("cpu", cpu), *runs.items()]:
    print(f"{device} run: {run['device_name']}, host with {run['host_cpu_count']} CPU cores, torch {run['torch']}")
    print(f"    measured {run['measured_from']} to {run['measured_to']}: "
          f"{run['snippets']} snippets, {run['missing']} missing from the cache")
if not runs:
    print(f"No GPU run has been measured yet. The table shows the CPU run of {cpu['measured_to'][:10]} only.")
for device, run in runs.items():
    if (run["host_cpu"], run["host_cpu_count"]) != (cpu["host_cpu"], cpu["host_cpu_count"]):
        print(f"note: the {device} run comes from another host than the CPU run; the ratios compare two machines")

chapters = sorted(set(cpu["chapters"]).union(*(run["chapters"] for run in runs.values())))
header = f"{'chapter':34s} {'snippets':>8s} {'cpu s':>8s}"
for device in runs:
    header += f" {device + ' s':>8s} {'cpu/' + device:>9s}"
print()
print(header)
incomplete = False
for chapter in chapters:
    counts = [run["chapters"].get(chapter) for run in (cpu, *runs.values())]
    missing = any(count is None or count["missing"] for count in counts)
    incomplete |= missing
    cpu_seconds = counts[0]["seconds"] if counts[0] else None
    row = f"{chapter + (' *' if missing else ''):34s} {max(c['snippets'] for c in counts if c):8d} "
    row += f"{cpu_seconds:8.1f}" if cpu_seconds is not None else f"{'-':>8s}"
    for count in counts[1:]:
        if count is None:
            row += f" {'-':>8s} {'-':>9s}"
        else:
            ratio = f"{cpu_seconds / count['seconds']:8.1f}x" if cpu_seconds and count["seconds"] else "-"
            row += f" {count['seconds']:8.1f} {ratio:>9s}"
    print(row)
total = f"{'total':34s} {cpu['snippets']:8d} {cpu['total_seconds']:8.1f}"
for run in runs.values():
    total += f" {run['total_seconds']:8.1f} {cpu['total_seconds'] / run['total_seconds']:8.1f}x"
print(total)
if incomplete:
    print("* some snippets of this chapter were missing from a run's cache: their time is not counted")

fig, ax = plt.subplots(figsize=(8, 0.25 * len(chapters) + 1.5), layout="constrained")
height = 0.8 / (1 + len(runs))
for offset, (device, run) in enumerate([("cpu", cpu), *runs.items()]):
    seconds = [run["chapters"].get(chapter, {}).get("seconds", 0) for chapter in chapters]
    ax.barh([index + offset * height for index in range(len(chapters))], seconds, height=height,
            label=f"{device}: {run['device_name']} ({run['measured_to'][:10]})")
ax.set_yticks(range(len(chapters)), chapters, fontsize=8)
ax.invert_yaxis()
ax.set_xlabel("seconds of snippet run time (all snippets of the chapter)")
ax.set_title("Snippet run time per chapter" + ("" if runs else ": CPU only, no GPU run measured yet"))
fig.legend(loc="outside lower center")
plt.show()
