"""Charter: domain-specialized language models under auditable data governance.

This package is the roof: the command line. The floor it and every stage stand on is `core`."""

from core import __version__

__all__ = ["__version__"]
