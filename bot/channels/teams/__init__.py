"""Microsoft Teams channel: POST /webhooks/teams/api/messages (the bot's messaging endpoint).

Register in credentials.yml as `bot.channels.teams.channel.TeamsInput:` (no values there: every
setting comes from the environment, see `config.TeamsConfig`). Without BOT_TEAMS_APP_ID,
BOT_TEAMS_APP_PASSWORD and BOT_TEAMS_TENANT_ID the channel is off: one log line at start-up says
what to set, and the route answers 503.

A request is handled like this:
1. its Bot Framework token is verified fully (auth); any failure is a 401 and nothing else happens;
2. the activity is read (protocol.parse_activity); a button click arrives as `value` ({"payload":
   ...}) and is read as the message, typed text as `text`; an activity of another tenant than
   BOT_TEAMS_TENANT_ID (channelData.tenant.id / conversation.tenantId) is refused with 403;
3. the request is answered 200 at once (an activity id seen before: answered, not handled again)
   and the message is handled in a background task (one conversation at a time, in order), so
   slow answers do not make Teams retry;
4. the rate limit comes first (over it: one Dutch refusal, then silence, not even the notice); the
   first answer of a conversation is preceded by the notice that the organisation's Teams
   administrators can technically read chats (content/kanalen.yml); group chats and channels get
   one Dutch sentence that the bot only talks one-to-one; empty, too long and too many messages
   get the shared Dutch refusals (bot.channels.common); only the payload of a button offered in
   the conversation's latest answer reaches Rasa as an intent, any other leading '/' is dropped
   (bot.channels.offers); the message carries metadata {"client": <hash of the Teams user id>};
5. the answers go to the Bot Connector: text as a message, buttons as hero cards with messageBack
   actions that carry the Rasa payload.

The package, by role:
- config: TeamsConfig, read from the BOT_TEAMS_* variables (pure);
- auth: the Bot Framework tokens, inbound (verified) and outbound (client credentials);
- protocol: reading and writing activities (pure);
- connector: the HTTP client that posts activities to the Bot Connector, with retries;
- channel: the Rasa input and output channels (the only module that imports Rasa).
The guards (rate limit, seen activity ids, admin notice, ordering) are bot.channels.guards.

The Rasa conversation id is a hash of the Teams conversation id. No message text, name or Teams
id is logged or given to Rasa (the client key in the metadata is a keyed hash).
"""
