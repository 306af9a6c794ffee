"""Quantities: a parsed sentence in, `QuantityMention`s out (value, unit, qualifier, what is counted)."""
