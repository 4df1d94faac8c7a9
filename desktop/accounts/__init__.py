"""Local clinician accounts: who decided, on a shared clinic laptop (plain Python, no Qt).

Each account has a display name (kept on this laptop only), a PIN stored as a salted scrypt
hash, and a random pseudonymous id: the only thing about the clinician that goes into the
audit records and leaves the laptop.
"""
