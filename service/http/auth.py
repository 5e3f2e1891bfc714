"""Writes are for data stewards: a bearer token, checked in constant time."""

from __future__ import annotations

import hmac

from fastapi import Request

from service.http.sparql_protocol import ProtocolError


def _bearer_token(request: Request, missing: str) -> bytes:
    """The request's bearer token, or 401 with `missing` (what the route needs) when none."""
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ProtocolError(401, missing, {"WWW-Authenticate": 'Bearer realm="machikg"'})
    return credentials.strip().encode()


def require_admin(request: Request, admin_token: str | None) -> None:
    """Raise 403 when writes are disabled or the token is wrong, 401 when none was sent."""
    if admin_token is None:
        raise ProtocolError(
            403,
            "this service is read-only: writes are enabled only when it is started with"
            " an admin token (MACHIKG_ADMIN_TOKEN or --admin-token)",
        )
    credentials = _bearer_token(request, "writes need an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(credentials, admin_token.encode()):
        raise ProtocolError(
            403,
            "the bearer token is not this service's admin token",
            {"WWW-Authenticate": 'Bearer realm="machikg", error="invalid_token"'},
        )


def require_steward(
    request: Request, admin_token: str | None, steward_tokens: tuple[tuple[str, str], ...]
) -> str:
    """Who is submitting: a steward's name, or `admin` (401 without a token, 403 with a
    token that is neither). Submissions are validated before they are stored, so stewards
    need no admin rights."""
    if admin_token is None and not steward_tokens:
        raise ProtocolError(
            403,
            "this service takes no submissions: start it with MACHIKG_STEWARD_TOKENS"
            " (name:token,…) or an admin token",
        )
    given = _bearer_token(
        request,
        "submissions need an 'Authorization: Bearer <token>' header (a steward's or the"
        " admin's token)",
    )
    who = None
    for name, token in steward_tokens:  # compare with every token: the time says nothing
        if hmac.compare_digest(given, token.encode()):
            who = who or name
    if admin_token is not None and hmac.compare_digest(given, admin_token.encode()):
        who = who or "admin"
    if who is None:
        raise ProtocolError(
            403,
            "the bearer token is neither a steward's nor the admin's",
            {"WWW-Authenticate": 'Bearer realm="machikg", error="invalid_token"'},
        )
    return who
