"""The emulation campaign: its data, checks, computations and renderings, free of any site generator."""
