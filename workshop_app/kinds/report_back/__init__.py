"""The report back stage kind."""
