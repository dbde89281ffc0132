"""The objectives stage kind."""
