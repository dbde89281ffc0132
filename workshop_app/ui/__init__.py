"""The Qt front end: the facilitator's console and the projector window."""
