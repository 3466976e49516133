"""Builds the Teams app package (a zip with manifest.json and two icons) to upload in the
Teams admin center or Developer Portal.

    BOT_TEAMS_APP_ID=... TEAMS_MANIFEST_ORG_NAME="Gemeente Voorbeeld" \
    TEAMS_MANIFEST_WEBSITE_URL=https://www.voorbeeld.nl \
    TEAMS_MANIFEST_PRIVACY_URL=https://www.voorbeeld.nl/privacy \
    TEAMS_MANIFEST_TERMS_URL=https://www.voorbeeld.nl/voorwaarden \
    .venv/bin/python deploy/teams/build_package.py            # -> build/teams/vp-wegwijzer-teams.zip

Fills deploy/teams/manifest.template.json from environment variables (every ${NAME} in it),
checks the result, and adds deploy/teams/color.png (192x192) and outline.png (32x32, white on
transparent) when the organisation put them there, or plain generated placeholder icons.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULTS = {"TEAMS_MANIFEST_VERSION": "1.0.0", "TEAMS_MANIFEST_ACCENT_COLOR": "#2F5597"}
GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
VERSION = re.compile(r"\d+\.\d+\.\d+")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class PackageError(ValueError):
    pass


def fill(template: str, values: dict[str, str]) -> dict:
    """The manifest with every ${NAME} replaced (JSON-escaped); PackageError names what is missing."""
    needed = sorted({m.group(1) for m in re.finditer(r"\$\{([A-Z0-9_]+)\}", template)})
    missing = [name for name in needed if not values.get(name)]
    if missing:
        raise PackageError("set " + ", ".join(missing))
    filled = re.sub(r"\$\{([A-Z0-9_]+)\}", lambda m: json.dumps(values[m.group(1)])[1:-1], template)
    manifest = json.loads(filled)
    check(manifest)
    return manifest


def check(manifest: dict) -> None:
    """The rules Teams rejects a package for that a typo easily breaks."""
    problems = []
    if not GUID.fullmatch(manifest["id"]):
        problems.append("BOT_TEAMS_APP_ID must be the bot's Microsoft App ID (a GUID)")
    if not VERSION.fullmatch(manifest["version"]):
        problems.append("TEAMS_MANIFEST_VERSION must look like 1.0.0")
    if not COLOUR.fullmatch(manifest["accentColor"]):
        problems.append("TEAMS_MANIFEST_ACCENT_COLOR must look like #2F5597")
    for key, url in manifest["developer"].items():
        if key.endswith("Url") and not url.startswith("https://"):
            problems.append(f"developer.{key} must be an https:// address")
    if len(manifest["developer"]["name"]) > 32:
        problems.append("TEAMS_MANIFEST_ORG_NAME may be at most 32 characters")
    if len(manifest["name"]["short"]) > 30 or len(manifest["description"]["short"]) > 80:
        problems.append("the short name (30) or short description (80) is too long")
    if len(manifest["description"]["full"]) > 4000:
        problems.append("the full description may be at most 4000 characters")
    for bot in manifest["bots"]:
        if bot["scopes"] != ["personal"]:
            problems.append("the bot must only be installable in personal chats (others would read along)")
    if problems:
        raise PackageError("; ".join(problems))


def png(width: int, height: int, pixel) -> bytes:
    """A minimal RGBA PNG; pixel(x, y) -> (r, g, b, a)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def placeholder_icons(accent: str) -> dict[str, bytes]:
    """A speech-bubble-like square in the accent colour (192) and as a white outline (32)."""
    r, g, b = (int(accent[i:i + 2], 16) for i in (1, 3, 5))

    def colour(x, y):
        inside = 36 <= x < 156 and 44 <= y < 132 or 60 <= x < 84 and 132 <= y < 156 - (x - 60)
        return (255, 255, 255, 255) if inside else (r, g, b, 255)

    def outline(x, y):
        ring = 4 <= x < 28 and 6 <= y < 22 and not (6 <= x < 26 and 8 <= y < 20)
        tail = 9 <= x < 11 and 22 <= y < 27
        return (255, 255, 255, 255) if ring or tail else (0, 0, 0, 0)
    return {"color.png": png(192, 192, colour), "outline.png": png(32, 32, outline)}


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PackageError("icon is not a PNG")
    return struct.unpack(">II", data[16:24])


def build(out: Path, environ: dict[str, str], icon_dir: Path = HERE) -> Path:
    values = {**DEFAULTS, **{k: v.strip() for k, v in environ.items() if v and v.strip()}}
    manifest = fill((HERE / "manifest.template.json").read_text(encoding="utf-8"), values)
    icons = placeholder_icons(manifest["accentColor"])
    for name, size in (("color.png", (192, 192)), ("outline.png", (32, 32))):
        own = icon_dir / name
        if own.exists():
            icons[name] = own.read_bytes()
            if png_size(icons[name]) != size:
                raise PackageError(f"{own} must be {size[0]}x{size[1]} pixels")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        for name, data in icons.items():
            package.writestr(name, data)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "teams" / "vp-wegwijzer-teams.zip")
    args = parser.parse_args(argv)
    try:
        out = build(args.out, dict(os.environ))
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Teams app package: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
