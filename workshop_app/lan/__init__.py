"""Participant entry over the room's local network: aiohttp + Jinja2, no Qt."""
