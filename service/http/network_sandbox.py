"""Take the network away from the store host process (Linux seccomp, via libseccomp).

pyoxigraph follows `SERVICE <iri>` and `LOAD <iri>` with its own HTTP client, and no query
option turns that off. Refusing those words in the query text depends on lexing exactly as
the engine does (escapes, comments, Unicode escapes …); here instead the process that runs
the engine cannot create an Internet socket at all: `socket(AF_INET|AF_INET6, …)` fails with
EACCES, so any request the engine tries fails inside the engine, whatever the query says.
Unix sockets and pipes (the host's channels to the web process) are unaffected.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import socket
import sys

log = logging.getLogger(__name__)

_SCMP_ACT_ALLOW = 0x7FFF0000
_SCMP_CMP_EQ = 4


def _scmp_act_errno(code: int) -> int:
    return 0x00050000 | (code & 0x0000FFFF)


class _ArgCmp(ctypes.Structure):
    _fields_ = [
        ("arg", ctypes.c_uint),
        ("op", ctypes.c_int),
        ("datum_a", ctypes.c_uint64),
        ("datum_b", ctypes.c_uint64),
    ]


class NetworkSandboxUnavailable(RuntimeError):
    """The platform cannot forbid sockets (no Linux seccomp / libseccomp)."""


def _libseccomp() -> ctypes.CDLL:
    if not sys.platform.startswith("linux"):
        raise NetworkSandboxUnavailable(f"seccomp needs Linux, this is {sys.platform}")
    name = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
    try:
        lib = ctypes.CDLL(name, use_errno=True)
    except OSError as error:
        raise NetworkSandboxUnavailable(f"libseccomp not found ({error})") from error
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.restype = ctypes.c_int
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add_array.restype = ctypes.c_int
    lib.seccomp_rule_add_array.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint, ctypes.POINTER(_ArgCmp)
    ]  # fmt: skip
    lib.seccomp_load.restype = ctypes.c_int
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    lib.seccomp_release.restype = None
    lib.seccomp_release.argtypes = [ctypes.c_void_p]
    return lib


def forbid_internet_sockets() -> None:
    """From now on, this process (and its threads and children) cannot open IPv4/IPv6
    sockets. Raises `NetworkSandboxUnavailable` where the platform cannot do it."""
    lib = _libseccomp()
    ctx = lib.seccomp_init(_SCMP_ACT_ALLOW)
    if not ctx:
        raise NetworkSandboxUnavailable("seccomp_init failed")
    try:
        number = lib.seccomp_syscall_resolve_name(b"socket")
        for family in (socket.AF_INET, socket.AF_INET6):
            rule = (_ArgCmp * 1)(_ArgCmp(0, _SCMP_CMP_EQ, int(family), 0))
            result = lib.seccomp_rule_add_array(
                ctx, _scmp_act_errno(errno.EACCES), number, 1, rule
            )
            if result < 0:
                raise NetworkSandboxUnavailable(f"seccomp_rule_add failed ({result})")
        result = lib.seccomp_load(ctx)
        if result < 0:
            raise NetworkSandboxUnavailable(f"seccomp_load failed ({result})")
    finally:
        lib.seccomp_release(ctx)


def sandbox_store_host() -> bool:
    """Forbid Internet sockets where possible; say so in the log where not (the text-level
    refusal of SERVICE/LOAD in `sparql_protocol` still applies there)."""
    try:
        forbid_internet_sockets()
    except NetworkSandboxUnavailable as error:
        log.warning("store host keeps network access: %s", error)
        return False
    return True
