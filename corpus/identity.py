"""Document identity: ids that survive an owner's re-export, and file names kept out of ids when asked.

- A source with `id_field` gives `<source>/<record id>`: the same record keeps its id whatever the order or
  the file it is exported in (a record id held twice is quarantined: corpus/duplicate_ids.py).
- Otherwise ids are `<source>/<file>#L<line>` (records) or `<source>/<file>` (one document per file).
- A source with `hash_file_names` puts `HMAC-SHA256(key, relative path)` (80 bits, hex) where the path
  would be, in ids, locations and ledgers alike. The key is per source: derived from the secret in the
  environment variable `ingest.file_name_key_env` names when set, else from the source id alone. Both are
  deterministic, so ids are the same on every run and machine; only the secret keeps someone who can guess
  a file name (a patient's name) from confirming it. Changing the secret changes every such id (the
  fingerprint stage sees it and ingest re-runs).
"""

from __future__ import annotations

import hashlib
import hmac
import os

from core.config import IngestParams
from core.errors import ConfigError
from core.registry import Source

LABEL_HEX = 20
_DERIVED = b"charter/file-name-hash/v1/"


def file_name_key(source: Source, params: IngestParams) -> bytes | None:
    """The source's file-name hash key, or None when its ids carry file names as they are."""
    if not source.hash_file_names:
        return None
    env = params.file_name_key_env
    if env is None:
        return hashlib.sha256(_DERIVED + source.id.encode()).digest()
    secret = os.environ.get(env)
    if not secret:
        raise ConfigError(
            f"source '{source.id}' hashes file names with the key in ${env} (ingest.file_name_key_env), "
            "which is not set; set it to the same secret as before (another key changes every id)"
        )
    return hmac.new(secret.encode(), _DERIVED + source.id.encode(), hashlib.sha256).digest()


def file_label(relative: str, key: bytes | None) -> str:
    """What ids, locations and ledgers call a file: its relative path, or its keyed hash."""
    if key is None:
        return relative
    return hmac.new(key, relative.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()[:LABEL_HEX]


def document_id(source_id: str, file: str, line: int | None, record_id: str | None = None) -> str:
    """Derived from the owner's record id or from where the text lives, never from run order."""
    if record_id is not None:
        return f"{source_id}/{record_id}"
    return f"{source_id}/{file}" if line is None else f"{source_id}/{file}#L{line}"
