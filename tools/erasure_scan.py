"""Independent check: does any run of 60+ characters of an erased document remain under the given roots?

Every 60-character run of a text contains one of its 30-character chunks taken at offsets 0, 30, 60, ...
(per line, of the raw text and of its JSON-escaped forms), so a grep for all chunks finds every candidate
file; a candidate is then confirmed by finding a full 60-character window. Parquet files are decoded (their
string columns dumped) and gzip/zstd files decompressed before the search, since compression hides text from
a byte grep. Token shards (.bin) are not text: `charter verify-erasure`'s token n-gram leg covers them.

An auditor's check beside `charter verify-erasure`, independent of its code: it shares nothing with it but
the source file. Files under a folder named `private` (the owner's own sources) are skipped.

usage: python tools/erasure_scan.py ERASED.jsonl ROOT...
"""

import gzip
import json
import os
import subprocess
import sys
import tempfile

import pyarrow.parquet as pq

src, *roots = sys.argv[1:]
with open(src, encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()]
forms = [f for t in texts for f in (t, json.dumps(t)[1:-1], json.dumps(t, ensure_ascii=False)[1:-1])]
chunks = {line[i : i + 30] for f in forms for line in f.split("\n") for i in range(0, len(line) - 29, 30)}
with tempfile.NamedTemporaryFile("w", delete=False, suffix=".pat", encoding="utf-8") as pat:
    pat.write("\n".join(sorted(chunks)) + "\n")
print(f"{len(texts)} erased documents, {len(chunks)} 30-character chunks")


def decoded(path: str) -> bytes:
    with open(path, "rb") as f:
        head = f.read(4)
    try:
        if head == b"PAR1":
            table = pq.read_table(path)
            return "\n".join(
                str(v)
                for c in table.columns
                if str(c.type) in ("string", "large_string")
                for v in c.to_pylist()
            ).encode()
        if head[:2] == b"\x1f\x8b":
            return gzip.open(path).read()
        if head == b"\x28\xb5\x2f\xfd":
            import zstandard

            return zstandard.ZstdDecompressor().stream_reader(open(path, "rb")).read()
    except Exception as e:  # an unreadable file is reported, not skipped silently
        print(f"    could not decode {path}: {type(e).__name__}")
    return open(path, "rb").read()


for root in roots:
    files = [os.path.join(d, n) for d, dirs, names in os.walk(root) for n in names if "/private" not in d]
    confirmed = []
    for path in files:
        if path.endswith(".bin"):
            continue
        data = decoded(path)
        hit = (
            subprocess.run(["grep", "-qaF", "-f", pat.name], input=data, capture_output=True).returncode == 0
        )
        if not hit:
            continue
        text = data.decode("utf-8", "replace")
        found = set(
            subprocess.run(["grep", "-oaF", "-f", pat.name], input=data, capture_output=True)
            .stdout.decode("utf-8", "replace")
            .splitlines()
        )
        if any(
            len(form[a : a + 60]) == 60 and form[a : a + 60] in text
            for form in forms
            for c in found
            for p in [form.find(c)]
            if p != -1
            for a in range(max(0, p - 30), p + 1)
        ):
            confirmed.append(path)
    shards = sum(p.endswith(".bin") for p in files)
    print(
        f"{root}: {len(files)} files ({shards} token shards left to verify-erasure), "
        f"{len(confirmed)} with a 60-character run of an erased document"
    )
    for path in confirmed[:30]:
        print("   ", path)
