"""Checks a conversion against the original model before anything else uses it.

    /usr/bin/python3 verify.py --package-dir work/package --models-dir ../../models --photos DIR

For each model and each photograph (plainly resized to the input square) plus two random inputs:
the four output heads (keypoint heatmaps, person centre, regression, offsets) of the torch rebuild and
the final keypoints of the saved TorchScript file are compared with the original TensorFlow.js model
run by reference.mjs. Heads are compared too because the graph ends in argmax/gather: a tiny
numerical difference could move a keypoint by a whole heatmap cell and still look plausible.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from skimage import io, transform

from movenet_torch import MoveNet
from tfjs_graph import Graph

HERE = os.path.dirname(os.path.abspath(__file__))
HEADS = {
    "heatmap": "StatefulPartitionedCall/Sigmoid",
    "center": "StatefulPartitionedCall/Sigmoid_1",
    "regress": "StatefulPartitionedCall/kpt_regress_0/conv2d_6/BiasAdd",
    "offset": "StatefulPartitionedCall/kpt_offset_0/conv2d_7/BiasAdd",
}
# float32 reassociation between backends: heads agree to ~1e-4 of their range
HEAD_TOLERANCE = 1e-3
KEYPOINT_TOLERANCE = 1e-4


def inputs_for(size, photos, tmp):
    files = []
    for path in sorted(glob.glob(os.path.join(photos, "*.png")) + glob.glob(os.path.join(photos, "*.jpg"))):
        img = io.imread(path)
        img = np.stack([img] * 3, axis=-1) if img.ndim == 2 else img[:, :, :3]
        arr = transform.resize(img, (size, size), preserve_range=True, anti_aliasing=True).round().astype(np.uint8)
        files.append(save(arr, os.path.join(tmp, os.path.basename(path) + f".{size}.rgb")))
    rng = np.random.default_rng(42)
    for i in range(2):
        files.append(save(rng.integers(0, 256, (size, size, 3), dtype=np.uint8), os.path.join(tmp, f"random{i}.{size}.rgb")))
    return files


def save(arr, path):
    arr.tofile(path)
    return path


def verify(package_dir, models_dir, name, photos):
    graph = Graph(os.path.join(package_dir, "models", f"movenet-{name}.json"))
    module = MoveNet(graph).eval()
    scripted = torch.jit.load(os.path.join(models_dir, f"movenet-{name}.pt"))
    size = graph.input_shape()[1]
    worst = {k: 0.0 for k in ["keypoints", *HEADS]}
    with tempfile.TemporaryDirectory() as tmp:
        files = inputs_for(size, photos, tmp)
        out = os.path.join(tmp, "ref.json")
        subprocess.run(["node", os.path.join(HERE, "reference.mjs"), "heads", "--model-dir",
                        os.path.join(package_dir, "models"), "--model", name, "--out", out, *files], check=True)
        reference = json.load(open(out))["results"]
        for file, ref in zip(files, reference):
            x = torch.from_numpy(np.fromfile(file, dtype=np.uint8).reshape(1, size, size, 3).astype(np.int32))
            with torch.no_grad():
                heads = module(x, list(HEADS.values()))
                keypoints = scripted(x).numpy().ravel()
            worst["keypoints"] = max(worst["keypoints"], float(np.abs(keypoints - np.array(ref["output"])).max()))
            for key, value in zip(HEADS, heads):
                expected = np.array(ref["heads"][key]["data"]).reshape(ref["heads"][key]["shape"])
                scale = max(1.0, float(np.abs(expected).max()))
                worst[key] = max(worst[key], float(np.abs(value.nhwc().numpy() - expected).max()) / scale)
    print(f"movenet-{name}: {len(files)} inputs; worst |difference| keypoints {worst['keypoints']:.2e}, heads "
          + ", ".join(f"{k} {worst[k]:.2e}" for k in HEADS) + " (relative to head range)")
    ok = worst["keypoints"] <= KEYPOINT_TOLERANCE and all(worst[k] <= HEAD_TOLERANCE for k in HEADS)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package-dir", required=True)
    parser.add_argument("--models-dir", required=True)
    parser.add_argument("--photos", required=True)
    args = parser.parse_args()
    results = [verify(args.package_dir, args.models_dir, name, args.photos) for name in ("lightning", "thunder")]
    if not all(results):
        sys.exit("verify: the conversion does NOT match the original model")
    print("verify: the conversion matches the original model")


if __name__ == "__main__":
    main()
