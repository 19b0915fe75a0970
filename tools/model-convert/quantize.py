"""Quantises the MoveNet models to INT8 for FormCoach: models/movenet-{lightning,thunder}-int8.pt.

    ONEDNN_MAX_CPU_ISA=AVX512_CORE_VNNI /usr/bin/python3 quantize.py --package-dir work/package \\
        --calib-root work/calib/root --out-dir ../../models [--model NAME] [--sensitivity OUT.md]

(quantize.sh runs it with the right environment.) For each model: the float rebuild is calibrated
on the calibration images (calibration.py: photographs from Debian packages, augmented; never the
test photographs), the convolutions are quantised as movenet_int8.py explains, except the layers in
FLOAT_LAYERS, and the result is traced, frozen and saved like the float32 files (convert.py), so the
output is byte-for-byte reproducible. --sensitivity also measures every convolution's sensitivity
alone (only that layer quantised) on the tuning images and writes the table.

Debian's torch 1.13 has the oneDNN and QNNPACK quantised engines but no fbgemm; the conversion uses
oneDNN (QNNPACK gives wrong results for this model). The file stores the int8 weights and the
quantisation parameters; libtorch in FormCoach packs them for its own engine when it loads them.
oneDNN 2.6 in torch 1.13 crashes in its AMX kernels for some shapes (e.g. a 576->160 1x1
convolution on 6x6), hence ONEDNN_MAX_CPU_ISA=AVX512_CORE_VNNI.
"""
import argparse
import hashlib
import os
import subprocess
import sys

import numpy as np
import torch

import calibration
from convert import strip_debug_info
from movenet_int8 import CONV_OPS, MoveNetInt8, QuantConfig, calibrate, conv_layers, short
from movenet_torch import MoveNet
from tfjs_graph import Graph

MODELS = ("lightning", "thunder")
BRANCHES = ("kpt_heatmap_0", "kpt_regress_0", "center_0", "kpt_offset_0")
HEAD_LAYERS = [f"{b}/{layer}" for b, layer in zip(BRANCHES, (
    "separable_conv2d_4/separable_conv2d/depthwise", "separable_conv2d_5/separable_conv2d/depthwise",
    "separable_conv2d_3/separable_conv2d/depthwise", "separable_conv2d_6/separable_conv2d/depthwise"))] + \
    [f"{b}/{layer}" for b, layer in zip(BRANCHES, ("re_lu_4/Relu", "re_lu_5/Relu", "re_lu_3/Relu", "re_lu_6/Relu"))] + \
    [f"{b}/{layer}" for b, layer in zip(BRANCHES, ("conv2d_5/BiasAdd", "conv2d_6/BiasAdd", "conv2d_4/BiasAdd",
                                                   "conv2d_7/BiasAdd"))]
# Layers kept in float32, chosen from the per-layer sensitivity measured on the tuning images
# (quantize.py --sensitivity; the tables are in models/README.md). Each one quantised alone moves
# keypoints or scores far more than any backbone layer does:
FLOAT_LAYERS = {
    # The first depthwise convolution (full resolution, 32 or 56 channels): one channel has all nine
    # weights near -40..-56 and its input is the widest-ranged activation of the network; alone it
    # moves Lightning's keypoints by 2.4 % of the side on average (a backbone layer: 0.02-0.3 %;
    # in Thunder it is 0.24 %, among the most sensitive there too).
    "model/expanded_conv_depthwise/depthwise",
    # The last FPN level (the depthwise and 1x1 convolution at 48x48 / 64x64) and the four heads
    # (heatmaps, person centre, regression, offsets: depthwise, 1x1 + ReLU, 1x1). They decide which
    # person is followed (the centre head alone: 1.5-3.4 % mean deviation, person switches) and the
    # scores that the rules compare with 0.3 (the heatmap branch alone: score p95 0.17). In float
    # they cost about a sixth of the INT8 model's time.
    "separable_conv2d_2/separable_conv2d/depthwise", "re_lu_2/Relu",
    *HEAD_LAYERS,
}
# ReLU6 outputs: Lightning gets calibrated ranges (the calibrated maximum is at most 6, so the
# kernels' saturation still implements the clamp, with finer steps), Thunder ranges pinned to [0, 6]:
# each deviated less on that model's tuning images (the variants in docs/INT8.md).
PIN_RELU6 = {"lightning": False, "thunder": True}


def config_for(name, **changes):
    args = dict(float_layers=FLOAT_LAYERS, depthwise_bits=8, other_bits=8, pin_relu6=PIN_RELU6[name],
                depthwise_weight_bits=7)
    args.update(changes)
    return QuantConfig(**args)


GREEDY_STEPS = 14
HEATMAP = "StatefulPartitionedCall/Sigmoid"


def build(package_dir, calib_root, name):
    graph = Graph(os.path.join(package_dir, "models", f"movenet-{name}.json"))
    float_model = MoveNet(graph).eval()
    size = graph.input_shape()[1]
    cal, digest = calibration.inputs(calib_root, float_model, size, "calibration")
    if calibration.VTEST_FRAMES_SHA256 and digest != calibration.VTEST_FRAMES_SHA256:
        sys.exit(f"quantize: the decoded vtest.avi frames have SHA-256 {digest}, expected "
                 f"{calibration.VTEST_FRAMES_SHA256}: this ffmpeg decodes differently, so the INT8 files would differ")
    module = MoveNetInt8(graph).eval()
    calibrate(module, cal)
    print(f"movenet-{name}: calibrated on {len(cal)} inputs", flush=True)
    return graph, float_model, module


def save(module, graph, path):
    shape = graph.input_shape()
    example = torch.randint(0, 256, shape, dtype=torch.int32, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        traced = torch.jit.trace(module, example, check_trace=False)
        frozen = torch.jit.freeze(traced.eval())
    frozen.save(path)
    strip_debug_info(path)
    reloaded = torch.jit.load(path)
    with torch.no_grad():
        expected = module(example)
        actual = reloaded(example)
    if not torch.equal(expected, actual):
        diff = (expected - actual).abs().max().item()
        raise SystemExit(f"{path}: the saved TorchScript differs from the module (max {diff})")
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    print(f"{path}: {os.path.getsize(path)} bytes; sha256 {digest}", flush=True)


def reference(float_model, inputs):
    """The float model's heatmap and keypoints for each input."""
    final = next(n.name for n in reversed(float_model.graph.nodes) if n.op == "Identity")
    with torch.no_grad():
        return [(x, *float_model(x, [HEATMAP, final])) for x in inputs]


def deviation(module, references):
    """Keypoint deviation (% of the input side, over keypoints with float score >= 0.3), score
    deviation and heatmap RMS error of ``module`` against the float model's ``references``."""
    kp, sc, hm = [], [], []
    final = next(n.name for n in reversed(module.graph.nodes) if n.op == "Identity")
    with torch.no_grad():
        for x, ref_hm, ref in references:
            out_hm, out = module(x, [HEATMAP, final])
            ref, out = ref.nhwc().reshape(17, 3), out.nhwc().reshape(17, 3)
            d = ((out[:, :2] - ref[:, :2]) ** 2).sum(1).sqrt() * 100
            kp.append(d[ref[:, 2] >= 0.3].numpy())
            sc.append((out[:, 2] - ref[:, 2]).abs().numpy())
            hm.append(((out_hm.nchw() - ref_hm.nchw()) ** 2).mean().sqrt().item())
    kp, sc = np.concatenate(kp), np.concatenate(sc)
    return {"kp_mean": float(kp.mean()), "kp_median": float(np.median(kp)), "kp_p95": float(np.percentile(kp, 95)), "kp_max": float(kp.max()),
            "score_median": float(np.median(sc)), "score_p95": float(np.percentile(sc, 95)),
            "heatmap_rmse": float(np.mean(hm))}


def sensitivity(name, module, float_model, calib_root, size, out, step=1, layers=True, greedy_steps=None):
    """Measures each convolution alone, then the whole model as layers are moved to float in the
    order of their sensitivity (unless ``layers`` is false), then the shipped configuration and its
    variants, and appends the tables (markdown) to ``out``."""
    tuning, _ = calibration.inputs(calib_root, float_model, size, "tuning")
    tuning = tuning[::step]
    refs = reference(float_model, tuning)

    shipped = config_for(name)

    def config(float_layers=(), only=None, **kw):
        # the shipped configuration with these changes (config_for holds its settings, so none is copied by hand)
        return config_for(name, float_layers=float_layers, only_layers=only, **kw)

    rows = []
    for layer in conv_layers(module) if layers else []:
        module.quantize(config(only=[layer]))
        r = deviation(module, refs)
        rows.append((layer, r))
        print(f"  {short(layer):60s} kp mean {r['kp_mean']:.3f} p95 {r['kp_p95']:.3f} max {r['kp_max']:.2f}"
              f"  score p95 {r['score_p95']:.3f}", flush=True)
    ranked = sorted(rows, key=lambda lr: -lr[1]["kp_mean"])
    greedy = []
    kept = []
    steps = GREEDY_STEPS if greedy_steps is None else greedy_steps
    for layer, _ in ([(None, None)] + ranked[:steps]) if layers and steps else []:
        if layer is not None:
            kept.append(layer)
        module.quantize(config(float_layers=kept))
        greedy.append((short(layer) if layer else "(all convolutions quantised)", deviation(module, refs)))
        print(f"  float: {greedy[-1][0]}: {greedy[-1][1]}", flush=True)
    variants = [("shipped (FLOAT_LAYERS in float)", shipped),
                ("only the first depthwise and the four final 1x1 head convolutions in float",
                 config({"model/expanded_conv_depthwise/depthwise", *HEAD_LAYERS[-4:]})),
                ("shipped, 8-bit depthwise weights (saturates in fbgemm)", config(FLOAT_LAYERS, depthwise_weight_bits=8)),
                ("shipped, 7-bit activations into depthwise, 8-bit weights",
                 config(FLOAT_LAYERS, depthwise_bits=7, depthwise_weight_bits=8)),
                ("shipped, but ReLU6 outputs " + ("calibrated" if shipped.pin_relu6 else "pinned to [0, 6]"),
                 config(FLOAT_LAYERS, pin_relu6=not shipped.pin_relu6))]
    whole = []
    for label, cfg in variants:
        module.quantize(cfg)
        whole.append((label, deviation(module, refs)))
        print(f"  {label}: {whole[-1][1]}", flush=True)

    def line(label, r):
        return (f"| {label} | {r['kp_mean']:.3f} | {r['kp_median']:.3f} | {r['kp_p95']:.3f} | {r['kp_max']:.2f} | "
                f"{r['score_median']:.3f} | {r['score_p95']:.3f} |\n")

    head = "| {} | kp mean % | kp median % | kp p95 % | kp max % | score median | score p95 |\n|---|---|---|---|---|---|---|\n"
    with open(out, "a") as f:
        f.write(f"\n### movenet-{name}: {len(tuning)} tuning inputs\n\nDeviation from the float model in % of the"
                " input side over the keypoints it sees (score >= 0.3); score deviation over all keypoints.\n\n")
        if rows:
            f.write("Each convolution alone quantised (its input, weights and output), the others float:\n\n")
            f.write(head.format("layer"))
            for layer, r in rows:
                f.write(line(short(layer), r))
            if greedy:
                f.write("\nThe whole model, moving the most sensitive layers (by kp mean) to float one by one:\n\n")
                f.write(head.format("also in float"))
                for label, r in greedy:
                    f.write(line(label, r))
        f.write("\nOther choices, measured on the shipped configuration:\n\n")
        f.write(head.format("variant"))
        for label, r in whole:
            f.write(line(label, r))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package-dir", required=True)
    parser.add_argument("--calib-root", required=True, help="where fetch-calibration.sh unpacked the packages")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--model", choices=MODELS, action="append", help="default: all")
    parser.add_argument("--sensitivity", help="also measure every layer's sensitivity; append the tables here")
    parser.add_argument("--no-greedy", action="store_true", help="with --sensitivity: skip the greedy table")
    parser.add_argument("--variants-only", action="store_true",
                        help="with --sensitivity: measure only the shipped configuration and its variants")
    parser.add_argument("--tuning-step", type=int, default=1, help="use every N-th tuning input (faster sensitivity)")
    parser.add_argument("--other-weight-bits", type=int, choices=(7, 8), default=8,
                        help="an experiment: bits of the weights of the convolutions that are not depthwise"
                             " (the shipped files: 8); write the result to another --out-dir")
    args = parser.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(1)
    torch.backends.quantized.engine = "onednn"
    os.makedirs(args.out_dir, exist_ok=True)
    names = args.model or MODELS
    if len(names) > 1:
        # One model per process: TorchScript numbers the classes it compiles within a process
        # (___torch_mangle_N), so a model traced after another would be saved with other names and
        # other bytes than when it is converted alone.
        rest, skip = [], False
        for a in sys.argv:
            if skip or a.startswith("--model="):
                skip = False
                continue
            if a == "--model":
                skip = True
                continue
            rest.append(a)
        for name in names:
            subprocess.run([sys.executable, *rest, "--model", name], check=True)
        return
    for name in names:
        graph, float_model, module = build(args.package_dir, args.calib_root, name)
        if args.sensitivity:
            sensitivity(name, module, float_model, args.calib_root, graph.input_shape()[1], args.sensitivity,
                        args.tuning_step, layers=not args.variants_only, greedy_steps=0 if args.no_greedy else None)
        module.quantize(config_for(name, other_weight_bits=args.other_weight_bits))
        save(module, graph, os.path.join(args.out_dir, f"movenet-{name}-int8.pt"))


if __name__ == "__main__":
    main()
