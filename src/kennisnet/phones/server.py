"""Run the phone survey with uvicorn on one address of the laptop.

``PhoneServer`` binds the socket itself (so that a busy port or a wrong address is
told before anything starts, and port 0 picks a free one), then runs uvicorn either
in the foreground (the command line: Ctrl+C and SIGTERM stop it cleanly) or in a
background thread (the app, tests, the benchmark). It listens on the one address HR
chose, never on every network at once.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from kennisnet.i18n import tr
from kennisnet.phones import DEFAULT_PORT
from kennisnet.phones.session import PhoneSession
from kennisnet.phones.web import create_app

#: Connections handled at once; more get "503 busy" rather than slowing everyone.
MAX_CONNECTIONS = 400


class AddressError(ValueError):
    """The address or port cannot be used (told in plain words)."""


class PortInUse(AddressError):
    """The port is taken on this address (another program, or Kennisnet already runs)."""


#: Where a laptop's own hotspot usually puts itself: Windows' Mobile hotspot, macOS'
#: Internet Sharing. Listed only when the laptop really has that address now.
HOTSPOT_HOSTS = ("192.168.137.1", "192.168.2.1")
LOOPBACK = "127.0.0.1"
#: The kinds of address :func:`laptop_addresses` lists.
NETWORK, HOTSPOT, OTHER, THIS_LAPTOP = "network", "hotspot", "other", "this laptop"


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    port: int

    def url(self, token: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/s/{token}/"

    @property
    def short(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def check_host(host: str) -> str:
    """The address as given, refused when it is not one single address of this laptop."""
    try:
        ip = ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError as error:
        raise AddressError(
            tr(
                '"{host}" is not an address of this laptop. Give its IP address, '
                "for example 192.168.137.1.",
                host=host,
            )
        ) from error
    if ip.is_unspecified:
        raise AddressError(
            tr(
                "Kennisnet listens on one network only. Give the laptop's address on the "
                "network the phones use, not {host}.",
                host=host,
            )
        )
    return str(ip)


def default_host() -> str:
    """The laptop's address on the network that leads out (its Wi-Fi or cable).

    A UDP socket is "connected" to a documentation address: that only asks the
    system which interface it would use; no packet is sent.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        host = str(probe.getsockname()[0])
    except OSError as error:
        raise AddressError(
            tr(
                "This laptop is not on a network. Connect it to Wi-Fi or start its mobile "
                "hotspot, then give its address with --host."
            )
        ) from error
    finally:
        probe.close()
    if host.startswith("0."):
        raise AddressError(
            tr(
                "This laptop is not on a network. Connect it to Wi-Fi or start its mobile "
                "hotspot, then give its address with --host."
            )
        )
    return host


def is_own_address(host: str) -> bool:
    """True when this laptop can listen on ``host`` now (the address is one of its own)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    probe = socket.socket(family, socket.SOCK_STREAM)
    try:
        probe.bind((host, 0))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def laptop_addresses() -> list[tuple[str, str]]:
    """The laptop's IPv4 addresses the phones could use, as (address, kind).

    First the address on the network that leads out (:func:`default_host`, the one
    ``kennisnet phones`` uses without ``--host``), then a hotspot of the laptop's own
    when it is on, other addresses the laptop's name resolves to, and last
    127.0.0.1 (this laptop only: for trying the survey out). Nothing is sent.
    """
    found: list[tuple[str, str]] = []

    def add(host: str, kind: str) -> None:
        if host not in {h for h, _ in found}:
            found.append((host, kind))

    with contextlib.suppress(AddressError):
        add(default_host(), NETWORK)
    for host in HOTSPOT_HOSTS:
        if is_own_address(host):
            add(host, HOTSPOT)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        host = str(info[4][0])
        ip = ipaddress.ip_address(host)
        if not (ip.is_loopback or ip.is_unspecified or ip.is_link_local) and is_own_address(host):
            add(host, OTHER)
    add(LOOPBACK, THIS_LAPTOP)
    return found


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0 = any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(256)
    except OSError as error:
        sock.close()
        if port and getattr(error, "errno", None) in (48, 98, 10048):
            raise PortInUse(
                tr(
                    "Port {port} is already in use on this laptop. Choose another with "
                    "--port, for example --port {other}.",
                    port=port,
                    other=port + 1,
                )
            ) from error
        raise AddressError(
            tr(
                "Kennisnet cannot listen on {host}: {reason}. Is this an address of this laptop?",
                host=host,
                reason=error.strerror or str(error),
            )
        ) from error
    sock.set_inheritable(False)
    return sock


class _RequestLog(logging.FileHandler):
    """The handler that writes ``phones.log`` (told apart from any other handler)."""


def log_requests() -> None:
    """Requests go to their own log file, ``logs/phones.log`` in Kennisnet's folder.

    The kinds of request, their statuses and times; no personal data (see web.py).
    The app may start and stop collecting many times: one handler per file.
    """
    from kennisnet.resources import user_data_dir

    requests = logging.getLogger("kennisnet.phones.requests")
    target = user_data_dir() / "logs" / "phones.log"
    for old in [h for h in requests.handlers if isinstance(h, _RequestLog)]:
        if Path(old.baseFilename) == target.absolute():
            return
        requests.removeHandler(old)
        old.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _RequestLog(target, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    requests.addHandler(handler)
    requests.setLevel(logging.INFO)
    requests.propagate = False


class PhoneServer:
    """The survey for ``session`` on ``host``:``port``."""

    def __init__(self, session: PhoneSession, host: str, port: int = DEFAULT_PORT) -> None:
        import uvicorn

        self.session = session
        self._socket = bind(check_host(host), port)
        bound = self._socket.getsockname()
        self.address = Address(str(bound[0]), int(bound[1]))
        config = uvicorn.Config(
            create_app(session),
            http="h11",
            ws="none",
            lifespan="off",
            loop="asyncio",
            log_config=None,
            access_log=False,
            server_header=False,
            date_header=False,
            timeout_keep_alive=5,
            limit_concurrency=MAX_CONNECTIONS,
            h11_max_incomplete_event_size=16 * 1024,
            timeout_graceful_shutdown=5,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The survey address, with its token."""
        return self.address.url(self.session.token)

    def serve(self) -> None:
        """Serve in the foreground until Ctrl+C or SIGTERM."""
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self._socket.close()

    def start(self) -> None:
        """Serve in a background thread; returns when it accepts connections."""
        started = threading.Event()

        def run() -> None:
            try:
                self._server.run(sockets=[self._socket])
            finally:
                started.set()
                self._socket.close()

        self._thread = threading.Thread(target=run, name="kennisnet-phones", daemon=True)
        self._thread.start()
        while not started.wait(0.02):
            if self._server.started:
                return

    def stop(self) -> None:
        """Stop serving (answers being stored are finished first)."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
        self._socket.close()
