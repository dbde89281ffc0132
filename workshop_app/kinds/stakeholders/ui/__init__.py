"""The stakeholders stage kind's Qt parts."""
