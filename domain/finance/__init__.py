"""The finance domain pack. A package so that the import contracts (pyproject.toml) see its recognizers.py."""
