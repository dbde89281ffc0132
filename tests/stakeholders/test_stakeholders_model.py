"""The stakeholder model: quadrants, validation, storage with history, the approval chain."""

from __future__ import annotations

import pytest

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.store import EventStore
from workshop_app.text import InputError


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (50, 50, "manage_closely"),  # the boundary counts as high on both axes
        (100, 100, "manage_closely"),
        (50, 49.9, "keep_satisfied"),
        (100, 0, "keep_satisfied"),
        (49.9, 50, "keep_informed"),
        (0, 100, "keep_informed"),
        (49.9, 49.9, "monitor"),
        (0, 0, "monitor"),
    ],
)
def test_quadrant_at_the_boundaries(influence, interest, expected):
    assert sh.quadrant(influence, interest) == expected
    assert sh.Stakeholder("X", "funders", influence, interest).quadrant == expected


def test_categories_come_from_the_plan_plus_other(plan):
    ids = [c.id for c in sh.categories(plan)]
    assert ids[:3] == ["people_served", "frontline", "approvers"]
    assert ids[-1] == "other"


def test_validation_cleans_text_and_clamps_positions(plan):
    ids = {c.id for c in sh.categories(plan)}
    s = sh.validate(
        {
            "name": "  Board\x00 of\ndirectors ",
            "category": "nonsense",
            "influence": 140,
            "interest": -3,
        },
        ids,
    )
    assert s.name == "Board of directors"
    assert s.category == "other"
    assert (s.influence, s.interest) == (100.0, 0.0)
    with pytest.raises(InputError, match="needs a name"):
        sh.validate({"name": "   "}, ids)
    with pytest.raises(InputError, match="limit is 200"):
        sh.validate({"name": "x" * 201}, ids)
    with pytest.raises(InputError):
        sh.validate({"name": "A", "influence": "high"}, ids)


def test_saved_stakeholders_round_trip_and_moves_are_restorable(store: EventStore):
    g = store.add_group("Cedar Valley")
    a = sh.Stakeholder("Clients living with HIV", "people_served", 30, 90, note="ask the CAB")
    b = sh.Stakeholder("Ryan White Part B", "funders", 80, 30)
    sh.save(store, g.id, [a, b])
    first = store.record(g.id, sh.KIND).revision
    assert [s.quadrant for s in sh.load(store, g.id)] == ["keep_informed", "keep_satisfied"]

    moved = [a.moved(75, 90), b]
    sh.save(store, g.id, moved)
    assert sh.load(store, g.id)[0].quadrant == "manage_closely"

    revisions = [rev for rev, _, _ in sh.history(store, g.id)]
    assert revisions == [first + 1, first]
    sh.restore(store, g.id, first)
    back = sh.load(store, g.id)
    assert back[0].quadrant == "keep_informed"
    assert back[0].note == "ask the CAB"
    assert len(sh.history(store, g.id)) == 3  # the restore is itself a new version


def test_unchanged_save_adds_no_history(store: EventStore):
    g = store.add_group("Blue Heron")
    items = [sh.Stakeholder("Police", "other", 70, 10, id="p1")]
    sh.save(store, g.id, items)
    assert sh.save(store, g.id, items).unchanged
    assert len(sh.history(store, g.id)) == 1


def test_approval_chain_starts_from_the_plan_template(store: EventStore, plan):
    g = store.add_group("Casa Arcoíris")
    chain = sh.load_chain(store, g.id)
    assert [s.who for s in chain] == list(plan.stage_of_kind("stakeholders").approval_steps)
    assert {s.status for s in chain} == {"not_asked"}


def test_approval_chain_reorder_status_and_history(store: EventStore):
    g = store.add_group("Casa Arcoíris")
    chain = sh.load_chain(store, g.id)
    chain, index = sh.move_step(chain, len(chain) - 1, -10)  # board to the top
    assert index == 0
    chain[0] = sh.validate_step({**chain[0].to_dict(), "status": "Approved"})
    chain.append(sh.ApprovalStep("Parent organization's counsel", "asked"))
    sh.save_chain(store, g.id, chain)
    again = sh.load_chain(store, g.id)
    assert again[0].who == "Board of directors" and again[0].status == "approved"
    assert again[-1].status_label == "Asked"
    with pytest.raises(InputError, match="status"):
        sh.validate_step({"who": "HR", "status": "maybe"})
    with pytest.raises(InputError):
        sh.validate_step({"who": " "})


def test_a_stakeholder_map_survives_reopening_the_event(store: EventStore, event_path):
    g = store.add_group("Cedar Valley")
    sh.save(store, g.id, [sh.Stakeholder("Emoji 🌈 group", "community_partners", 55.5, 12)])
    store.close()
    with EventStore.open(event_path) as again:
        (s,) = sh.load(again, g.id)
        assert (s.name, s.influence, s.interest) == ("Emoji 🌈 group", 55.5, 12.0)


def test_the_demo_event_has_a_map_and_a_chain_for_every_organization(demo_store):
    for group in demo_store.groups():
        items = sh.load(demo_store, group.id)
        assert 8 <= len(items) <= 12, group.name
        assert len({s.quadrant for s in items}) == 4, group.name  # every quadrant is used
        assert {s.category for s in items} <= {c.id for c in sh.categories(demo_store.plan)}
        chain = sh.load_chain(demo_store, group.id)
        assert demo_store.record(group.id, sh.CHAIN_KIND) is not None
        assert len(chain) >= 4 and {s.status for s in chain} != {"not_asked"}
