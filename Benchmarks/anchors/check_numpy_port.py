#!/usr/bin/env python3
"""Check the float64 numpy epoch port against the exact conformance vector.

Runs `epoch_numpy.epoch` on Tests/ConsensusTests/Vectors/epoch_n64_dense_inputs.json
and compares with the `classic` section of epoch_n64_dense_outputs.json.
The port is float64, the chain is fixed point: agreement is approximate.
Also checks that the row-subset computation (the default) equals the full
n-row computation (`epoch(..., full_rows=True)`) on generated n=512 V=32
networks, from dense and from compact inputs, to 1e-12 relative.
Exit status 1 if a tolerance is exceeded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from epoch_numpy import epoch, weighted_median_col  # noqa: E402
from bench_numpy import build_network, to_dense  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "Tests" / "ConsensusTests" / "Vectors"

FLOAT_TOL = 1e-6        # absolute, on incentive / dividends / consensus
RAO_REL_TOL = 1e-4      # 0.01 % of the rao to distribute
SUBSET_REL_TOL = 1e-12  # row subset vs all rows, float fields (relative, per element)


def pivot_weighted_median(stake, score, minority, lo, hi):
    """Direct transcription of the chain's mid-pivot weighted median (float)."""
    idx = list(range(len(score)))
    while idx:
        if len(idx) == 1:
            return score[idx[0]]
        pivot = score[idx[len(idx) // 2]]
        lower = [i for i in idx if score[i] < pivot]
        upper = [i for i in idx if score[i] > pivot]
        lo_stake = sum(stake[i] for i in lower)
        hi_stake = sum(stake[i] for i in upper)
        if minority < lo + lo_stake and lower:
            idx, hi = lower, lo + lo_stake
        elif hi - hi_stake <= minority and upper:
            idx, lo = upper, hi - hi_stake
        else:
            return pivot
    return 0.0


def check_median(rng: np.random.Generator, trials: int = 200) -> bool:
    """The argsort/cumsum median must pick the same value as the pivot search."""
    worst = 0.0
    for t in range(trials):
        rows, cols = int(rng.integers(1, 40)), int(rng.integers(1, 12))
        stake = rng.random(rows) * (rng.random(rows) < 0.8)       # some zero-stake rows
        score = rng.integers(0, 6, size=(rows, cols)) / 5.0       # many ties and zeros
        kappa = float(rng.choice([0.5, 32767 / 65535, 0.25, 0.9]))
        got = weighted_median_col(stake, score, kappa)
        voters = stake > 0
        s = stake[voters] / stake[voters].sum() if voters.any() else stake[voters]
        for j in range(cols):
            want = (pivot_weighted_median(list(s), list(score[voters, j]),
                                          s.sum() - kappa, 0.0, s.sum())
                    if voters.any() else 0.0)
            worst = max(worst, abs(got[j] - want))
    good = worst == 0.0
    print(f"weighted median vs pivot search ({trials} random cases with ties): "
          f"max diff {worst:g}  {'ok' if good else 'FAIL'}")
    return good


def _dense_bonds(out: dict, n: int) -> np.ndarray:
    if "bonds_u16" in out:
        return np.asarray(out["bonds_u16"], dtype=np.int64)
    b = np.zeros((n, n), dtype=np.int64)
    b[np.asarray(out["bond_rows"])] = out["bonds_rows_u16"]
    return b


def compare_outputs(got: dict, ref: dict, n: int) -> tuple[bool, str]:
    """Float fields within SUBSET_REL_TOL (relative, per element); the rest identical,
    except floor()-quantized integers, which may differ by 1 at a rounding boundary."""
    worst_rel, int_cells, int_max, notes = 0.0, 0, 0, []
    for key, want in ref.items():
        if key in ("bond_rows", "bonds_rows_u16"):
            continue
        if key == "bonds_u16":
            a, b = _dense_bonds(got, n), _dense_bonds(ref, n)
        else:
            a, b = np.asarray(got[key]), np.asarray(want)
        if a.shape != b.shape:
            return False, f"{key}: shape {a.shape} vs {b.shape}"
        if b.dtype.kind == "f":
            scale = np.maximum(np.abs(a), np.abs(b))
            diff = np.abs(a - b)
            rel = np.divide(diff, scale, out=np.zeros_like(diff), where=scale != 0)
            worst_rel = max(worst_rel, float(rel.max(initial=0.0)))
        elif b.dtype.kind == "b":
            if not np.array_equal(a, b):
                notes.append(key)
        else:
            d = np.abs(a.astype(np.int64) - b.astype(np.int64))
            int_cells += int((d != 0).sum())
            int_max = max(int_max, int(d.max(initial=0)))
    good = worst_rel <= SUBSET_REL_TOL and int_max <= 1 and not notes
    msg = (f"float max rel {worst_rel:.1e}, integer cells differing {int_cells} (max {int_max})"
           + (f", DIFFERENT: {', '.join(notes)}" if notes else ""))
    return good, msg


def perturbed_network(n: int, v: int) -> dict:
    """Generated network with the masks exercised: rows without a permit that hold
    weights and bonds, lost permits, a permit row without weights, a zero-stake
    permit row, a permit row outside the validator prefix with a self-weight, a new
    permit on an empty row, an inactive validator, outdated and recently
    registered columns."""
    net = build_network(n, v)
    rng = np.random.default_rng(11)
    W = net["weights_u16"] = net["weights_u16"].copy()
    B = net["bonds_classic_u16"] = net["bonds_classic_u16"].copy()
    stake = net["stake_rao"] = net["stake_rao"].copy()
    permit = net["validator_permit"] = net["validator_permit"].copy()
    last_update = net["last_update"] = net["last_update"].copy()
    bar = net["block_at_registration"] = net["block_at_registration"].copy()
    net["hyperparameters"] = dict(net["hyperparameters"], max_allowed_validators=v - 4)
    for i in range(v + 8, v + 12):                     # no permit, but weights and bonds
        W[i] = rng.integers(0, 65536, n) * (rng.random(n) < 0.5)
        B[i] = rng.integers(0, 65536, n) * (rng.random(n) < 0.5)
        W[i, i] = 0
    B[v + 13] = rng.integers(0, 65536, n) * (rng.random(n) < 0.2)  # no permit, bonds only
    W[5] = 0                                           # permit, no weights: votes zeros
    permit[v + 20] = True                              # permit, zero stake, empty row
    u = v + 25                                         # permit row past the prefix, with
    permit[u], stake[u] = True, stake[:v].max()        # a self-weight (diagonal mask)
    W[u] = rng.integers(1, 65536, n)
    B[u] = rng.integers(0, 65536, n) * (rng.random(n) < 0.5)
    stake[v + 30] = stake[:v].max() * 2                # new permit on an empty row
    last_update[7] = 1_000                             # inactive validator, outdated cells
    bar[rng.choice(np.arange(v, n), 16, replace=False)] = 5_000     # outdated for row 7
    bar[rng.choice(np.arange(v, n), 16, replace=False)] = 9_700     # recently registered
    return net


def to_compact(net: dict, extra_rows: bool = False) -> dict:
    """Compact form listing only the rows with an entry (permit-only rows are
    left for the epoch to add); `extra_rows` also lists some empty rows, unsorted."""
    W, B = np.asarray(net["weights_u16"]), np.asarray(net["bonds_classic_u16"])
    carry = W.any(axis=1) | B.any(axis=1)
    if extra_rows:
        carry[-3:] = True
    rows = np.flatnonzero(carry)[::-1] if extra_rows else np.flatnonzero(carry)
    out = {k: x for k, x in net.items() if k not in ("weights_u16", "bonds_classic_u16")}
    out["compact"] = {"rows": rows, "weights_u16": W[rows], "bonds_classic_u16": B[rows]}
    return out


def check_row_subset(n: int = 512, v: int = 32) -> bool:
    """Row-subset epoch vs the full n-row epoch on generated networks."""
    ok = True
    print(f"row subset vs all {n} rows (float tol {SUBSET_REL_TOL:g} relative):")
    plain = build_network(n, v, compact=True)
    cases = [("generated, compact input", plain, to_dense(plain)),
             ("generated, dense input", to_dense(plain), to_dense(plain))]
    pert = perturbed_network(n, v)
    cases += [("perturbed, dense input", pert, pert),
              ("perturbed, compact input", to_compact(pert), pert),
              ("perturbed, compact unsorted + empty rows", to_compact(pert, True), pert)]
    for label, inputs, dense in cases:
        got = epoch(inputs)
        ref = epoch(dense, full_rows=True)
        good, msg = compare_outputs(got, ref, n)
        ok &= good
        print(f"  {label:<42} rows {len(got['bond_rows']):>3}/{n}  {msg}  {'ok' if good else 'FAIL'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=Path, default=VECTORS / "epoch_n64_dense_inputs.json")
    ap.add_argument("--outputs", type=Path, default=VECTORS / "epoch_n64_dense_outputs.json")
    args = ap.parse_args()

    inputs = json.loads(args.inputs.read_text())
    expected = json.loads(args.outputs.read_text())["classic"]
    got = epoch(inputs)
    rao = float(inputs["hyperparameters"]["rao_emission"])

    ok = True
    print(f"n={inputs['n']} validators={inputs['validators']} (classic path)")
    print("float fields (max |port - chain|):")
    for key in ("incentive", "dividends", "consensus"):
        d = np.max(np.abs(np.asarray(got[key]) - np.asarray(expected[key], dtype=np.float64)))
        good = d <= FLOAT_TOL
        ok &= bool(good)
        print(f"  {key:<20} {d:.3e}  {'ok' if good else 'FAIL'} (tol {FLOAT_TOL:g})")

    print("rao emissions (max |port - chain| in rao, relative to rao_emission):")
    for key in ("server_emission", "validator_emission", "emission"):
        d = np.max(np.abs(np.asarray(got[key], dtype=np.int64) - np.asarray(expected[key], dtype=np.int64)))
        rel = d / rao
        good = rel <= RAO_REL_TOL
        ok &= bool(good)
        print(f"  {key:<20} {d:>8d} rao  {rel:.3e}  {'ok' if good else 'FAIL'} (tol {RAO_REL_TOL:g})")

    print("u16 fields (max |port - chain|, cells differing):")
    for key in ("stake_u16", "consensus_u16", "incentive_u16", "dividends_u16",
                "validator_trust_u16", "bonds_u16"):
        a = np.asarray(got[key], dtype=np.int64)
        b = np.asarray(expected[key], dtype=np.int64)
        diff = np.abs(a - b)
        good = diff.max() <= 2
        ok &= bool(good)
        print(f"  {key:<20} {int(diff.max()):>3d}  ({int((diff != 0).sum())}/{diff.size})"
              f"  {'ok' if good else 'FAIL'}")

    same = np.array_equal(np.asarray(got["new_validator_permit"]),
                          np.asarray(expected["new_validator_permit"]))
    ok &= same
    print(f"  new_validator_permit {'identical' if same else 'DIFFERENT'}")

    ok &= check_median(np.random.default_rng(7))
    ok &= check_row_subset()

    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
