"""The participant page says where the room is as the projector does (issue 14 walk-through:
a phone said "stage 3 of 5" while the projector said "Stage 3 of 4"): the optional stages are
not counted, and an optional stage is an extra one."""

from __future__ import annotations

import time


def wait_for(condition, timeout: float = 3.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def test_the_page_counts_the_stages_as_the_projector_does(entry, device, store, groups):
    plan = store.plan
    counted = [s for s in plan.stages if not s.optional]
    extras = [s for s in plan.stages if s.optional]
    assert extras, "the seeded plan has an optional stage"
    _, info = entry
    phone = device()
    assert phone.join(info.code, groups[0].id).status == 303
    third = counted[2]
    store.set_current_stage(third.id)
    page = wait_for(lambda: (body := phone.get("/").body) and third.title in body and body)
    assert f"The room is on stage 3 of {len(counted)}" in page
    assert plan.room_place(third.id) == (3, len(counted))  # the projector's "Stage 3 of 4"
    store.set_current_stage(extras[0].id)
    page = wait_for(lambda: (body := phone.get("/").body) and extras[0].title in body and body)
    assert "The room is on an extra stage" in page
    assert plan.room_place(extras[0].id) is None  # the projector's "Extra stage"
