"""Exercise: the worked example's convolution written with two loops, checked against F.conv2d."""
import torch
import torch.nn.functional as F


def conv2d_by_hand(image, kernel, stride=1, padding=0):
    """image: (H, W), kernel: (kH, kW); one channel, no batch."""
    image = F.pad(image, [padding] * 4)  # zeros on all four sides
    kernel_height, kernel_width = kernel.shape
    out_height = (image.shape[0] - kernel_height) // stride + 1
    out_width = (image.shape[1] - kernel_width) // stride + 1
    output = torch.zeros(out_height, out_width, dtype=image.dtype)
    for row in range(out_height):
        for column in range(out_width):
            top, left = row * stride, column * stride
            patch = image[top:top + kernel_height, left:left + kernel_width]
            output[row, column] = (patch * kernel).sum()
    return output


image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]])
kernel = torch.tensor([[1, 2, 1],
                       [0, 1, 0],
                       [2, 1, 0]])

for stride, padding in ((1, 0), (2, 0), (1, 1)):
    by_hand = conv2d_by_hand(image, kernel, stride, padding)
    by_torch = F.conv2d(image.reshape(1, 1, 5, 5), kernel.reshape(1, 1, 3, 3), stride=stride, padding=padding)
    assert torch.equal(by_hand, by_torch[0, 0])
    print(f"stride {stride}, padding {padding}: same as F.conv2d\n{by_hand}")
