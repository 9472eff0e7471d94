"""Settling sub-event types that depend on the arguments (ACLED's definitions).

An "attack" on armed men is a battle, on civilians it is violence against civilians; a
change of control is "Government regains territory" only when state forces take it back;
a protest where people are killed by security forces is "Excessive force against protesters".
"""
from __future__ import annotations

from ..document import Event
from ..lexicon.actors import DEMONSTRATORS, EXTERNAL_FORCES, STATE_FORCES, government_camps
from .detect import DISORDER, GENERIC_ATTACK
from .roles import settle_protest_sides

CIVILIANS = 7


class TypingStage:
    name = "typing"
    requires = ("arguments",)
    provides = ("typed",)

    def __call__(self, doc) -> None:
        for event in doc.events:
            refine(event)


def _set(event: Event, event_type: str, sub_event_type: str) -> None:
    event.event_type, event.sub_event_type = event_type, sub_event_type
    event.disorder_type = DISORDER[event_type]


NON_STATE_ARMED = (2, 3, 4)   # rebels, political and identity militias


def refine(event: Event) -> None:
    target = event.actor2.type_code if event.actor2 else None
    agent = event.actor1.type_code if event.actor1 else None
    killed = event.fatalities.value if event.fatalities else None
    if event.sub_event_type == GENERIC_ATTACK or (event.event_type == "Violence against civilians"
                                             and event.sub_event_type == "Attack"):
        if target == CIVILIANS:
            _set(event, "Violence against civilians", "Attack")
        elif target in DEMONSTRATORS and agent in (STATE_FORCES, EXTERNAL_FORCES):
            # "أطلق الجيش النار على متظاهرين": lethal force on a demonstration, no battle
            _set(event, "Protests", "Excessive force against protesters")
        elif target in DEMONSTRATORS:
            _set(event, "Violence against civilians", "Attack")   # gunmen on a sit-in: demonstrators are civilians
        else:
            _set(event, "Battles", "Armed clash")
    elif event.event_type == "Battles" and event.sub_event_type.endswith("territory"):   # not a non-violent transfer
        for_government = agent == STATE_FORCES or (
            event.actor1 is not None and bool(government_camps().get(event.actor1.name)))
        _set(event, "Battles",
             "Government regains territory" if for_government else "Non-state actor overtakes territory")
    elif event.sub_event_type == "Arrests" and agent in NON_STATE_ARMED and target == CIVILIANS:
        # "اعتقل تنظيم داعش 38 مواطنا": only a state arrests; an armed group abducts (ACLED)
        _set(event, "Violence against civilians", "Abduction/forced disappearance")
    elif event.event_type == "Protests" and killed and target == STATE_FORCES:
        _set(event, "Protests", "Excessive force against protesters")
    elif event.event_type == "Protests" and killed:
        _set(event, "Protests", "Excessive force against protesters")
    if event.disorder_type == "Demonstrations":
        settle_protest_sides(event)
