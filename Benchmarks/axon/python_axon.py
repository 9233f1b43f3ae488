"""The Python SDK axon measured by `yuma axon bench --python-axon`.

Serves the built-in `/Synapse` ping on 127.0.0.1 with a hotkey made from a seed, prints `PORT <n>` once
listening, and runs until its stdin closes.
"""

import argparse
import socket
import sys
from types import SimpleNamespace

import bittensor.utils.networking as networking

# The SDK would look the external IP up on the internet; the benchmark runs offline.
networking.get_external_ip = lambda: "127.0.0.1"

import bittensor as bt  # noqa: E402
from bittensor_wallet import Keypair  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", required=True, help="0x-hex 32-byte seed of the axon hotkey")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    key = Keypair.create_from_seed(args.seed)
    wallet = SimpleNamespace(hotkey=key, coldkeypub=key, coldkey=key)
    port = args.port or free_port()
    axon = bt.Axon(wallet=wallet, ip="127.0.0.1", port=port, external_ip="127.0.0.1")
    axon.start()
    print(f"PORT {port}", flush=True)
    sys.stdin.read()
    axon.stop()


if __name__ == "__main__":
    main()
