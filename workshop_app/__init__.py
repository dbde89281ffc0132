"""Workshop App: run a structured workshop from one laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "Workshop App"
APP_ID = "workshop-app"
