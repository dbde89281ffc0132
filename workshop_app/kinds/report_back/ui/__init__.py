"""The report back stage kind's Qt parts."""
