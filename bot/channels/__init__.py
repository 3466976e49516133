"""Rasa input channels of our own (registered in credentials.yml).

Inside the Rasa server (which has loaded its processor before it loads channels), loading any of
them also installs bot.channels.faults: a message that a failing action or tracker store could not
handle is not saved half-done, and reaches the channel as an error it answers in Dutch; and
bot.channels.nlu_thread: each message's NLU runs in a worker thread, off the event loop; and
bot.channels.replay: a message sent again with its id is not handled twice; and
bot.channels.action_results: the action server's answers are checked with a schema compiled once. Pure
unit tests, which do not load Rasa's processor, are not affected.
"""

import sys

from bot.privacy import logs as _privacy_logs

# The Rasa server imports this package when it loads a channel of ours: from then on warnings
# show no message either (Rasa warns with the whole text when a '/' intent fails to parse).
_privacy_logs.install()

if "rasa.core.processor" in sys.modules:
    from bot.channels import action_results, faults, nlu_thread, replay

    faults.install()
    nlu_thread.install()  # each message's NLU in a worker thread, off the event loop
    replay.install()  # a message sent again with the same id is answered from the conversation
    action_results.install()  # the action server's answers checked without rebuilding the schema
