"""Internal network addresses (private, loopback, link-local) name machines, not people: only public
addresses are scrubbed as IP addresses."""

import ipaddress

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.identifiers import internal_address, ip_recognizer

RECOGNIZER = ip_recognizer()
INTERNAL = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16"]


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["IP_ADDRESS"])]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(INTERNAL), st.integers(1, 2**16 - 2), st.ip_addresses(v=4))
def test_internal_addresses_stay_and_public_ones_go(network, offset, public):
    net = ipaddress.ip_network(network)
    internal = str(net.network_address + offset % (net.num_addresses - 1))
    if public.is_private or public.is_loopback or public.is_link_local or public.is_multicast:
        public = ipaddress.ip_address("190.119.150.38")
    text = f"WARN upstream={internal} client={public} status=502"
    assert internal_address(internal) and not internal_address(str(public))
    assert found(text) == [str(public)]


def test_ipv6_unique_local_link_local_and_loopback_are_internal():
    assert found("peer fd12:3456:789a::1 via fe80::1 and ::1, client 2a02:1810:4d02:2100::5") == [
        "2a02:1810:4d02:2100::5"
    ]
    assert not internal_address("172.32.0.1") and not internal_address("not an address")
