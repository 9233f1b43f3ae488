"""Float64 numpy port of the classic Yuma Consensus epoch (speed anchor).

Mirrors subtensor v3.3.0-361 `epoch/run_epoch.rs::epoch_mechanism` on the classic
path (Yuma3 off, liquid alpha off, no subnet owner, commit-reveal off), written the
way a typical Python port would be: dense n x n float64 arrays, vectorized numpy.

It is NOT bit-exact: the chain computes in I32F32/I64F64 fixed point, this port
in float64. Expect agreement to ~1e-6 on the float vectors and off-by-one
differences in some floor()-quantized u16/rao outputs.

`epoch(inputs)` takes a dict with the field names of
`epoch_n64_dense_inputs.json` (lists or numpy arrays) and returns a dict with
the field names of the `classic` section of `epoch_n64_dense_outputs.json`.
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


def epoch(inputs: dict) -> dict:
    hp = inputs["hyperparameters"]
    n = int(inputs["n"])
    current_block = int(hp["current_block"])
    tempo = int(hp["tempo"])
    activity_cutoff = int(hp["activity_cutoff"])

    last_update = np.asarray(inputs["last_update"], dtype=np.int64)
    block_at_registration = np.asarray(inputs["block_at_registration"], dtype=np.int64)
    old_permit = np.asarray(inputs["validator_permit"], dtype=bool)
    stake_rao = np.asarray(inputs["stake_rao"], dtype=np.float64)

    # 1. Activity.
    inactive = last_update + activity_cutoff < current_block
    active = ~inactive

    # 3. Stake: threshold filter, normalize.
    stake = np.where(stake_rao < float(hp["stake_threshold"]), 0.0, stake_rao)
    stake = _normalize(stake)

    # 4. New permits (old permits are used for masking in this epoch).
    new_permit = is_topk_nonzero(stake, int(hp["max_allowed_validators"]))

    # 5. Active stake.
    active_stake = np.where(inactive | ~old_permit, 0.0, stake)
    active_stake = _normalize(active_stake)

    # 6. Weights: permit rows, diagonal, outdated cells (2.), row-normalize.
    W = np.asarray(inputs["weights_u16"], dtype=np.float64)  # fresh n x n copy
    W[~old_permit, :] = 0.0
    np.fill_diagonal(W, 0.0)
    outdated = last_update[:, None] <= block_at_registration[None, :]
    W[outdated] = 0.0
    _row_normalize(W)

    # 7. Preranks and consensus.
    preranks = active_stake @ W
    kappa = float(hp["kappa_u16"]) / U16_MAX
    consensus = weighted_median_col(active_stake, W, kappa)

    # 8. Clip at consensus.
    W_clip = np.minimum(W, consensus[None, :])

    # 9. Validator trust, ranks, trust, incentive.
    validator_trust = W_clip.sum(axis=1)
    ranks = active_stake @ W_clip
    trust = np.divide(ranks, preranks, out=np.zeros(n), where=preranks != 0)
    incentive = _normalize(ranks)

    # 10. Weights for bonds.
    beta = float(hp["bonds_penalty_u16"]) / U16_MAX
    W_bonds = W + beta * (W_clip - W)
    del W, W_clip

    # 11. Bonds (classic).
    B = np.asarray(inputs["bonds_classic_u16"], dtype=np.float64)
    last_tempo = max(current_block - tempo, 0)
    recently_registered = last_tempo <= block_at_registration
    B[:, recently_registered] = 0.0
    _col_normalize(B)

    bonds_delta = _col_normalize(W_bonds * active_stake[:, None])
    del W_bonds

    alpha = 1.0 - float(hp["bonds_moving_average"]) / 1_000_000.0
    ema = alpha * bonds_delta + (1.0 - alpha) * B
    del bonds_delta, B
    _col_normalize(ema)

    dividends = _normalize(ema @ incentive)

    col_max = ema.max(axis=0)
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
    bonds_u16 = _to_u16(ema)
    del ema
    keep = ~new_permit & ~old_permit
    if keep.any():
        bonds_u16[keep] = np.asarray(inputs["bonds_classic_u16"])[keep]
    bonds_u16[~new_permit & old_permit] = 0

    return {
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
        "bonds_u16": bonds_u16,
        "incentive": incentive,
        "dividends": dividends,
        "consensus": consensus,
    }
