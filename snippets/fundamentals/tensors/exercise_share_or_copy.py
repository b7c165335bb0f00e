"""Exercise 3: which of these results share memory with x, and which are copies?"""
import torch

x = torch.arange(6).reshape(2, 3)


def shares_memory(a, b):
    # Compare the start of the underlying storage: a slice starts at an offset inside it.
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


results = {
    "x[1:]": x[1:],
    "x.t()": x.t(),
    "x.reshape(-1)": x.reshape(-1),
    "x.t().reshape(-1)": x.t().reshape(-1),
    "x[[0, 1]]": x[[0, 1]],
    "x.clone()": x.clone(),
    "x.long()": x.long(),
    "x.float()": x.float(),
    "x.unsqueeze(0).expand(4, 2, 3)": x.unsqueeze(0).expand(4, 2, 3),
    "torch.tensor(x.numpy())": torch.tensor(x.numpy()),
}
for expression, result in results.items():
    print(f"{expression:32s}", "shares memory" if shares_memory(result, x) else "copy")
