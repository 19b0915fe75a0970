"""Reads a TensorFlow.js graph model (model.json + weight shards) into plain Python/numpy.

Weights quantised to float16 (``quantization.dtype == "float16"``) are dequantised to float32 exactly
as TensorFlow.js does it: the fp16 value is widened, nothing is rounded back to a "nicer" constant.
"""
import base64
import json
import os

import numpy as np

_DTYPES = {"float32": np.float32, "int32": np.int32, "bool": np.bool_}
_QUANT = {"float16": np.float16, "uint8": np.uint8, "uint16": np.uint16}


class Node:
    def __init__(self, raw):
        self.name = raw["name"]
        self.op = raw["op"]
        self.inputs = [i for i in raw.get("input", []) if not i.startswith("^")]
        self.attr = raw.get("attr", {})

    def ints(self, key):
        return [int(v) for v in self.attr[key]["list"].get("i", [])]

    def int(self, key, default=None):
        a = self.attr.get(key)
        return default if a is None else int(a["i"])

    def string(self, key, default=None):
        a = self.attr.get(key)
        return default if a is None else base64.b64decode(a["s"]).decode()

    def strings(self, key):
        return [base64.b64decode(s).decode() for s in self.attr.get(key, {}).get("list", {}).get("s", [])]

    def bool(self, key, default=False):
        a = self.attr.get(key)
        return default if a is None else bool(a.get("b", False))


class Graph:
    """Nodes in topological order (as the file stores them) and the constant tensors by name."""

    def __init__(self, model_json_path):
        with open(model_json_path) as f:
            model = json.load(f)
        self.nodes = [Node(n) for n in model["modelTopology"]["node"]]
        self.signature = model.get("signature", {})
        self.constants = {}
        base = os.path.dirname(model_json_path)
        for group in model["weightsManifest"]:
            data = b"".join(open(os.path.join(base, p), "rb").read() for p in group["paths"])
            offset = 0
            for spec in group["weights"]:
                shape = spec["shape"]
                count = int(np.prod(shape)) if shape else 1
                quant = spec.get("quantization")
                if quant:
                    qtype = _QUANT[quant["dtype"]]
                    raw = np.frombuffer(data, dtype=qtype, count=count, offset=offset)
                    offset += count * np.dtype(qtype).itemsize
                    if quant["dtype"] == "float16":
                        values = raw.astype(np.float32)
                    else:  # affine uint quantisation
                        values = raw.astype(np.float32) * quant["scale"] + quant["min"]
                else:
                    dtype = _DTYPES[spec["dtype"]]
                    values = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
                    offset += count * np.dtype(dtype).itemsize
                self.constants[spec["name"]] = values.reshape(shape).copy()
            if offset != len(data):
                raise ValueError(f"{model_json_path}: weights use {offset} bytes, shards hold {len(data)}")

    def input_shape(self):
        (spec,) = self.signature["inputs"].values()
        return [int(d["size"]) for d in spec["tensorShape"]["dim"]]
