"""Accuracy evaluations against gold annotations (MEANTIME, CC BY 4.0, read in place)."""
