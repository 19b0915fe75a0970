"""Rebuilds a TensorFlow.js MoveNet graph as a torch module that TorchScript can trace.

The module interprets the graph node by node with torch ops. Four-dimensional feature maps are kept
in torch's NCHW layout between convolutions (TensorFlow uses NHWC); a value is converted back to
NHWC only when a non-convolutional op (reshape, gather, ...) consumes it, so the network runs at
torch's native speed while every op keeps TensorFlow's semantics.
"""
import numpy as np
import torch
import torch.nn.functional as F

from tfjs_graph import Graph

NHWC, NCHW = "nhwc", "nchw"


def same_padding(size, kernel, stride, dilation=1):
    """TensorFlow 'SAME' padding (before, after) for one spatial axis: the extra pixel goes after."""
    out = -(-size // stride)
    effective = (kernel - 1) * dilation + 1
    total = max((out - 1) * stride + effective - size, 0)
    return total // 2, total - total // 2


class Value:
    """A tensor plus the layout it is stored in (NCHW only for 4-D feature maps)."""

    def __init__(self, tensor, layout=NHWC, const=None):
        self.tensor = tensor
        self.layout = layout
        self.const = const  # numpy value when known before tracing (shapes, axes, ...)

    def nhwc(self):
        return self.tensor.permute(0, 2, 3, 1) if self.layout == NCHW else self.tensor

    def nchw(self):
        return self.tensor if self.layout == NCHW else self.tensor.permute(0, 3, 1, 2)


class MoveNet(torch.nn.Module):
    """wide_stride2: run each 3x3 stride-2 convolution with asymmetric 'SAME' padding (0, 1, 0, 1) as a
    5x5 convolution holding the 3x3 kernel in its bottom-right corner, with symmetric padding 2:
    the same numbers (the extra taps multiply zeros), without the explicit pad copy."""

    def __init__(self, graph: Graph, memory_format=torch.channels_last, wide_stride2=False):
        super().__init__()
        self.memory_format = memory_format
        self.wide_stride2 = wide_stride2
        self.graph = graph
        self.input_shape = graph.input_shape()
        self._param_names = {}
        # Static shapes (H, W per node) are computed once here, in Python ints, so that the trace
        # holds only tensor ops and no shape arithmetic.
        self._plan = self._make_plan()

    # -- constants ---------------------------------------------------------------------------
    def _param(self, const_name, array, conv=False):
        key = self._param_names.setdefault(const_name, f"c{len(self._param_names)}")
        if not hasattr(self, key):
            tensor = torch.from_numpy(np.ascontiguousarray(array))
            if conv:
                tensor = tensor.contiguous(memory_format=self.memory_format)
            self.register_buffer(key, tensor)
        return key

    def _make_plan(self):
        g = self.graph
        shapes = {}  # NHWC static shapes of every 4-D feature map
        plan = []
        for node in g.nodes:
            if node.op in ("Const", "Placeholder"):
                continue
            step = {"node": node}
            if node.op in ("_FusedConv2D", "FusedDepthwiseConv2dNative", "DepthwiseConv2dNative", "Conv2D"):
                weights = g.constants[node.inputs[1]]
                kh, kw, cin, cout = weights.shape
                if node.op == "_FusedConv2D" or node.op == "Conv2D":
                    w = weights.transpose(3, 2, 0, 1)  # [KH,KW,Cin,Cout] -> [Cout,Cin,KH,KW]
                    groups = 1
                else:
                    w = weights.transpose(2, 3, 0, 1).reshape(cin * cout, 1, kh, kw)  # depthwise
                    groups = cin
                step["weight"] = self._param(node.inputs[1] + "/torch", w, conv=True)
                step["groups"] = groups
                step["bias"] = self._param(node.inputs[2], g.constants[node.inputs[2]]) if len(node.inputs) > 2 else None
                fused = node.strings("fused_ops")
                step["activation"] = [op for op in fused if op != "BiasAdd"]
                if any(op not in ("BiasAdd", "Relu", "Relu6") for op in fused):
                    raise NotImplementedError(f"{node.name}: fused ops {fused}")
                strides = node.ints("strides")
                dil = node.ints("dilations") or [1, 1, 1, 1]
                if node.string("data_format", "NHWC") != "NHWC" or dil != [1, 1, 1, 1]:
                    raise NotImplementedError(f"{node.name}: only NHWC, no dilation")
                n, h, w_, c = shapes[node.inputs[0]] if node.inputs[0] in shapes else self.input_shape
                padding = node.string("padding")
                if padding == "SAME":
                    pt, pb = same_padding(h, kh, strides[1])
                    pl, pr = same_padding(w_, kw, strides[2])
                elif padding == "VALID":
                    pt = pb = pl = pr = 0
                else:
                    raise NotImplementedError(f"{node.name}: padding {padding}")
                step["pad"] = (pl, pr, pt, pb)
                step["stride"] = (strides[1], strides[2])
                if self.wide_stride2 and (kh, kw) == (3, 3) and step["stride"] == (2, 2) and step["pad"] == (0, 1, 0, 1):
                    wide = np.zeros(w.shape[:2] + (5, 5), dtype=w.dtype)
                    wide[:, :, 2:, 2:] = w
                    step["weight"] = self._param(node.inputs[1] + "/torch5x5", wide, conv=True)
                    step["pad"] = (2, 2, 2, 2)
                oh = (h + pt + pb - kh) // strides[1] + 1
                ow = (w_ + pl + pr - kw) // strides[2] + 1
                shapes[node.name] = (n, oh, ow, cin * cout if groups > 1 else cout)
            elif node.op == "ResizeBilinear":
                if not node.bool("half_pixel_centers") or node.bool("align_corners"):
                    raise NotImplementedError(f"{node.name}: only half_pixel_centers resize")
                size = g.constants[node.inputs[1]]
                step["size"] = (int(size[0]), int(size[1]))
                n, _, _, c = shapes[node.inputs[0]]
                shapes[node.name] = (n, step["size"][0], step["size"][1], c)
            elif node.op in ("AddV2", "Add", "Sigmoid", "Relu", "Relu6", "Identity") and node.inputs[0] in shapes:
                shapes[node.name] = shapes[node.inputs[0]]
            for i in node.inputs:
                if i in g.constants and node.op not in ("_FusedConv2D", "FusedDepthwiseConv2dNative",
                                                         "DepthwiseConv2dNative", "Conv2D", "ResizeBilinear"):
                    self._param(i, g.constants[i])
            plan.append(step)
        return plan

    # -- evaluation ----------------------------------------------------------------------------
    def _const(self, name):
        return Value(getattr(self, self._param_names[name]), NHWC, self.graph.constants[name])

    def forward(self, image, outputs: list = None):
        env = {}
        g = self.graph

        def get(ref):
            name, _, idx = ref.partition(":")
            if name in g.constants:
                return self._const(name)
            v = env[name]
            return v[int(idx or 0)] if isinstance(v, list) else v

        input_name = next(n.name for n in g.nodes if n.op == "Placeholder")
        env[input_name] = Value(image)
        for step in self._plan:
            node = step["node"]
            env[node.name] = self._eval(node, step, get)
        if outputs:
            return [get(o) for o in outputs]
        return get(next(n.name for n in reversed(g.nodes) if n.op == "Identity")).nhwc()

    @staticmethod
    def _binary(a: Value, b: Value, fn):
        if a.layout == NCHW or b.layout == NCHW:
            x = a if a.layout == NCHW else b
            def as_nchw(v):
                if v.layout == NCHW:
                    return v.tensor
                t = v.tensor
                while t.dim() < 4:
                    t = t.unsqueeze(0)
                return t.permute(0, 3, 1, 2)
            return Value(fn(as_nchw(a), as_nchw(b)), NCHW)
        return Value(fn(a.tensor, b.tensor))

    def _eval(self, node, step, get):
        op = node.op
        if op in ("_FusedConv2D", "FusedDepthwiseConv2dNative", "DepthwiseConv2dNative", "Conv2D"):
            x = get(node.inputs[0]).nchw()
            pl, pr, pt, pb = step["pad"]
            if pl == pr and pt == pb:
                padding = (pt, pl)  # symmetric: the convolution's own zero padding, no copy
            else:
                # TensorFlow puts the odd pixel of 'SAME' padding after (bottom/right); torch's conv
                # padding is symmetric and would give the right size but shifted values
                x = F.pad(x, step["pad"]).contiguous(memory_format=self.memory_format)
                padding = (0, 0)
            bias = getattr(self, step["bias"]) if step["bias"] is not None else None
            y = F.conv2d(x, getattr(self, step["weight"]), bias, stride=step["stride"], padding=padding,
                         groups=step["groups"])
            for act in step["activation"]:
                y = F.relu6(y, inplace=True) if act == "Relu6" else F.relu(y, inplace=True)
            return Value(y, NCHW)
        if op == "ResizeBilinear":
            y = F.interpolate(get(node.inputs[0]).nchw(), size=step["size"], mode="bilinear", align_corners=False)
            return Value(y, NCHW)
        ins = [get(i) for i in node.inputs]
        if op == "Cast":
            dst = node.attr["DstT"]["type"]
            dtype = {"DT_FLOAT": torch.float32, "DT_INT32": torch.int32}[dst]
            return Value(ins[0].tensor.to(dtype), ins[0].layout)
        if op in ("AddV2", "Add"):
            return self._binary(ins[0], ins[1], torch.add)
        if op == "Sub":
            return self._binary(ins[0], ins[1], torch.sub)
        if op == "Mul":
            return self._binary(ins[0], ins[1], torch.mul)
        if op == "RealDiv":
            return self._binary(ins[0], ins[1], torch.div)
        if op == "SquaredDifference":
            return self._binary(ins[0], ins[1], lambda a, b: (a - b) * (a - b))
        if op == "FloorDiv":
            return self._binary(ins[0], ins[1], lambda a, b: torch.div(a, b, rounding_mode="floor"))
        if op == "Sigmoid":
            return Value(torch.sigmoid(ins[0].tensor), ins[0].layout)
        if op == "Sqrt":
            return Value(torch.sqrt(ins[0].tensor), ins[0].layout)
        if op == "Relu":
            return Value(F.relu(ins[0].tensor), ins[0].layout)
        if op == "Relu6":
            return Value(F.relu6(ins[0].tensor), ins[0].layout)
        if op == "Identity":
            return ins[0]
        # The rest are shape ops on small tensors: evaluate them in TensorFlow's NHWC layout.
        x = ins[0].nhwc()
        if op == "Reshape":
            return Value(x.reshape([int(d) for d in ins[1].const]))
        if op == "ExpandDims":
            return Value(x.unsqueeze(int(ins[1].const)))
        if op == "Squeeze":
            dims = node.ints("squeeze_dims")
            for d in sorted(dims, reverse=True):
                x = x.squeeze(d)
            return Value(x)
        if op == "Unpack":
            axis = node.int("axis", 0)
            return [Value(t) for t in torch.unbind(x, dim=axis)]
        if op == "Pack":
            axis = node.int("axis", 0)
            return Value(torch.stack([v.nhwc() for v in ins], dim=axis))
        if op == "ConcatV2":
            axis = int(ins[-1].const)
            return Value(torch.cat([v.nhwc() for v in ins[:-1]], dim=axis))
        if op == "ArgMax":
            return Value(torch.argmax(x, dim=int(ins[1].const)).to(torch.int32))
        if op == "GatherNd":
            idx = ins[1].nhwc().long()
            depth = idx.shape[-1]
            flat = idx.reshape(-1, depth)
            gathered = x[tuple(flat[:, k] for k in range(depth))]
            return Value(gathered.reshape(list(idx.shape[:-1]) + list(x.shape[depth:])))
        raise NotImplementedError(f"{node.name}: op {op}")
