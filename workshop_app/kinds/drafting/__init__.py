"""The drafting stage kind."""
