"""Speed and memory scripts (not tests)."""
