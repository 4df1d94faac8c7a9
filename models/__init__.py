"""Kuona model packages: format, verification, signing and building (plain Python, no Qt)."""
