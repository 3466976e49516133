"""Appointment scheduling for the vertrouwenspersoon: pure logic, no Rasa.

- ``bot.scheduling.slots``: free appointment slots and "is anyone reachable now".
- ``bot.scheduling.dutch_dates``: free Dutch time expressions -> a search range, and Dutch slot formatting.
"""
