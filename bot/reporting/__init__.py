"""Anonymous numbers for the counsellor's annual report (jaarverslag): the counters the bot
writes (counters.py), the suppression of small numbers (suppression.py) and the report itself
(report.py, charts.py). No Rasa import here: the actions only translate a tracker into a CountKey."""
