"""This machine's IPv4 addresses, and the one participants should use by default."""

from __future__ import annotations

import socket
from contextlib import suppress

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765
PORTS_TRIED = 20


def default_route_address() -> str | None:
    """The address of the interface with the default route (no packet is sent)."""
    with suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, only used to pick an interface
        address = s.getsockname()[0]
        if address and not address.startswith("0."):
            return address
    return None


def local_addresses() -> list[str]:
    """IPv4 addresses participants could reach, the default one first, 127.0.0.1 last."""
    found: list[str] = []
    first = default_route_address()
    if first:
        found.append(first)
    with suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = info[4][0]
            if address not in found and not address.startswith("127."):
                found.append(address)
    found.append(LOOPBACK)
    return found


def default_address() -> str:
    return local_addresses()[0]


def url_for(host: str, port: int) -> str:
    return f"http://{host}:{port}/"
