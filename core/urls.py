"""Credentials never leave in an artifact: URLs lose their user:password@ and their secret query values.

CI remotes embed tokens (`https://x-access-token:ghp_...@github.com/org/repo`), signed object-store URLs
carry signatures in their query, and a Ray address or Slurm argument in params.yaml can hold either. Every
artifact the report stage writes passes through `redact`, and the git remote through `strip_credentials`.
"""

from __future__ import annotations

import re
from typing import TypeVar, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

T = TypeVar("T")
REDACTED = "REDACTED"
# Query parameters that carry a secret (AWS/GCS/Azure signed URLs, OAuth, API keys).
SECRET_PARAMS = re.compile(
    r"(token|secret|password|passwd|pwd|key|sig|signature|credential|auth|session|x-amz-security-token)",
    re.IGNORECASE,
)
_SCHEME_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>\\]+")
_SCP_LIKE = re.compile(r"^[^/@:\s]+@([^/:\s]+):(?!//)(.*)$")  # user@host:path, as git writes ssh remotes


def _clean_query(query: str) -> str:
    if not query:
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(k, REDACTED if SECRET_PARAMS.search(k) else v) for k, v in pairs], safe="/:")


def strip_credentials(url: str) -> str:
    """`url` without user, password and secret query values; scp-like `user@host:path` loses its user."""
    url = url.strip()
    if m := _SCP_LIKE.match(url):
        return f"{m.group(1)}:{m.group(2)}"
    try:
        parts = urlsplit(url)
    except ValueError:
        return REDACTED
    if not parts.scheme or not parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, host, parts.path, _clean_query(parts.query), ""))


def redact_text(text: str) -> str:
    """Every scheme://... URL inside `text` with its credentials stripped."""
    return _SCHEME_URL.sub(lambda m: strip_credentials(m.group(0)), text) if "://" in text else text


def redact(value: T) -> T:
    """A JSON-like value with every string's URLs stripped of credentials (keys included)."""
    return cast(T, _redact(value))


def _redact(value: object) -> object:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {_redact(k): _redact(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact(v) for v in value]
    return value
