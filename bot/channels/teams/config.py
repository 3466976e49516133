"""The Teams channel's settings, checked from the BOT_TEAMS_* variables bot.settings read (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot import patterns
from bot import settings as bot_settings
from bot.channels.common import ChannelConfigError
from bot.channels.teams import auth as bfa

REQUIRED_VARIABLES = ("BOT_TEAMS_APP_ID", "BOT_TEAMS_APP_PASSWORD", "BOT_TEAMS_TENANT_ID")
DEFAULT_ALLOWED_SERVICE_URLS = ("https://smba.trafficmanager.net/",)

_GUID = patterns.linear(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                        name="teams.guid")


class ConfigError(ChannelConfigError):
    """The Teams channel cannot be switched on. The message names the variables, never their values."""


@dataclass(frozen=True)
class TeamsConfig:
    """Settings, from these environment variables (read in bot.settings, checked here):

    BOT_TEAMS_APP_ID        required: the Microsoft App ID of the Azure Bot (a GUID)
    BOT_TEAMS_APP_PASSWORD  required: a client secret of that app registration
    BOT_TEAMS_TENANT_ID     required: the directory (tenant) id (a GUID) of the single-tenant app
                            registration; activities of any other tenant are refused
    BOT_TEAMS_OPENID_URL    the Bot Framework OpenID metadata (default: Microsoft's public cloud)
    BOT_TEAMS_TOKEN_URL     the token endpoint (default: login.microsoftonline.com/<tenant>/...)
    BOT_TEAMS_ISSUER        the issuer of inbound tokens (default https://api.botframework.com)
    BOT_TEAMS_SCOPE         the scope of our outbound token (default https://api.botframework.com/.default)
    BOT_TEAMS_ALLOWED_SERVICE_URLS  comma-separated serviceUrl prefixes we send answers to
                            (default https://smba.trafficmanager.net/, Teams in the public cloud)
    """

    app_id: str
    app_password: str = field(repr=False)
    tenant_id: str
    openid_url: str = bfa.BOTFRAMEWORK_OPENID_URL
    token_url: str = ""
    issuer: str = bfa.BOTFRAMEWORK_ISSUER
    scope: str = bfa.BOTFRAMEWORK_SCOPE
    allowed_service_urls: tuple[str, ...] = DEFAULT_ALLOWED_SERVICE_URLS

    @classmethod
    def from_settings(cls, settings: bot_settings.TeamsSettings | None = None) -> TeamsConfig:
        """The configuration of `settings` (default: this process's); raises ConfigError."""
        teams = settings or bot_settings.current().channels.teams
        values = {"BOT_TEAMS_APP_ID": teams.app_id, "BOT_TEAMS_APP_PASSWORD": teams.app_password,
                  "BOT_TEAMS_TENANT_ID": teams.tenant_id, "BOT_TEAMS_OPENID_URL": teams.openid_url,
                  "BOT_TEAMS_TOKEN_URL": teams.token_url, "BOT_TEAMS_ISSUER": teams.issuer,
                  "BOT_TEAMS_SCOPE": teams.scope, "BOT_TEAMS_ALLOWED_SERVICE_URLS": teams.allowed_service_urls}

        def get(name: str) -> str:
            return values[name].strip()

        missing = [name for name in REQUIRED_VARIABLES if not get(name)]
        if missing:
            raise ConfigError("set " + ", ".join(missing))
        app_id, tenant = get("BOT_TEAMS_APP_ID"), get("BOT_TEAMS_TENANT_ID")
        if not _GUID.fullmatch(app_id):
            raise ConfigError("BOT_TEAMS_APP_ID must be the app's Microsoft App ID (a GUID)")
        if not _GUID.fullmatch(tenant):
            raise ConfigError("BOT_TEAMS_TENANT_ID must be your directory (tenant) id, a GUID (not a "
                              "domain name, not common/organizations/consumers): activities are "
                              "compared with it")
        openid_url = get("BOT_TEAMS_OPENID_URL") or bfa.BOTFRAMEWORK_OPENID_URL
        token_url = get("BOT_TEAMS_TOKEN_URL") or bfa.TOKEN_URL_TEMPLATE.format(tenant=tenant)
        raw_allowed = get("BOT_TEAMS_ALLOWED_SERVICE_URLS")
        allowed = tuple(u.strip() for u in raw_allowed.split(",") if u.strip()) if raw_allowed \
            else DEFAULT_ALLOWED_SERVICE_URLS
        try:
            bfa.check_endpoint_url(openid_url, "BOT_TEAMS_OPENID_URL")
            bfa.check_endpoint_url(token_url, "BOT_TEAMS_TOKEN_URL")
            for url in allowed:
                bfa.check_endpoint_url(url, "each of BOT_TEAMS_ALLOWED_SERVICE_URLS")
        except ValueError as exc:
            raise ConfigError(str(exc)) from exc
        return cls(app_id=app_id, app_password=get("BOT_TEAMS_APP_PASSWORD"), tenant_id=tenant,
                   openid_url=openid_url, token_url=token_url,
                   issuer=get("BOT_TEAMS_ISSUER") or bfa.BOTFRAMEWORK_ISSUER,
                   scope=get("BOT_TEAMS_SCOPE") or bfa.BOTFRAMEWORK_SCOPE, allowed_service_urls=allowed)

