"""Python Bittensor SDK peers for Yuma's axon/dendrite interop tests (see README.md)."""

import argparse
import asyncio
import json
import socket
import sys
import threading
from types import SimpleNamespace
from typing import Optional

import bittensor.utils.networking as networking

# The SDK asks the internet for the external IP when a dendrite or axon is built; there is none here.
networking.get_external_ip = lambda: "10.255.255.1"

import bittensor as bt  # noqa: E402
from bittensor_wallet import Keypair  # noqa: E402


class Dummy(bt.Synapse):
    """The SDK's test synapse: one required int, hashed, and an output."""

    dummy_input: int
    dummy_output: Optional[int] = None
    required_hash_fields = ("dummy_input",)


class ForgingKeypair:
    """A keypair whose signatures cover a different message: the axon must refuse them."""

    def __init__(self, inner):
        self.inner = inner
        self.ss58_address = inner.ss58_address

    def sign(self, message):
        return self.inner.sign("not the request")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def keypair(seed_hex: str) -> Keypair:
    return Keypair.create_from_seed(seed_hex)


def run_axon(args) -> None:
    key = keypair(args.seed)
    wallet = SimpleNamespace(hotkey=key, coldkeypub=key, coldkey=key)

    def forward(synapse: Dummy) -> Dummy:
        synapse.dummy_output = synapse.dummy_input * 2
        return synapse

    port = args.port or free_port()
    axon = bt.Axon(wallet=wallet, ip="127.0.0.1", port=port, external_ip="127.0.0.1")
    axon.attach(forward_fn=forward)
    axon.start()
    print(f"PORT {axon.port}", flush=True)
    sys.stdin.read()
    axon.stop()


async def run_dendrite(args) -> None:
    key = keypair(args.seed)
    signer = ForgingKeypair(key) if args.bad_signature else key
    dendrite = bt.Dendrite(wallet=signer)
    target = bt.AxonInfo(
        version=0, ip="127.0.0.1", port=args.port, ip_type=4, hotkey=args.axon_hotkey, coldkey=args.axon_hotkey
    )
    result = await dendrite.call(target, Dummy(dummy_input=args.input), timeout=args.timeout, deserialize=False)
    await dendrite.aclose_session()
    print(
        json.dumps(
            {
                "status_code": int(result.dendrite.status_code or 0),
                "status_message": result.dendrite.status_message,
                "dummy_output": result.dummy_output,
                "axon_hotkey": result.axon.hotkey,
            }
        ),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    axon = sub.add_parser("axon")
    axon.add_argument("--seed", required=True)
    axon.add_argument("--port", type=int, default=0)
    dendrite = sub.add_parser("dendrite")
    dendrite.add_argument("--seed", required=True)
    dendrite.add_argument("--port", type=int, required=True)
    dendrite.add_argument("--axon-hotkey", required=True)
    dendrite.add_argument("--input", type=int, default=21)
    dendrite.add_argument("--timeout", type=float, default=12.0)
    dendrite.add_argument("--bad-signature", action="store_true")
    args = parser.parse_args()
    if args.mode == "axon":
        run_axon(args)
    else:
        asyncio.run(run_dendrite(args))


if __name__ == "__main__":
    main()
