"""Rasa input channels of our own (registered in credentials.yml).

Inside the Rasa server (which has loaded its processor before it loads channels), loading any of
them also installs bot.channels.faults: a message that a failing action or tracker store could not
handle is not saved half-done, and reaches the channel as an error it answers in Dutch. Pure
unit tests, which do not load Rasa's processor, are not affected.
"""

import sys

if "rasa.core.processor" in sys.modules:
    from bot.channels import faults

    faults.install()
