"""Report: monthly monitoring reports drafted from the store, in the analysts' format."""
