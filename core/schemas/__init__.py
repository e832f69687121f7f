"""The typed shape of what stages write and other stages read, one module per contract, so a stage depends
only on the schemas it reads (`dvc.yaml` lists each module a stage imports as a code dep):

- `plan`: plan.json, which mixture, pretrain, launch and the report read;
- `tokens`: a shard set's meta.json (tokenize's, the mixture's);
- `summaries`: the JSON summaries and metrics the report reads, and `read(artifact, data)`.

A reader gets a validated object or an error naming the file (core.errors.MissingArtifact when it is absent,
MalformedArtifact when a field a reader relies on is missing or of the wrong type). Writers write the files
themselves, byte for byte as before: each schema types the fields other stages read and keeps the rest as
written.
"""
