"""Dialogs of the facilitator's app: new workshop, workshop details, opening files."""
