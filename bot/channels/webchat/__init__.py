"""The intranet web chat: a chat page, an embeddable widget and their own Rasa input channel.

Register in credentials.yml as `bot.channels.webchat.channel.WebChatInput:` (on by default). The
package, by role:
- config: WebChatConfig (secret, origins, limits) and which hosts and origins may call it (pure);
- sessions: signed anonymous session tokens, revoked sessions, offered buttons (pure);
- messages: what a message body may hold and which replies reach the browser (pure);
- channel: the Rasa input channel and its routes (the only module that imports Rasa or Sanic);
- static/: the page's script, style and HTML, and the widget.
The limits and revocations are bot.channels.guards.
"""
