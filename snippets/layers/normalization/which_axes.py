"""Which values of an (N, C, H, W) batch share one mean and variance, for each normalisation layer."""
import matplotlib.pyplot as plt
import numpy as np

N, C, HW = 4, 6, 4  # batch, channels, and the H and W axes drawn as one
GROUPS = 2  # for GroupNorm: 6 channels in 2 groups of 3

# True where a value belongs to the one group that is coloured; each layer normalises such a group.
shaded = {
    "BatchNorm: one channel,\nall samples and pixels": np.zeros((N, C, HW), dtype=bool),
    "LayerNorm: one sample,\nall channels and pixels": np.zeros((N, C, HW), dtype=bool),
    "InstanceNorm: one sample,\none channel, all pixels": np.zeros((N, C, HW), dtype=bool),
    f"GroupNorm ({GROUPS} groups): one sample,\n{C // GROUPS} channels, all pixels": np.zeros((N, C, HW), dtype=bool),
}
batch_group, layer_group, instance_group, group_group = shaded.values()
batch_group[:, 0, :] = True
layer_group[0, :, :] = True
instance_group[0, 0, :] = True
group_group[0, : C // GROUPS, :] = True

fig = plt.figure(figsize=(13, 4))
for index, (title, group) in enumerate(shaded.items(), start=1):
    ax = fig.add_subplot(1, 4, index, projection="3d")
    colours = np.where(group[..., None], [0.9, 0.35, 0.1, 0.9], [0.8, 0.8, 0.8, 0.15])
    ax.voxels(np.ones((N, C, HW), dtype=bool), facecolors=colours, edgecolor=(0.3, 0.3, 0.3, 0.3))
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("N (sample)")
    ax.set_ylabel("C (channel)")
    ax.set_zlabel("H·W (pixels)")
    ax.set_box_aspect(None, zoom=0.85)  # leaves room for the axis labels
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_zticks([])
    ax.view_init(elev=20, azim=-60)
fig.suptitle("The coloured values are normalised together (one mean, one variance)")
plt.show()

for title, group in shaded.items():
    print(f"{title.splitlines()[0]:24s} one group holds {group.sum():2d} of the {group.size} values drawn")
