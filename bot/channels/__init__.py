"""Rasa input channels of our own (registered in credentials.yml)."""

from bot.privacy import logs as _privacy_logs

# The Rasa server imports this package when it loads a channel of ours: from then on warnings
# show no message either (Rasa warns with the whole text when a '/' intent fails to parse).
_privacy_logs.install()
