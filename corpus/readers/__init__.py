"""Readers turn registered files into records with stable locations; unreadable input is quarantined."""

from corpus.readers.base import Quarantine, Reader, ReadOptions, Record
from corpus.readers.jsonl import JsonlReader
from corpus.readers.parquet import ParquetReader
from corpus.readers.pdf import PdfReader
from corpus.readers.text import TextReader

READERS: dict[str, type[Reader]] = {
    "jsonl": JsonlReader,
    "text": TextReader,
    "pdf": PdfReader,
    "parquet": ParquetReader,
}

__all__ = ["READERS", "Quarantine", "ReadOptions", "Reader", "Record"]
