#!/usr/bin/env python3
"""Time and measure the float64 numpy epoch port on a generated network.

The network comes from the shared counter-based SplitMix64 generator (see
README.md), so the Swift benchmark (`yuma consensus bench`) runs the identical
network. The network is built once, outside the timed region. By default the
generator hands the epoch the compact row-subset form (only the V validator
rows of weights and bonds, as V x n u16 arrays); `--dense-input` passes full
n x n u16 matrices instead, and the epoch finds the rows itself. Converting the
stored u16 rows to float64 is part of the timed epoch either way.

Reports the median wall time of one epoch over --runs runs and memory:
  peak_rss_mib     process ru_maxrss after the runs
  epoch_peak_mib   growth of ru_maxrss from just before the first epoch call
                   to after the timed runs
  traced_peak_mib  tracemalloc's traced peak during one extra (untimed) epoch
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from epoch_numpy import epoch  # noqa: E402

SEED = 20251125
GAMMA = 0x9E3779B97F4A7C15
M1 = 0xBF58476D1CE4E5B9
M2 = 0x94D049BB133111EB

HYPERPARAMETERS = {
    "kappa_u16": 32767,
    "bonds_moving_average": 900_000,
    "bonds_penalty_u16": 65535,
    "alpha_low_u16": 45875,
    "alpha_high_u16": 58982,
    "alpha_sigmoid_steepness": 1000,
    "activity_cutoff": 5000,
    "tempo": 360,
    "current_block": 10_000,
    "rao_emission": 1_000_000_000,
    "stake_threshold": 0,
    # max_allowed_validators = V, set per network
}

BLOCK_CELLS = 1 << 16  # cells generated per chunk; keeps the generator's own peak memory
                       # (a few MiB) below the epoch's, so it does not hide it in ru_maxrss


def mix(z: np.ndarray) -> np.ndarray:
    """SplitMix64 finalizer on a uint64 array (arithmetic mod 2^64)."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(M1)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(M2)
    return z ^ (z >> np.uint64(31))


def r(k: np.ndarray) -> np.ndarray:
    """Counter-based stream: r(k) = mix(seed + (k + 1) * GAMMA)."""
    k = np.asarray(k, dtype=np.uint64)
    return mix(np.uint64(SEED) + (k + np.uint64(1)) * np.uint64(GAMMA))


def _cell_mask(rows: np.ndarray, n: int, v: int) -> np.ndarray:
    """Weight/bond cells set by validator rows `rows` (a block of uids)."""
    cols = np.arange(n)[None, :]
    rows = rows[:, None]
    if v == n:
        mask = cols != rows                     # dense: every uid but itself
    else:
        mask = np.broadcast_to(cols >= v, (rows.shape[0], n))  # miners only
    return mask & (rows < v)


def build_network(n: int, v: int, compact: bool = False) -> dict:
    """Inputs dict (field names of epoch_n64_dense_inputs.json) for the shared generator.

    compact=False: dense n x n `weights_u16` / `bonds_classic_u16`.
    compact=True: `compact = {rows, weights_u16, bonds_classic_u16}` holding only the
    rows 0..<V (rows >= V carry no entries and no permit), as V x n arrays.
    """
    if not (0 < v <= n):
        raise ValueError("need 0 < validators <= n")
    uids = np.arange(n, dtype=np.uint64)
    stake = np.where(uids < v,
                     np.uint64(1_000_000_000_000) + r(uids) % np.uint64(1_000_000_000_000_000),
                     np.uint64(0))

    n_rows = v if compact else n                  # rows >= V carry no entries
    weights = np.zeros((n_rows, n), dtype=np.uint16)
    bonds = np.zeros((n_rows, n), dtype=np.uint16)
    cols = np.arange(n, dtype=np.uint64)[None, :]
    nn = np.uint64(n)
    row_block = max(1, BLOCK_CELLS // n)
    for start in range(0, v, row_block):
        rows = np.arange(start, min(start + row_block, v))
        mask = _cell_mask(rows, n, v)
        base = rows.astype(np.uint64)[:, None] * nn + cols       # i*n + j
        w = np.uint64(1) + r(nn + base) % np.uint64(65535)
        b = r(nn + nn * nn + base) % np.uint64(65536)
        weights[rows] = np.where(mask, w, 0).astype(np.uint16)
        bonds[rows] = np.where(mask, b, 0).astype(np.uint16)

    hp = dict(HYPERPARAMETERS, max_allowed_validators=v)
    net = {
        "n": n,
        "validators": v,
        "seed": SEED,
        "hyperparameters": hp,
        "stake_rao": stake,
        "last_update": np.full(n, 9_999, dtype=np.int64),
        "block_at_registration": np.zeros(n, dtype=np.int64),
        "validator_permit": np.arange(n) < v,
    }
    if compact:
        net["compact"] = {"rows": np.arange(v), "weights_u16": weights,
                          "bonds_classic_u16": bonds}
    else:
        net["weights_u16"] = weights
        net["bonds_classic_u16"] = bonds
    return net


def to_dense(net: dict) -> dict:
    """The same network with dense n x n weight/bond matrices (the conformance-vector format)."""
    if "compact" not in net:
        return net
    n = int(net["n"])
    c = net["compact"]
    rows = np.asarray(c["rows"], dtype=np.int64)
    out = {k: x for k, x in net.items() if k != "compact"}
    for key in ("weights_u16", "bonds_classic_u16"):
        m = np.zeros((n, n), dtype=np.uint16)
        m[rows] = c[key]
        out[key] = m
    return out


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def main() -> int:
    ap = argparse.ArgumentParser(description="Benchmark the numpy epoch port.")
    ap.add_argument("--n", type=int, required=True, help="number of uids")
    ap.add_argument("--validators", type=int, required=True, help="validators (uids 0..<V)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--dense-input", action="store_true",
                    help="pass dense n x n weight/bond matrices instead of the V validator rows")
    ap.add_argument("--write-inputs", type=Path, metavar="FILE",
                    help="also write the generated network as an inputs JSON file")
    args = ap.parse_args()

    net = build_network(args.n, args.validators, compact=not args.dense_input)
    if args.write_inputs:
        dense = to_dense(net)
        args.write_inputs.write_text(json.dumps(
            {k: (x.tolist() if isinstance(x, np.ndarray) else x) for k, x in dense.items()}))
        del dense

    rss_before = _maxrss_mib()
    times = []
    for _ in range(max(1, args.runs)):
        t0 = time.perf_counter()
        out = epoch(net)
        times.append(time.perf_counter() - t0)
        del out
    rss_after = _maxrss_mib()

    tracemalloc.start()
    out = epoch(net)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    result = {
        "n": args.n,
        "validators": args.validators,
        "input": "dense" if args.dense_input else "compact",
        "median_seconds": statistics.median(times),
        "peak_rss_mib": round(_maxrss_mib(), 1),
        "epoch_peak_mib": round(rss_after - rss_before, 1),
        "traced_peak_mib": round(traced_peak / 2**20, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"numpy epoch  n={args.n} validators={args.validators} runs={len(times)}"
              f" input={result['input']}")
        print(f"  median_seconds  {result['median_seconds']:.4f}"
              f"  (min {min(times):.4f}, max {max(times):.4f})")
        print(f"  peak_rss_mib    {result['peak_rss_mib']}")
        print(f"  epoch_peak_mib  {result['epoch_peak_mib']}")
        print(f"  traced_peak_mib {result['traced_peak_mib']}")
        print(f"  sum(emission)   {int(out['emission'].sum())} rao")
    return 0


if __name__ == "__main__":
    sys.exit(main())
