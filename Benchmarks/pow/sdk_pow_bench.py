#!/usr/bin/env python3
"""Seals per second of the Bittensor SDK's own CPU proof-of-work solvers, on one core and on all.

Prints one JSON object on standard output:

    {"python": "3.11.2", "bittensor": "10.5.0" | null, "bittensor_core": "0.1.5" | null,
     "measurements": [{"name", "seal", "workers", "hashes", "seconds", "cpu_seconds",
                       "hashes_per_second", "hashes_per_cpu_second"}, ...],
     "unavailable": ["why a solver was not measured", ...]}

Solvers looked for, each timed on a problem no seal solves:

- `bittensor.pow_registration._mine_chunk` (the SDK's CPU miner since 11.0; its challenge is a
  123-byte prefix and the nonce, seal = keccak256(sha256(prefix || le64(nonce)))), driven by a
  thread pool as `mine_registration` drives it;
- `bittensor.utils.registration.pow._solve_for_nonce_block` (the SDK's miner up to 9.x; seal =
  keccak256(sha256(le64(nonce) || keccak256(block_hash || hotkey)))), on processes;
- `bittensor_core.pow_mine_cpu`, the native (Rust) miner that `_mine_chunk` calls, directly.

`yuma subnets pow-register --bench --python PATH` runs this script and reports its figures next
to Yuma's.
"""

import argparse
import concurrent.futures
import importlib
import json
import multiprocessing
import os
import platform
import secrets
import sys
import time

NEVER = (1 << 64) - 1  # a difficulty no seal meets in practice (probability 2^-64 per seal)
PREFIX = b"subtensor-pow-register-v1" + (1).to_bytes(2, "little") + bytes(range(96))
MODERN_SEAL = "keccak256(sha256(prefix123 || le64(nonce))): two SHA-256 blocks after a fixed first one"
CLASSIC_SEAL = "keccak256(sha256(le64(nonce) || inner32)): one SHA-256 block, as Yuma's"


def version(module_name):
    try:
        from importlib.metadata import version as dist_version

        return dist_version(module_name.replace("_", "-"))
    except Exception:
        return None


def import_optional(name, unavailable, reason):
    try:
        return importlib.import_module(name)
    except Exception as error:  # ImportError, or a package that fails while importing
        unavailable.append(f"{name}: {reason} ({type(error).__name__}: {error})")
        return None


def measure(name, seal, workers, seconds, chunk):
    """Runs `chunk(start)` (returns the nonces tried) on `workers` threads until `seconds` pass."""
    deadline = time.perf_counter() + seconds
    base = secrets.randbits(63)

    def worker(index):
        done, start = 0, base + index * (1 << 40)
        while time.perf_counter() < deadline:
            tried = chunk(start + done)
            done += tried
        return done

    cpu, wall = time.process_time(), time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        hashes = sum(pool.map(worker, range(workers)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return figure(name, seal, workers, hashes, wall, cpu)


def figure(name, seal, workers, hashes, wall, cpu):
    return {
        "name": name,
        "seal": seal,
        "workers": workers,
        "hashes": hashes,
        "seconds": wall,
        "cpu_seconds": cpu,
        "hashes_per_second": hashes / wall if wall > 0 else 0,
        "hashes_per_cpu_second": hashes / cpu if cpu > 0 else 0,
    }


def classic_chunk(args):
    """One process's share of the pre-10 SDK solver: `_solve_for_nonce_block` over a nonce range."""
    module_name, start, count = args
    module = importlib.import_module(module_name)
    inner = bytes(range(32))
    module._solve_for_nonce_block(start, start + count, inner, NEVER, 1 << 256, 1)
    return count


def measure_processes(name, seal, workers, seconds, module_name, count):
    """Runs the classic solver on `workers` processes in rounds of `count` nonces each."""
    done, started, cpu = 0, time.perf_counter(), 0.0
    with multiprocessing.Pool(workers) as pool:
        before = os.times()
        while time.perf_counter() - started < seconds:
            base = secrets.randbits(62)
            jobs = [(module_name, base + i * count, count) for i in range(workers)]
            done += sum(pool.map(classic_chunk, jobs))
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return figure(name, seal, workers, done, time.perf_counter() - started, cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers for the all-cores figure")
    args = parser.parse_args()
    workers = max(1, args.workers)
    counts = [1] + ([workers] if workers > 1 else [])
    measurements, unavailable = [], []

    bittensor = import_optional("bittensor", unavailable, "the Bittensor SDK is not installed")
    if bittensor is not None:
        modern = import_optional(
            "bittensor.pow_registration", unavailable,
            f"bittensor {version('bittensor')} ships no CPU PoW miner module (bittensor 11.3.0 has one)")
        if modern is not None and hasattr(modern, "_mine_chunk"):
            def sdk_chunk(start, module=modern):
                module._mine_chunk(PREFIX, NEVER, start % (1 << 64), 100_000)  # as mine_registration
                return 100_000

            for count in counts:
                measurements.append(measure("bittensor.pow_registration._mine_chunk", MODERN_SEAL, count, args.seconds, sdk_chunk))
        classic = import_optional(
            "bittensor.utils.registration.pow", unavailable,
            f"bittensor {version('bittensor')} ships no classic PoW solver (bittensor 9.x and earlier had one)")
        if classic is not None and hasattr(classic, "_solve_for_nonce_block"):
            for count in counts:
                measurements.append(measure_processes(
                    "bittensor.utils.registration.pow._solve_for_nonce_block", CLASSIC_SEAL, count, args.seconds,
                    classic.__name__, 20_000))

    core = import_optional(
        "bittensor_core", unavailable,
        "the native miner is not installed (pip install bittensor-core, >= 0.1.5)")
    if core is not None:
        if hasattr(core, "pow_mine_cpu"):
            def native_chunk(start, mine=core.pow_mine_cpu):
                mine(PREFIX, NEVER, start % (1 << 64), 1 << 18)
                return 1 << 18

            for count in counts:
                measurements.append(measure("bittensor_core.pow_mine_cpu", MODERN_SEAL, count, args.seconds, native_chunk))
        else:
            unavailable.append(f"bittensor_core {version('bittensor_core')} has no pow_mine_cpu (needs >= 0.1.5)")

    json.dump({
        "python": platform.python_version(),
        "bittensor": version("bittensor"),
        "bittensor_core": version("bittensor_core"),
        "measurements": measurements,
        "unavailable": unavailable,
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
