"""Exercise: for unit vectors, squared Euclidean distance is 2 - 2 * cosine; every pair at once with one matmul."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
queries = F.normalize(torch.randn(4, 8), dim=1)  # 4 embeddings of length 1
keys = F.normalize(torch.randn(6, 8), dim=1)     # 6 more

# Every query against every key: (4, 1, 8) and (1, 6, 8) broadcast to 4 x 6 pairs.
cosine = nn.CosineSimilarity(dim=2)(queries.unsqueeze(1), keys.unsqueeze(0))
cosine_matmul = queries @ keys.T  # unit vectors: the dot product is the cosine
squared_distance = torch.cdist(queries, keys) ** 2
print("cosine matrix shape:", tuple(cosine.shape))
print("CosineSimilarity == queries @ keys.T:", torch.allclose(cosine, cosine_matmul, atol=1e-6))
print("distance² == 2 - 2 * cosine:         ", torch.allclose(squared_distance, 2 - 2 * cosine, atol=1e-5))
print("nearest key by distance:", torch.cdist(queries, keys).argmin(dim=1).tolist())
print("most similar key:       ", cosine.argmax(dim=1).tolist())
assert torch.equal(torch.cdist(queries, keys).argmin(dim=1), cosine.argmax(dim=1))
