"""Shared by the evaluation scripts (imported from their own folder)."""


def quiet_rasa_logs() -> None:
    """Rasa's structured log prints every parse (with its text) at debug level unless configured."""
    import logging

    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
