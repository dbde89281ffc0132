"""Word exports with python-docx: worksheets, the blank handout, the session summary."""
