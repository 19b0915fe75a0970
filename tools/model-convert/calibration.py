"""Calibration and tuning inputs for the INT8 models, made from photographs that Debian packages ship.

None of these images is one of the test photographs (src/test/resources/photos), which are kept
apart to measure the INT8 models' fidelity. fetch-calibration.sh unpacks the packages and checks
every source file against calibration-sources.sha256.

| source (package, version, path) | licence | what |
|---|---|---|
| opencv-doc 4.6.0+dfsg-12, /usr/share/doc/opencv-doc/examples/data/vtest.avi | Apache-2.0 (Debian's copyright file, Files: *) | 795 frames, 768x576, a campus with people walking |
| opencv-doc 4.6.0+dfsg-12, /usr/share/doc/opencv-doc/examples/data/messi5.jpg | Apache-2.0 (as above) | a football player, full body, 548x342 |
| python3-scipy 1.10.1-2, /usr/lib/python3/dist-packages/scipy/misc/ascent.dat | public domain (Debian's copyright file) | people walking up stairs, grayscale 512x512 |

Every 25th frame of vtest.avi is decoded (32 frames). Frames 0, 50, 100, ... and both still
photographs are the calibration set; frames 25, 75, 125, ... are the tuning set used to measure each
layer's sensitivity. Each image is augmented deterministically (seeded by its name): the whole image
letterboxed, a square crop around the person the float model finds (as FormCoach's crop tracking
does), and random square crops of 30-100 % of the short side at random positions (scales), each
mirrored left-right with probability 1/2.
"""
import hashlib
import os
import pickle
import subprocess
import zlib

import numpy as np
import torch
from skimage import io, transform

OPENCV_DATA = "usr/share/doc/opencv-doc/examples/data"
ASCENT = "usr/lib/python3/dist-packages/scipy/misc/ascent.dat"
FRAME_STEP = 25
# SHA-256 of the decoded RGB24 frames (every 25th of vtest.avi) as ffmpeg writes them, concatenated:
# a different decoder output would change the calibration and so the INT8 files.
VTEST_FRAMES_SHA256 = "1dbc7469727f5214cbd3219a90070f133311093710d93871b6cc6b010c3dd93d"


def _rgb(img):
    img = np.asarray(img)
    if img.ndim == 2:
        img = np.stack([img] * 3, axis=-1)
    return np.ascontiguousarray(img[:, :, :3]).astype(np.uint8)


def vtest_frames(root):
    path = os.path.join(root, OPENCV_DATA, "vtest.avi")
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-vf", f"select=not(mod(n\\,{FRAME_STEP}))",
                          "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                         check=True, capture_output=True).stdout
    frames = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 576, 768, 3)
    return frames, hashlib.sha256(raw).hexdigest()


def sources(root):
    """(name, RGB image, role) for every source image; role is 'calibration' or 'tuning'."""
    frames, digest = vtest_frames(root)
    out = []
    for k, frame in enumerate(frames):
        out.append((f"vtest-{k * FRAME_STEP:03d}", frame, "calibration" if k % 2 == 0 else "tuning"))
    out.append(("messi5", _rgb(io.imread(os.path.join(root, OPENCV_DATA, "messi5.jpg"))), "calibration"))
    with open(os.path.join(root, ASCENT), "rb") as f:
        ascent = np.array(pickle.load(f)).astype(np.uint8)
    out.append(("ascent", _rgb(ascent), "calibration"))
    return out, digest


def letterbox(img, x, y, side_w, side_h, size):
    """The region (x, y, side_w, side_h) of ``img`` scaled into a black size x size square, centred,
    aspect kept (area averaging when shrinking, bilinear when enlarging, like FormCoach's Letterbox)."""
    region = img[y:y + side_h, x:x + side_w]
    scale = size / max(side_w, side_h)
    w = max(1, round(side_w * scale))
    h = max(1, round(side_h * scale))
    shrink = scale < 1
    scaled = transform.resize(region, (h, w), order=1, preserve_range=True, anti_aliasing=shrink)
    out = np.zeros((size, size, 3), dtype=np.uint8)
    oy, ox = (size - h) // 2, (size - w) // 2
    out[oy:oy + h, ox:ox + w] = np.clip(np.round(scaled), 0, 255).astype(np.uint8)
    return out


def to_tensor(arr):
    return torch.from_numpy(arr.astype(np.int32)).reshape(1, *arr.shape)


def person_box(float_model, img, size):
    """Square around the keypoints the float model finds (score >= 0.2) in the whole image, 1.6x
    the keypoints' extent, or None."""
    h, w = img.shape[:2]
    side = max(h, w)
    x = to_tensor(letterbox(img, 0, 0, w, h, size))
    with torch.no_grad():
        kp = float_model(x).reshape(17, 3).numpy()
    good = kp[kp[:, 2] >= 0.2]
    if len(good) < 4:
        return None
    scale = side / size
    oy, ox = (size - round(h / scale)) // 2, (size - round(w / scale)) // 2
    ys = (good[:, 0] * size - oy) * scale
    xs = (good[:, 1] * size - ox) * scale
    extent = max(ys.max() - ys.min(), xs.max() - xs.min()) * 1.6
    s = int(min(max(extent, min(h, w) * 0.25), min(h, w)))
    cx, cy = (xs.max() + xs.min()) / 2, (ys.max() + ys.min()) / 2
    x0 = int(np.clip(cx - s / 2, 0, w - s))
    y0 = int(np.clip(cy - s / 2, 0, h - s))
    return x0, y0, s


def augment(name, img, float_model, size, random_crops):
    """Deterministic variants of one image as int32 model inputs [1, size, size, 3]."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    h, w = img.shape[:2]
    regions = [(0, 0, w, h)]
    box = person_box(float_model, img, size)
    if box is not None:
        regions.append((box[0], box[1], box[2], box[2]))
    for _ in range(random_crops):
        s = int(rng.uniform(0.3, 1.0) * min(h, w))
        regions.append((int(rng.integers(0, w - s + 1)), int(rng.integers(0, h - s + 1)), s, s))
    out = []
    for x, y, rw, rh in regions:
        arr = letterbox(img, x, y, rw, rh, size)
        if rng.random() < 0.5:
            arr = arr[:, ::-1]
        out.append(to_tensor(np.ascontiguousarray(arr)))
    return out


def inputs(root, float_model, size, role):
    """The calibration (role='calibration') or tuning (role='tuning') inputs for a model of input
    ``size``, and the SHA-256 of the decoded video frames."""
    srcs, digest = sources(root)
    result = []
    for name, img, r in srcs:
        if r != role:
            continue
        crops = 3 if role == "calibration" else 1
        if name in ("messi5", "ascent") and role == "calibration":
            crops = 8
        result.extend(augment(name, img, float_model, size, crops))
    return result, digest
