"""The held-out NLU files and the conversation set are written apart and never trained on: no
training example may equal one of their messages word for word (case, spaces and punctuation
aside). Very short messages ("afspraak maken", "volgende week") are the words anyone would use
and are allowed to coincide: the rule starts at four words."""
import glob
import re

import yaml

MIN_WORDS = 4


def _key(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", text)  # entity annotations
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _training_examples() -> dict[str, str]:
    examples = {}
    for path in sorted(glob.glob("data/nlu/*.yml")):
        for item in yaml.safe_load(open(path, encoding="utf-8")).get("nlu", []):
            if "intent" not in item:
                continue
            for line in str(item.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples[_key(line[2:])] = f"{path} ({item['intent']})"
    return examples


def _conversation_messages(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "user" and isinstance(value, str):
                yield value
            else:
                yield from _conversation_messages(value)
    elif isinstance(node, list):
        for value in node:
            yield from _conversation_messages(value)


def _held_apart() -> list[tuple[str, str]]:
    messages = []
    for path in sorted(glob.glob("tests/nlu/heldout*.yml")):
        for item in yaml.safe_load(open(path, encoding="utf-8")).get("nlu", []):
            for line in str(item.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    messages.append((path, line.strip()[2:]))
    for path in sorted(glob.glob("tests/conversations/*.yml")):
        messages += [(path, m) for m in _conversation_messages(yaml.safe_load(open(path, encoding="utf-8")))]
    return messages


def test_the_key_ignores_case_punctuation_and_annotations():
    assert _key("Ik heb  [screenshots](bewijs) gemaakt, is dat slim?") == "ik heb screenshots gemaakt is dat slim"


def test_both_sides_are_read():
    assert len(_training_examples()) > 1000
    held = _held_apart()
    assert sum(p.startswith("tests/nlu/") for p, _ in held) > 300
    assert sum(p.startswith("tests/conversations/") for p, _ in held) > 200


def test_no_training_example_equals_a_message_held_apart():
    training = _training_examples()
    equal = [f"{path}: {message!r} is in {training[_key(message)]}"
             for path, message in _held_apart()
             if len(_key(message).split()) >= MIN_WORDS and _key(message) in training]
    assert not equal, "rephrase or remove these training examples:\n" + "\n".join(equal)
