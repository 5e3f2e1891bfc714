"""Writes are for data stewards: a bearer token, checked in constant time."""

from __future__ import annotations

import hmac

from fastapi import Request

from service.http.sparql_protocol import ProtocolError


def require_admin(request: Request, admin_token: str | None) -> None:
    """Raise 403 when writes are disabled or the token is wrong, 401 when none was sent."""
    if admin_token is None:
        raise ProtocolError(
            403,
            "this service is read-only: writes are enabled only when it is started with"
            " an admin token (MACHIKG_ADMIN_TOKEN or --admin-token)",
        )
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ProtocolError(
            401,
            "writes need an 'Authorization: Bearer <token>' header",
            {"WWW-Authenticate": 'Bearer realm="machikg"'},
        )
    if not hmac.compare_digest(credentials.strip().encode(), admin_token.encode()):
        raise ProtocolError(
            403,
            "the bearer token is not this service's admin token",
            {"WWW-Authenticate": 'Bearer realm="machikg", error="invalid_token"'},
        )
