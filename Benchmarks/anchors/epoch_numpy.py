"""Float64 numpy port of the classic Yuma Consensus epoch (speed anchor).

Mirrors subtensor v3.3.0-361 `epoch/run_epoch.rs::epoch_mechanism` on the classic
path (Yuma3 off, liquid alpha off, no subnet owner, commit-reveal off), written the
way a typical Python port would be: float64 arrays, vectorized numpy.

Only rows that can carry weights or bonds are materialized. A row without an
old validator permit is masked to zero in the weight matrix, has zero active
stake, and so never votes; a row with neither a permit nor any stored weight or
bond entry contributes nothing at all and its stored bonds stay empty. The port
therefore works on the row subset R = {old permit} | {any nonzero weight entry}
| {any nonzero bond entry}: weights and bonds are |R| x n arrays, the
consensus median runs over the voters among them, and per-row results are
scattered back to n uids. When every row carries something (a dense network)
R is all rows and this is the plain dense computation.

It is NOT bit-exact: the chain computes in I32F32/I64F64 fixed point, this port
in float64. Expect agreement to ~1e-6 on the float vectors and off-by-one
differences in some floor()-quantized u16/rao outputs.

`epoch(inputs)` takes a dict with the field names of
`epoch_n64_dense_inputs.json` (lists or numpy arrays) and returns a dict with
the field names of the `classic` section of `epoch_n64_dense_outputs.json`.
Instead of the dense n x n `weights_u16` / `bonds_classic_u16` it also accepts
the compact row-subset form (see `compact_rows`):

    inputs["compact"] = {"rows": uids (ascending),
                         "weights_u16": len(rows) x n,
                         "bonds_classic_u16": len(rows) x n}

where every row not listed has no weight and no bond entry. Old-permit rows
that are not listed are added as empty rows.
"""

from __future__ import annotations

import numpy as np

U16_MAX = 65535.0


def _normalize(x: np.ndarray) -> np.ndarray:
    """x / sum(x); a zero vector is returned unchanged."""
    s = x.sum()
    return x / s if s != 0 else x


def _col_normalize(m: np.ndarray) -> np.ndarray:
    """Column-normalize in place; zero columns stay zero."""
    s = m.sum(axis=0)
    np.divide(m, s, out=m, where=s != 0)
    return m


def _row_normalize(m: np.ndarray) -> np.ndarray:
    """Row-normalize in place; zero rows stay zero."""
    s = m.sum(axis=1, keepdims=True)
    np.divide(m, s, out=m, where=s != 0)
    return m


def _to_u16(x: np.ndarray) -> np.ndarray:
    """fixed_proportion_to_u16: floor(x * 65535), saturating."""
    return np.clip(np.floor(x * U16_MAX), 0, U16_MAX).astype(np.uint16)


def _max_upscale_to_u16(x: np.ndarray) -> np.ndarray:
    """vec_max_upscale_to_u16 (pruning scores)."""
    m = x.max() if x.size else 0.0
    if m == 0:
        y = np.floor(x * U16_MAX)
    else:
        y = np.floor(x * U16_MAX / m + 0.5)  # round half away from zero (x >= 0)
    return np.clip(y, 0, U16_MAX).astype(np.uint16)


def is_topk_nonzero(v: np.ndarray, k: int) -> np.ndarray:
    """True for nonzero entries among the top k; ties drop the lower index first."""
    result = v != 0
    n = v.shape[0]
    if n >= k:
        order = np.argsort(v, kind="stable")
        result[order[: n - k]] = False
    return result


def weighted_median_col(stake: np.ndarray, score: np.ndarray, kappa: float) -> np.ndarray:
    """Stake-weighted median of every column of `score`.

    Only rows with positive stake vote (renormalized); a missing entry votes 0.
    Per column: the smallest score x whose cumulative stake (sorted ascending)
    exceeds the minority (stake_sum - kappa).
    """
    voters = stake > 0
    n_cols = score.shape[1]
    if not voters.any():
        return np.zeros(n_cols)
    s = _normalize(stake[voters])
    minority = s.sum() - kappa
    x = score[voters]                                  # voters x columns
    order = np.argsort(x, axis=0)                      # sort each column
    x_sorted = np.take_along_axis(x, order, axis=0)
    cum = np.cumsum(s[order], axis=0)                  # cumulative stake per column
    above = cum > minority
    idx = np.where(above.any(axis=0), above.argmax(axis=0), x.shape[0] - 1)
    return x_sorted[idx, np.arange(n_cols)]


def _nonzero_rows(m: np.ndarray) -> np.ndarray:
    """Per row: does it hold any nonzero entry?"""
    return m.any(axis=1) if m.ndim == 2 else np.zeros(m.shape[0], dtype=bool)


def compact_rows(inputs: dict, n: int, old_permit: np.ndarray,
                 full_rows: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, weights_u16[rows], bonds_classic_u16[rows]) for the rows that carry anything.

    rows: ascending int64 uids, a superset of the old-permit rows and of every
    row with a nonzero weight or bond entry. The matrices are |rows| x n integer
    arrays (views/copies of the inputs, not yet converted to float).
    `full_rows=True` forces rows = all n uids (the plain dense computation).
    """
    if "compact" in inputs:
        c = inputs["compact"]
        rows = np.asarray(c["rows"], dtype=np.int64).reshape(-1)
        Wu = np.asarray(c["weights_u16"]).reshape(rows.size, n)
        Bu = np.asarray(c["bonds_classic_u16"]).reshape(rows.size, n)
        if np.any(rows[1:] <= rows[:-1]):              # not ascending: sort
            order = np.argsort(rows, kind="stable")
            rows, Wu, Bu = rows[order], Wu[order], Bu[order]
        if rows.size and (rows[0] < 0 or rows[-1] >= n or np.any(rows[1:] == rows[:-1])):
            raise ValueError("compact rows must be distinct uids in [0, n)")
        want = np.flatnonzero(old_permit) if not full_rows else np.arange(n)
        missing = np.setdiff1d(want, rows, assume_unique=True)
        if missing.size:                               # add empty rows (e.g. permit, no weights)
            all_rows = np.union1d(rows, missing)
            at = np.searchsorted(all_rows, rows)
            W2 = np.zeros((all_rows.size, n), dtype=Wu.dtype)
            B2 = np.zeros((all_rows.size, n), dtype=Bu.dtype)
            W2[at], B2[at] = Wu, Bu
            rows, Wu, Bu = all_rows, W2, B2
        return rows, Wu, Bu

    Wd = np.asarray(inputs["weights_u16"])
    Bd = np.asarray(inputs["bonds_classic_u16"])
    if full_rows or old_permit.all():
        return np.arange(n), Wd, Bd
    carry = old_permit | _nonzero_rows(Wd) | _nonzero_rows(Bd)
    if carry.all():
        return np.arange(n), Wd, Bd
    rows = np.flatnonzero(carry)
    return rows, Wd[rows], Bd[rows]


def epoch(inputs: dict, *, full_rows: bool = False) -> dict:
    """One classic epoch. `full_rows=True` materializes all n rows (reference path)."""
    hp = inputs["hyperparameters"]
    n = int(inputs["n"])
    current_block = int(hp["current_block"])
    tempo = int(hp["tempo"])
    activity_cutoff = int(hp["activity_cutoff"])

    last_update = np.asarray(inputs["last_update"], dtype=np.int64)
    block_at_registration = np.asarray(inputs["block_at_registration"], dtype=np.int64)
    old_permit = np.asarray(inputs["validator_permit"], dtype=bool)
    stake_rao = np.asarray(inputs["stake_rao"], dtype=np.float64)

    # Rows that can hold weights or bonds; everything below that is per row
    # works on this subset (local row k is uid rows[k]).
    rows, Wu, Bu = compact_rows(inputs, n, old_permit, full_rows)
    nr = rows.size
    permit_r = old_permit[rows]

    # 1. Activity.
    inactive = last_update + activity_cutoff < current_block
    active = ~inactive

    # 3. Stake: threshold filter, normalize.
    stake = np.where(stake_rao < float(hp["stake_threshold"]), 0.0, stake_rao)
    stake = _normalize(stake)

    # 4. New permits (old permits are used for masking in this epoch).
    new_permit = is_topk_nonzero(stake, int(hp["max_allowed_validators"]))

    # 5. Active stake (zero outside the old-permit rows, so zero outside `rows`).
    active_stake = np.where(inactive | ~old_permit, 0.0, stake)
    active_stake = _normalize(active_stake)
    a_r = active_stake[rows]

    # 6. Weights: permit rows, diagonal, outdated cells (2.), row-normalize.
    W = np.array(Wu, dtype=np.float64)                       # fresh |R| x n copy
    if not permit_r.all():
        W[~permit_r, :] = 0.0
    W[np.arange(nr), rows] = 0.0                               # diagonal cells (k, rows[k])
    outdated = last_update[rows][:, None] <= block_at_registration[None, :]
    W[outdated] = 0.0
    del outdated
    _row_normalize(W)

    # 7. Preranks and consensus (only rows with active stake vote).
    preranks = a_r @ W
    kappa = float(hp["kappa_u16"]) / U16_MAX
    consensus = weighted_median_col(a_r, W, kappa)

    # 8. Clip at consensus.
    W_clip = np.minimum(W, consensus[None, :])

    # 9. Validator trust, ranks, trust, incentive.
    validator_trust = np.zeros(n)
    validator_trust[rows] = W_clip.sum(axis=1)
    ranks = a_r @ W_clip
    trust = np.divide(ranks, preranks, out=np.zeros(n), where=preranks != 0)
    incentive = _normalize(ranks)

    # 10. Weights for bonds.
    beta = float(hp["bonds_penalty_u16"]) / U16_MAX
    W_bonds = W + beta * (W_clip - W)
    del W, W_clip

    # 11. Bonds (classic).
    B = np.array(Bu, dtype=np.float64)
    last_tempo = max(current_block - tempo, 0)
    recently_registered = last_tempo <= block_at_registration
    if recently_registered.any():
        B[:, recently_registered] = 0.0
    _col_normalize(B)

    bonds_delta = _col_normalize(W_bonds * a_r[:, None])
    del W_bonds

    alpha = 1.0 - float(hp["bonds_moving_average"]) / 1_000_000.0
    ema = alpha * bonds_delta + (1.0 - alpha) * B
    del bonds_delta, B
    _col_normalize(ema)

    dividends = np.zeros(n)
    dividends[rows] = ema @ incentive
    dividends = _normalize(dividends)

    col_max = ema.max(axis=0) if nr else np.zeros(n)
    np.divide(ema, col_max, out=ema, where=col_max != 0)  # column max-upscale

    # 13. Emission.
    combined = incentive + dividends
    emission_sum = combined.sum()
    if emission_sum != 0:
        server = incentive / emission_sum
        validator = dividends / emission_sum
        combined = combined / emission_sum
    else:
        server = incentive
        fallback = active_stake if active_stake.any() else stake
        validator = fallback
        combined = fallback

    rao = float(hp["rao_emission"])

    def to_rao(x: np.ndarray) -> np.ndarray:
        return np.floor(x * rao).astype(np.int64)

    # 14. Stored bonds: new permit -> EMA row; lost permit -> cleared; else untouched.
    # Rows outside `rows` hold no stored bonds and their EMA row is zero, so
    # they stay empty whatever their new permit.
    bonds_r = _to_u16(ema)
    del ema
    new_r = new_permit[rows]
    keep = ~new_r & ~permit_r
    if keep.any():
        bonds_r[keep] = Bu[keep]
    bonds_r[~new_r & permit_r] = 0

    out = {
        "stake_u16": _to_u16(stake),
        "consensus_u16": _to_u16(consensus),
        "incentive_u16": _to_u16(incentive),
        "dividends_u16": _to_u16(dividends),
        "validator_trust_u16": _to_u16(validator_trust),
        "rank_u16": _to_u16(incentive),
        "trust_u16": _to_u16(trust),
        "pruning_scores_u16": _max_upscale_to_u16(combined),
        "active": active,
        "server_emission": to_rao(server),
        "validator_emission": to_rao(validator),
        "emission": to_rao(combined),
        "new_validator_permit": new_permit,
        "bond_rows": rows,                 # uids of the rows of bonds_rows_u16
        "bonds_rows_u16": bonds_r,         # stored bonds of those rows; all other rows empty
        "incentive": incentive,
        "dividends": dividends,
        "consensus": consensus,
    }
    if "compact" not in inputs:            # dense input -> dense n x n stored bonds
        if nr == n:
            out["bonds_u16"] = bonds_r
        else:
            bonds_u16 = np.zeros((n, n), dtype=np.uint16)
            bonds_u16[rows] = bonds_r
            out["bonds_u16"] = bonds_u16
    return out
