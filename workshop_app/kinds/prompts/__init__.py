"""The prompts stage kind."""
