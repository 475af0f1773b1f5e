"""The one-line text box every pane and dialog types into.

Textual's Input types a letter as it arrives, but runs Backspace, Delete, the
cursor keys and the other editing keys as bindings, which the app looks up only
once the key has bubbled back up to it. Keys typed in one burst (fast typing
while the app is busy, a macro, a terminal that batches input) were therefore
applied out of order: "grok⌫x" left "grok" in the box, the `x` typed before the
Backspace that then deleted it, and the search ran for words never typed.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

__all__ = ["Box"]


class Box(Input):
    """An Input that runs its own editing keys the moment they arrive, in the order
    typed. Other keys (Esc, Enter, Tab and the panes' bindings) go on as before."""

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # Input's own handler, next in line, types it
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
