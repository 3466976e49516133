"""Dutch language understanding: the spaCy base, the crisis safety net, Rasa NLU components."""
