"""Notices to counsellors by e-mail, through an outbox table (see outbox.py).

A notice holds only what the counsellor needs for the appointment: time, way of meeting,
reference code and the contact detail if one was given. Never anything from the conversation.
"""
