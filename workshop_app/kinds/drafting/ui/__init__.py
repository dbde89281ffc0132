"""The drafting stage kind's Qt parts."""
