"""Connectors: generators of plain records (see `records.py`), no database code."""
