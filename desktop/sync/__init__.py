"""USB sync shared by both ends: district keys, encrypted signed bundles, export, receipts."""
