"""Dialogue logic that does not need Rasa: perspective, resuming, choosing responses."""
