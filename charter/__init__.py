"""Charter: domain-specialized language models under auditable data governance."""

__version__ = "0.1.0"
