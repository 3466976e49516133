"""Booking appointments with a vertrouwenspersoon (VP): counsellors from the organisation's file,
reference codes, contact checks and the booking use cases. The limit on guessing codes is one of
the guards every process shares (bot.channels.guards.CodeAttempts).

Modules: reference, contact, counsellors, repository (use cases), notices.
"""
