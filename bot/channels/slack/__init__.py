"""The Slack channel: POST /webhooks/slack/webhook takes Slack's Events API requests and
Interactivity requests (button clicks); answers go out through Slack's Web API (chat.postMessage).

Register it in credentials.yml as `bot.channels.slack.channel.SlackInput:` (no values there). It is off
unless BOT_SLACK_BOT_TOKEN and BOT_SLACK_SIGNING_SECRET are set: then its route answers 503 and
one log line at start-up names the variables. BOT_SLACK_API_URL (default https://slack.com/api)
points it elsewhere, e.g. at the local fake Web API in the tests.

Every request must carry Slack's signature (protocol); anything else gets 401.
A signed request is answered 200 at once and handled in the background, so a slow answer never makes
Slack retry; a retried or replayed delivery that was already taken is acknowledged and ignored.
Messages of one conversation are handled one at a time, in the order they came in. The first
answer of a conversation is preceded by the notice that Slack's administrators can read chats.
A conversation is one person in one direct message or thread (protocol), so
writing in another person's thread starts a conversation of one's own. Only the payload of a
button offered in the conversation's latest answer reaches Rasa as an intent, any other leading
'/' is dropped (bot.channels.offers); each message carries metadata {"client": <hash of the
Slack user>}.

The package, by role:
- config: SlackConfig, read from the BOT_SLACK_* variables (pure);
- protocol: signing, reading events and clicks, writing messages (pure);
- api: the Web API client (chat.postMessage, chat.update; a 429 waited out once);
- channel: the Rasa input and output channels (the only module that imports Rasa).
The guards (rate limit, seen deliveries, admin notice, ordering) are bot.channels.guards; the rate
limit comes first, before the admin notice, as in Teams.

Nothing a person writes is logged: log lines name reasons and error codes only.
"""
