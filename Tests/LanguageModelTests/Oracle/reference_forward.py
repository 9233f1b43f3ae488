#!/usr/bin/env python3
"""Reference forward pass of a llama-architecture GGUF model (SmolLM2-135M) in float32 numpy.

Written independently of the Swift engine as an oracle for its tests: it parses the GGUF file itself,
dequantizes the q4_1 / q8_0 / f32 tensors to float32 and runs the unquantized forward pass (no
activation quantization), with an incremental key-value cache.

Usage: reference_forward.py MODEL --prompt 1,2,3 [--decode 4,5] [--greedy 8]
Prints JSON: {"prefill": logits after the prompt, "decode": [logits after each decode token],
"greedy": greedy continuation ids of the prompt}.
"""
import argparse
import json
import struct

import numpy as np

SCALAR = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}


class Reader:
    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, fmt):
        value = struct.unpack_from(fmt, self.data, self.at)[0]
        self.at += struct.calcsize(fmt)
        return value

    def string(self):
        n = self.take("<Q")
        text = self.data[self.at:self.at + n].decode("utf-8", "replace")
        self.at += n
        return text

    def value(self, kind):
        if kind in SCALAR:
            return self.take(SCALAR[kind])
        if kind == 8:
            return self.string()
        if kind == 9:
            element, count = self.take("<I"), self.take("<Q")
            return [self.value(element) for _ in range(count)]
        raise ValueError(f"unknown GGUF value type {kind}")


def load(path):
    data = open(path, "rb").read()
    r = Reader(data)
    assert r.take("<I") == 0x46554747, "not a GGUF file"
    r.take("<I")
    tensor_count, kv_count = r.take("<Q"), r.take("<Q")
    meta = {}
    for _ in range(kv_count):
        key = r.string()
        meta[key] = r.value(r.take("<I"))
    infos = []
    for _ in range(tensor_count):
        name = r.string()
        dims = [r.take("<Q") for _ in range(r.take("<I"))]
        infos.append((name, dims, r.take("<I"), r.take("<Q")))
    align = meta.get("general.alignment", 32)
    base = (r.at + align - 1) // align * align
    tensors = {name: dequantize(data, base + offset, kind, dims) for name, dims, kind, offset in infos}
    return meta, tensors


def dequantize(data, start, kind, dims):
    count = int(np.prod(dims))
    shape = tuple(reversed(dims))  # rows first
    if kind == 0:
        return np.frombuffer(data, np.float32, count, start).reshape(shape)
    blocks = count // 32
    if kind == 3:  # q4_1: f16 d, f16 m, 16 bytes of nibbles (low = weights 0..15, high = 16..31)
        raw = np.frombuffer(data, np.uint8, blocks * 20, start).reshape(blocks, 20)
        d = raw[:, 0:2].copy().view(np.float16).astype(np.float32)
        m = raw[:, 2:4].copy().view(np.float16).astype(np.float32)
        q = raw[:, 4:]
        nibbles = np.concatenate([q & 0x0F, q >> 4], axis=1).astype(np.float32)
        return (nibbles * d + m).reshape(shape)
    if kind == 8:  # q8_0: f16 d, 32 signed bytes
        raw = np.frombuffer(data, np.uint8, blocks * 34, start).reshape(blocks, 34)
        d = raw[:, 0:2].copy().view(np.float16).astype(np.float32)
        q = raw[:, 2:].copy().view(np.int8).astype(np.float32)
        return (q * d).reshape(shape)
    raise ValueError(f"ggml type {kind} not handled by the reference")


class Model:
    def __init__(self, path):
        meta, self.t = load(path)
        self.layers = meta["llama.block_count"]
        self.heads = meta["llama.attention.head_count"]
        self.kv_heads = meta["llama.attention.head_count_kv"]
        self.eps = np.float32(meta["llama.attention.layer_norm_rms_epsilon"])
        self.dim = meta["llama.embedding_length"]
        self.head_size = self.dim // self.heads
        base = meta.get("llama.rope.freq_base", 10000.0)
        self.inv_freq = base ** (-np.arange(0, self.head_size, 2, dtype=np.float64) / self.head_size)
        self.head = self.t.get("output.weight", self.t["token_embd.weight"])
        self.reset()

    def reset(self):
        self.keys = [[] for _ in range(self.layers)]
        self.values = [[] for _ in range(self.layers)]
        self.pos = 0

    def norm(self, x, weight):
        return x / np.sqrt(np.mean(x * x) + self.eps) * weight

    def rope(self, x, heads):
        angle = self.pos * self.inv_freq
        cos, sin = np.cos(angle).astype(np.float32), np.sin(angle).astype(np.float32)
        x = x.reshape(heads, self.head_size // 2, 2)
        x0, x1 = x[..., 0], x[..., 1]
        return np.stack([x0 * cos - x1 * sin, x0 * sin + x1 * cos], axis=-1).reshape(-1)

    def step(self, token):
        x = self.t["token_embd.weight"][token].copy()
        group = self.heads // self.kv_heads
        for i in range(self.layers):
            w = lambda name: self.t[f"blk.{i}.{name}.weight"]
            h = self.norm(x, w("attn_norm"))
            q = self.rope(w("attn_q") @ h, self.heads).reshape(self.heads, self.head_size)
            self.keys[i].append(self.rope(w("attn_k") @ h, self.kv_heads).reshape(self.kv_heads, self.head_size))
            self.values[i].append((w("attn_v") @ h).reshape(self.kv_heads, self.head_size))
            keys, values = np.stack(self.keys[i]), np.stack(self.values[i])
            out = np.empty((self.heads, self.head_size), np.float32)
            for head in range(self.heads):
                scores = keys[:, head // group] @ q[head] / np.sqrt(np.float32(self.head_size))
                p = np.exp(scores - scores.max())
                out[head] = (p / p.sum()) @ values[:, head // group]
            x = x + w("attn_output") @ out.reshape(-1)
            h = self.norm(x, w("ffn_norm"))
            g, u = w("ffn_gate") @ h, w("ffn_up") @ h
            x = x + w("ffn_down") @ (g / (1 + np.exp(-g)) * u)
        self.pos += 1
        return self.head @ self.norm(x, self.t["output_norm.weight"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--decode", default="")
    parser.add_argument("--greedy", type=int, default=0)
    args = parser.parse_args()
    prompt = [int(v) for v in args.prompt.split(",")]
    model = Model(args.model)
    for token in prompt:
        logits = model.step(token)
    result = {"prefill": logits.tolist(), "decode": [], "greedy": []}
    for token in [int(v) for v in args.decode.split(",") if v]:
        result["decode"].append(model.step(token).tolist())
    model.reset()
    for token in prompt:
        logits = model.step(token)
    for _ in range(args.greedy):
        token = int(np.argmax(logits))
        result["greedy"].append(token)
        logits = model.step(token)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
