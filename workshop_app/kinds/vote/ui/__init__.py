"""The vote stage kind's Qt parts."""
