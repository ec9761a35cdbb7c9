"""How each `sneaker override` action is typed: one table of its arguments for the CLI's
help, the usage line and the hints. It imports nothing, so `sneaker --help` stays fast."""

from __future__ import annotations

ARGUMENTS: dict[str, tuple[str, ...]] = {
    "set_channel": ("OPPORTUNITY", "CHANNEL"),
    "merge": ("KEEP", "OTHER"),
    "split": ("OPPORTUNITY", "MESSAGE_ID"),
    "attach": ("OPPORTUNITY", "EVENT_OR_MESSAGE_ID"),
    "set_kind": ("MESSAGE_ID", "KIND"),
    "remove": ("OVERRIDE_ID",),
}

# the corrections stored in the overrides table; `remove` deletes one instead
ACTIONS = tuple(action for action in ARGUMENTS if action != "remove")


def typed(action: str) -> str:
    """`set-kind`: an action as the user types it."""
    return action.replace("_", "-")


def form(action: str) -> str:
    """`set-kind MESSAGE_ID KIND`: an action as typed, with its arguments."""
    return " ".join([typed(action), *ARGUMENTS[action]])


FORMS = " | ".join(map(form, ARGUMENTS))
