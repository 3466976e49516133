"""Privacy: how long conversations live and what the bot may say it keeps."""
