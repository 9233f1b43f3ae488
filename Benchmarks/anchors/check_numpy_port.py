#!/usr/bin/env python3
"""Check the float64 numpy epoch port against the exact conformance vector.

Runs `epoch_numpy.epoch` on Tests/ConsensusTests/Vectors/epoch_n64_dense_inputs.json
and compares with the `classic` section of epoch_n64_dense_outputs.json.
The port is float64, the chain is fixed point: agreement is approximate.
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

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "Tests" / "ConsensusTests" / "Vectors"

FLOAT_TOL = 1e-6        # absolute, on incentive / dividends / consensus
RAO_REL_TOL = 1e-4      # 0.01 % of the rao to distribute


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

    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
