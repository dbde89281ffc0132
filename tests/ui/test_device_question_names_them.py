"""End workshop closes entry, and the device rows leave the entry panel before the question
"Remove the device records?" comes: the question itself says how many devices and which
organizations' they are, so the facilitator knows what would be erased."""

from __future__ import annotations


def test_the_device_question_names_how_many_and_whose(qtbot, window, interaction):
    window.try_demo()
    store = window.ctx.store
    first, second = store.groups()[0], store.groups()[1]
    store.add_device(first.id, "a" * 64, "Android phone · Chrome")
    store.add_device(first.id, "b" * 64, "iPhone · Safari")
    store.add_device(second.id, "c" * 64, "Windows laptop · Edge")
    interaction.confirm_answers += [True, False, False]  # end; no exports; keep the devices
    window.trigger("end_workshop")
    asked = [m for m in interaction.messages if m[1] == "Remove the device records?"]
    assert len(asked) == 1, interaction.messages
    message = asked[0][2]
    assert "3 devices" in message
    assert first.name in message and second.name in message
    assert store.devices(include_revoked=True)  # kept, as answered


def test_one_device_is_named_as_one(qtbot, window, interaction):
    window.try_demo()
    store = window.ctx.store
    group = store.groups()[2]
    store.add_device(group.id, "d" * 64, "Android phone · Chrome")
    interaction.confirm_answers += [True, False, True]  # end; no exports; remove the device
    window.trigger("end_workshop")
    message = next(m[2] for m in interaction.messages if m[1] == "Remove the device records?")
    assert "1 device that joined" in message and group.name in message
    assert not store.devices(include_revoked=True)
