"""The README's layout section matches the tree: every top-level directory, every module and
package of bot/ and bot/channels/ is described there, and every path a row is about exists."""

import re
import subprocess

from bot.settings import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


def layout() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## Layout\n"):text.index("\n## ", text.index("## Layout\n") + 1)]


def rows() -> list[tuple[list[str], str]]:
    """(the paths in the first column, the description) of each row."""
    found = []
    for line in layout().splitlines():
        if line.startswith("| `"):
            _, first, rest = line.split("|", 2)
            found.append((re.findall(r"`([^`]+)`", first), rest))
    return found


def tracked_top_level_dirs() -> set[str]:
    files = subprocess.run(["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    return {name.split("/")[0] for name in files.stdout.split() if "/" in name}


def test_every_path_a_row_is_about_exists():
    for paths, _ in rows():
        for path in paths:
            assert (PROJECT_ROOT / path).exists(), path


def test_every_top_level_directory_is_described():
    named = {path.split("/")[0] for paths, _ in rows() for path in paths}
    assert tracked_top_level_dirs() <= named, tracked_top_level_dirs() - named


def test_every_module_and_package_of_bot_and_its_channels_is_described():
    text = layout()
    for folder in ("bot", "bot/channels"):
        for entry in sorted((PROJECT_ROOT / folder).iterdir()):
            if entry.name.startswith(("_", ".")) and entry.name != "__main__.py":
                continue
            if entry.is_dir() and not (entry / "__init__.py").exists():
                continue
            name = f"{entry.name}/" if entry.is_dir() else entry.name
            assert f"`{name}`" in text, f"{folder}/{name} is not in the README's layout"


def test_every_training_data_file_is_named():
    row = next(rest for paths, rest in rows() if paths == ["data/nlu/"])
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        assert f"`{path.name}`" in row, f"data/nlu/{path.name} is not in the README's layout"
