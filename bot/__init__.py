"""First-line guidance bot for employees: domain logic, data layer and channels.

Nothing in this package imports Rasa except the adapters that must (``bot.nlu.components``,
``bot.privacy.tracker_store`` and ``bot.channels``); everything else is plain Python.
"""
