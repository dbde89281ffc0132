"""Stage kinds: one folder per kind, holding everything that kind keeps and shows.

``kinds/<kind>/`` has the kind's model and store records, its participant-page context and
form handling (``web.py``), its export sections (``sections.py``) and, under ``ui/``, its Qt
parts (console page, widgets, projector renderers, map drawing). Its templates and scripts are
under ``resources/kinds/<kind>/``.
"""
