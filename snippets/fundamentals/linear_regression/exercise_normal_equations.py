"""Exercise 3: solve the normal equations, and compare the condition numbers of raw and standardised x."""
import torch

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90].double(), y[:90].double()  # float64: XᵀX squares the scale of x

features = torch.stack([x_train, torch.ones_like(x_train)], dim=1)
# Setting the gradient of the mean squared error to zero gives (XᵀX)·[a, b] = Xᵀy.
normal_solution = torch.linalg.solve(features.T @ features, features.T @ y_train)
lstsq_solution = torch.linalg.lstsq(features, y_train.unsqueeze(1)).solution.flatten()
print("normal equations: a = {:.4f}, b = {:.4f}".format(*normal_solution.tolist()))
print("lstsq:            a = {:.4f}, b = {:.4f}".format(*lstsq_solution.tolist()))

standardised = (x_train - x_train.mean()) / x_train.std()
standardised_features = torch.stack([standardised, torch.ones_like(standardised)], dim=1)
# XᵀX is, up to a factor, the curvature of the loss: its condition number is the ratio of
# the steepest to the flattest direction of the valley the walker is in.
print(f"condition number of XᵀX, raw x:          {torch.linalg.cond(features.T @ features):.0f}")
print(f"condition number of XᵀX, standardised x: "
      f"{torch.linalg.cond(standardised_features.T @ standardised_features):.3f}")
