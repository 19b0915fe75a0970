"""MoveNet with 8-bit integer convolutions: post-training static quantisation of movenet_torch.MoveNet.

The float rebuild (movenet_torch.MoveNet) interprets the TensorFlow.js graph op by op. This module
interprets the same plan, but runs chosen convolutions, the residual/FPN additions and the FPN
up-sampling on quantised tensors (torch's quantised CPU kernels: fbgemm / oneDNN in libtorch's x86
engine). Everything else (the input normalisation, the head post-processing, and the layers kept in
float) stays in float32; a tensor is quantised or dequantised where the two meet.

Choices, each measured (models/README.md and docs/INT8.md have the numbers):

* Every 3x3 stride-2 convolution with TensorFlow's asymmetric 'SAME' padding (0, 1, 0, 1) becomes a
  5x5 convolution holding the 3x3 kernel in its bottom-right corner, with symmetric padding 2. The
  result is exact (the extra taps multiply zeros) and removes the explicit pad, which on quantised
  tensors is a slow copy, and keeps the depthwise convolutions on the kernels' fast padded path.
* Weights: int8, per output channel, symmetric (zero point 0), as oneDNN requires.
* Activations: uint8, per tensor, affine, calibrated with HistogramObserver (L2-optimal range).
  Outputs of Conv+ReLU6 are either calibrated too (their calibrated maximum is at most 6, so the
  kernels' saturation implements the clamp) or pinned to [0, 6] (QuantConfig.pin_relu6); quantize.py
  chooses per model.
* Depthwise convolutions get 7-bit weights ([-64, 64]): fbgemm's depthwise kernels add pairs of
  uint8 x int8 products in 16-bit registers (vpmaddubsw), which saturate for 8-bit activations times
  8-bit weights (2 x 255 x 127 > 32767) but not with 7-bit weights (2 x 255 x 64 <= 32767). A
  depthwise kernel has nine weights per channel and its own scale per channel, so the seventh bit
  costs little, and the activations keep all 8 bits (7-bit activations would also avoid the
  saturation, but need an extra clamp after every ReLU6 and lose half the resolution).
* The input normalisation (cast to float, shape ops that leave [1, S, S, 3] as it is, x - 0, x * k,
  x - 1: four passes over the image, about 4 % of Lightning's INT8 time) runs as one
  ``torch.add(-1, x, alpha=k)`` on the int32 input. It may differ from the two-step arithmetic in the
  last bit of a float, which the 8-bit quantisation of the first convolution's input absorbs; the
  calibration runs the original steps, so the quantisation parameters do not change.
* Quantisation parameters are rounded to 10 significant bits so that the file does not change with
  the last bits of float calibration arithmetic (byte-reproducible output).
"""
import copy
import math

import numpy as np
import torch
import torch.nn.functional as F
import torch.nn.intrinsic.quantized as nniq
import torch.nn.quantized as nnq
from torch.ao.quantization.observer import HistogramObserver, PerChannelMinMaxObserver

from movenet_torch import NCHW, NHWC, MoveNet, Value

CONV_OPS = ("_FusedConv2D", "FusedDepthwiseConv2dNative", "DepthwiseConv2dNative", "Conv2D")
PREFIX = "StatefulPartitionedCall/center_net_mobile_net_v2fpn_feature_extractor/model_1/"


def short(name):
    """A layer's name without the long TensorFlow scope, e.g. 'model/block_3_depthwise/depthwise'."""
    return name.replace(PREFIX, "").replace("StatefulPartitionedCall/", "")


def round_scale(scale):
    """Rounds a positive scale to 10 significant bits (relative change <= 0.05 %)."""
    mantissa, exponent = math.frexp(float(scale))
    return math.ldexp(round(mantissa * 1024) / 1024, exponent)


class QuantConfig:
    """Which convolutions run in int8 and how their inputs are quantised.

    float_layers: layer names (short or full) kept in float32.
    depthwise_bits: bits of the activations that feed a quantised depthwise convolution (7 or 8).
    other_bits: bits of all other quantised activations.
    depthwise_weight_bits: bits of the depthwise convolutions' weights (7 or 8).
    other_weight_bits: bits of all other quantised convolutions' weights (8; 7 keeps the 16-bit pair
        sums of fbgemm's AVX2 kernels from saturating, docs/INT8.md "Processors without VNNI").
    pin_relu6: fix the range of ReLU6 outputs to [0, 6] instead of calibrating it.
    """

    def __init__(self, float_layers=(), depthwise_bits=8, other_bits=8, pin_relu6=True, only_layers=None,
                 depthwise_weight_bits=7, other_weight_bits=8):
        self.float_layers = set(float_layers)
        self.depthwise_bits = depthwise_bits
        self.depthwise_weight_bits = depthwise_weight_bits
        self.other_weight_bits = other_weight_bits
        self.other_bits = other_bits
        self.pin_relu6 = pin_relu6
        self.only_layers = set(only_layers) if only_layers is not None else None

    def quantized(self, name):
        if self.only_layers is not None:
            return name in self.only_layers or short(name) in self.only_layers
        return name not in self.float_layers and short(name) not in self.float_layers


class MoveNetInt8(MoveNet):
    """MoveNet whose convolutions can run quantised. Modes: 'float', 'observe' (float, recording the
    range of every feature map), 'quant' (after :meth:`quantize`)."""

    def __init__(self, graph, memory_format=torch.channels_last):
        super().__init__(graph, memory_format, wide_stride2=True)
        self.mode = "float"
        self.observers = {}
        self.qconvs = torch.nn.ModuleDict()
        self.qparams = {}  # value name -> (scale, zero_point, bits)
        self.conv_steps = {}
        self.consumers = {}
        for step in self._plan:
            node = step["node"]
            for i in node.inputs:
                self.consumers.setdefault(i.partition(":")[0], []).append(step)
            if node.op in CONV_OPS:
                self.conv_steps[node.name] = step

    def _input_steps(self):
        """The steps from the graph input up to the first convolution's input when they only normalise
        the image as ``x * k - c`` (Cast, shape ops that keep the shape, Sub of zeros, Mul by one k for
        every channel, Sub of one c): (their names, the name of the last, k, c). Anything else: None."""
        names, k, c, zero_sub, first_conv = [], None, None, False, None
        for step in self._plan:
            node = step["node"]
            if node.op in CONV_OPS:
                first_conv = node
                break
            consts = [self.graph.constants[i] for i in node.inputs if i in self.graph.constants]
            if node.op in ("Unpack", "ExpandDims", "Squeeze", "Pack") or (
                    node.op == "Cast" and node.attr["DstT"]["type"] == "DT_FLOAT"):
                pass  # the shapes are checked on an example in _fold_input
            elif node.op == "Sub" and len(consts) == 1 and k is None and not np.any(consts[0]):
                zero_sub = True
            elif node.op == "Mul" and len(consts) == 1 and k is None and np.all(consts[0] == consts[0].flat[0]):
                k = float(consts[0].flat[0])
            elif node.op == "Sub" and len(consts) == 1 and k is not None and consts[0].size == 1:
                c = float(consts[0].flat[0])
            else:
                return None
            names.append(node.name)
        if k is None or c is None or not zero_sub:
            return None
        if first_conv is None or first_conv.inputs[0].partition(":")[0] != names[-1]:
            return None
        # nothing outside these steps may read their intermediate values
        inside = set(names)
        for name in names[:-1]:
            if any(s["node"].name not in inside for s in self.consumers.get(name, [])):
                return None
        return names, names[-1], k, c

    @staticmethod
    def is_depthwise(step):
        return step["groups"] > 1

    def feature_add(self, node):
        return node.op in ("AddV2", "Add") and all(i.partition(":")[0] in self.conv_outputs_or_adds()
                                                   for i in node.inputs)

    def conv_outputs_or_adds(self):
        if not hasattr(self, "_feature_values"):
            values = set(self.conv_steps)
            for step in self._plan:
                node = step["node"]
                if node.op == "ResizeBilinear" or (node.op in ("AddV2", "Add") and all(
                        i.partition(":")[0] in values for i in node.inputs)):
                    values.add(node.name)
            self._feature_values = values
        return self._feature_values

    # -- calibration --------------------------------------------------------------------------------
    def observe(self, name, tensor):
        if self.mode != "observe" or name in self._seen:
            return
        self._seen.add(name)
        if name not in self.observers:
            self.observers[name] = HistogramObserver(dtype=torch.quint8, qscheme=torch.per_tensor_affine)
        self.observers[name](tensor.detach().float())

    # -- conversion -----------------------------------------------------------------------------------
    def quantize(self, config: QuantConfig):
        """Builds the quantised convolutions for ``config`` from the recorded observers."""
        self.config = config
        self.qconvs = torch.nn.ModuleDict()
        self.qparams = {}
        self.quant_names = {n for n in self.conv_steps if config.quantized(n)}
        # additions and up-sampling run quantised when all their inputs come out of quantised ops
        self.quant_other = set()
        for step in self._plan:
            node = step["node"]
            ins = [i.partition(":")[0] for i in node.inputs]
            if node.op == "ResizeBilinear" and ins[0] in self.quant_names | self.quant_other:
                self.quant_other.add(node.name)
            elif self.feature_add(node) and all(i in self.quant_names | self.quant_other for i in ins):
                self.quant_other.add(node.name)
        for name in sorted(self.quant_names):
            step = self.conv_steps[name]
            self._qparams_for(step["node"].inputs[0].partition(":")[0])
            self._qparams_for(name)
            self.qconvs[self._key(name)] = self._make_qconv(step, name)
        for name in sorted(self.quant_other):
            self._qparams_for(name)
        self._fold_input()
        self.mode = "quant"
        return self

    def _fold_input(self):
        """Replaces the input steps by one addition (see the module's notes) after checking on an example
        image that it gives the same tensor, shape and all."""
        self.folded_input = None
        found = self._input_steps()
        if found is None:
            return
        names, last, k, c = found
        self.register_buffer("input_offset", torch.tensor(-c, dtype=torch.float32))
        image = torch.randint(0, 256, self.input_shape, dtype=torch.int32, generator=torch.Generator().manual_seed(1))
        env = {next(n.name for n in self.graph.nodes if n.op == "Placeholder"): Value(image)}
        for step in self._plan:
            if step["node"].name in names:
                env[step["node"].name] = self._eval(step["node"], step, lambda ref: self._lookup(env, ref))
        original = env[last].nhwc()
        one_step = self._normalised(image, k)
        if original.shape != one_step.shape or (original - one_step).abs().max().item() > 1e-6:
            raise SystemExit("movenet_int8: the one-step input normalisation does not match the graph's")
        self.folded_input = (set(names), last, k)

    def _normalised(self, image, k):
        """The image normalised in one step (the folded input steps)."""
        return torch.add(self.input_offset, image, alpha=k)

    def _lookup(self, env, ref):
        """The value of a graph reference ('name' or 'name:index') in ``env``, or a constant."""
        name, _, idx = ref.partition(":")
        if name in self.graph.constants:
            return self._const(name)
        v = env[name]
        return v[int(idx or 0)] if isinstance(v, list) else v

    @staticmethod
    def _key(name):
        return "q_" + short(name).replace("/", "_").replace(".", "_")

    def _bits(self, value):
        for step in self.consumers.get(value, []):
            node = step["node"]
            if node.op in CONV_OPS and node.name in self.quant_names and self.is_depthwise(step):
                return self.config.depthwise_bits
            if node.op == "ResizeBilinear":  # up-sampling keeps its input's parameters
                b = self._bits(node.name)
                if b != self.config.other_bits:
                    return b
        return self.config.other_bits

    def _qparams_for(self, value):
        if value in self.qparams:
            return self.qparams[value]
        producer = next((s for s in self._plan if s["node"].name == value), None)
        if producer is not None and producer["node"].op == "ResizeBilinear":
            # quantised interpolation keeps its input's scale and zero point
            params = self._qparams_for(producer["node"].inputs[0].partition(":")[0])
            self.qparams[value] = params
            return params
        bits = self._bits(value)
        qmax = (1 << bits) - 1
        relu6 = producer is not None and producer["node"].op in CONV_OPS and "Relu6" in producer["activation"]
        if relu6 and self.config.pin_relu6:
            params = (6.0 / qmax, 0, bits, True)
        else:
            obs = copy.deepcopy(self.observers[value])
            obs.quant_min, obs.quant_max = 0, qmax
            obs.dst_nbins = qmax + 1
            scale, zero_point = obs.calculate_qparams()
            params = (round_scale(scale.item()), int(zero_point.item()), bits, False)
        self.qparams[value] = params
        return params

    def _make_qconv(self, step, name):
        node = step["node"]
        w = getattr(self, step["weight"]).float().contiguous()
        bits = self.config.depthwise_weight_bits if self.is_depthwise(step) else self.config.other_weight_bits
        obs = PerChannelMinMaxObserver(ch_axis=0, dtype=torch.qint8, qscheme=torch.per_channel_symmetric,
                                       quant_min=-(1 << (bits - 1)), quant_max=(1 << (bits - 1)) - 1)
        obs(w)
        wscale, wzp = obs.calculate_qparams()
        qweight = torch.quantize_per_channel(w, wscale.double(), wzp.long(), 0, torch.qint8)
        bias = getattr(self, step["bias"]).float() if step["bias"] is not None else None
        relu = any(a in ("Relu", "Relu6") for a in step["activation"])
        cls = nniq.ConvReLU2d if relu else nnq.Conv2d
        cout, cin_g, kh, kw = w.shape
        pl, pr, pt, pb = step["pad"]
        if pl != pr or pt != pb:
            raise NotImplementedError(f"{name}: asymmetric padding in a quantised convolution")
        conv = cls(cin_g * step["groups"], cout, (kh, kw), stride=step["stride"], padding=(pt, pl),
                   groups=step["groups"], bias=bias is not None)
        conv.set_weight_bias(qweight, bias)
        scale, zp, _, _ = self.qparams[name]
        conv.scale = float(scale)
        conv.zero_point = int(zp)
        return conv

    # -- evaluation ---------------------------------------------------------------------------------
    def _to_quant(self, value: Value, name):
        t = value.nchw()
        if t.is_quantized:
            return t
        scale, zp, bits, _ = self.qparams[name]
        if bits < 8:
            t = t.clamp((0 - zp) * scale, ((1 << bits) - 1 - zp) * scale)
        return torch.quantize_per_tensor(t.contiguous(memory_format=self.memory_format), scale, zp, torch.quint8)

    def _limit(self, t, name):
        """Keeps a quantised result inside its 7-bit range (the kernels saturate at 255, not 127)."""
        scale, zp, bits, _ = self.qparams[name]
        if bits < 8:
            t = torch.clamp(t, (0 - zp) * scale, ((1 << bits) - 1 - zp) * scale)
        return t

    @staticmethod
    def _float(v):
        if isinstance(v, Value) and v.tensor.is_quantized:
            return Value(v.tensor.dequantize(), v.layout, v.const)
        return v

    def forward(self, image, outputs: list = None):
        env = {}
        g = self.graph
        self._seen = set()

        def raw(ref):
            return self._lookup(env, ref)

        def get(ref):
            return self._float(raw(ref))

        input_name = next(n.name for n in g.nodes if n.op == "Placeholder")
        env[input_name] = Value(image)
        folded = self.folded_input if self.mode == "quant" else None
        if folded is not None:
            skipped, last, k = folded
            env[last] = Value(self._normalised(image, k))
        for step in self._plan:
            node = step["node"]
            name = node.name
            if folded is not None and name in skipped:
                continue
            if self.mode == "quant" and name in self.quant_names:
                src = node.inputs[0].partition(":")[0]
                qx = self._to_quant(raw(node.inputs[0]), src)
                y = self.qconvs[self._key(name)](qx)
                env[name] = Value(self._limit(y, name), NCHW)
                continue
            if self.mode == "quant" and name in self.quant_other:
                if node.op == "ResizeBilinear":
                    src = node.inputs[0].partition(":")[0]
                    x = self._to_quant(raw(node.inputs[0]), src)
                    y = F.interpolate(x, size=step["size"], mode="bilinear", align_corners=False)
                else:
                    a, b = (self._to_quant(raw(i), i.partition(":")[0]) for i in node.inputs)
                    scale, zp, _, _ = self.qparams[name]
                    y = self._limit(torch.ops.quantized.add(a, b, scale, zp), name)
                env[name] = Value(y, NCHW)
                continue
            if node.op in CONV_OPS:
                self.observe(node.inputs[0].partition(":")[0], get(node.inputs[0]).nchw())
            env[name] = self._eval(node, step, get)
            if name in self.conv_outputs_or_adds() and isinstance(env[name], Value):
                self.observe(name, env[name].nchw())
        if outputs:
            return [self._float(raw(o)) for o in outputs]
        return raw(next(n.name for n in reversed(g.nodes) if n.op == "Identity")).nhwc()


def calibrate(module: MoveNetInt8, inputs):
    """Records the range of every feature map over ``inputs`` (int32 tensors [1, S, S, 3])."""
    module.mode = "observe"
    with torch.no_grad():
        for x in inputs:
            module(x)
    module.mode = "float"
    return module


def conv_layers(module: MoveNetInt8):
    return [s["node"].name for s in module._plan if s["node"].op in CONV_OPS]
