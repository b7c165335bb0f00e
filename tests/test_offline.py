"""The tests run with no network at all, not only by convention.

`make test` runs pytest in a new network namespace where only loopback is up,
and sets TESTS_NETWORK=none there. These checks look at this process's own
interfaces and name lookup: they never send anything to another address.
"""
import os
import socket

import pytest

pytestmark = pytest.mark.skipif(
    os.environ.get("TESTS_NETWORK") != "none",
    reason="the tests are not isolated from the network: run them with `make test`, which runs pytest "
           "in a network namespace with only loopback up (and sets TESTS_NETWORK=none there)")


def interfaces():
    return sorted(name for _, name in socket.if_nameindex())


def test_loopback_is_the_only_network_interface():
    assert interfaces() == ["lo"]


def test_loopback_is_up():
    """The browser tests serve the built site on 127.0.0.1."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        with socket.create_connection(server.getsockname(), timeout=5):
            pass


def test_a_host_name_does_not_resolve():
    # Looked up only where no interface but loopback exists, so no query leaves this machine.
    assert interfaces() == ["lo"], "not isolated: no name is looked up here"
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("pypi.org", 443)
