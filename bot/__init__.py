"""First-line guidance bot for employees: domain logic, data layer and channels.

Nothing in this package imports Rasa except the adapters that must (``bot.nlu.components``,
``bot.privacy.tracker_store`` and ``bot.channels``); everything else is plain Python.
"""

from bot.privacy import logs as _privacy_logs

# No message text in any log of any process that uses this package (the Rasa server loads our
# channels, the action server our actions): see bot/privacy/logs.py.
_privacy_logs.install(hide_warnings=False)
