"""The stakeholders stage kind."""
