"""Booking appointments with a vertrouwenspersoon (VP): counsellors from the organisation's file,
reference codes, contact checks, the booking use cases, and a limiter against guessing codes.

Modules: reference, contact, throttle, counsellors, repository (use cases), notices.
"""
