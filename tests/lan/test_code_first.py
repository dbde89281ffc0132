"""The join page keeps the organizations private until the right code is given (finding 1 of
the participant page's second pass), and its errors are announced (finding 8)."""

from __future__ import annotations

from workshop_app.lan import auth

NAMES = ("Harbour Legal Aid", "Northside Youth Centre")


def test_the_join_page_names_no_organization_before_the_code(entry, device, groups):
    phone = device()
    page = phone.get("/")
    assert page.status == 200 and "Code shown on the projector" in page.body
    assert not any(name in page.body for name in NAMES)
    wrong = phone.post_form("/join", {"code": "ZZZZZZ", "step": "code"})
    assert wrong.status == 403 and "That code is not right" in wrong.body
    assert not any(name in wrong.body for name in NAMES)
    # naming an organization with a wrong code does not reveal the list either
    sneaky = phone.post_form("/join", {"code": "ZZZZZZ", "group_id": groups[0].id})
    assert sneaky.status == 403 and not any(name in sneaky.body for name in NAMES)
    assert "wa_session" not in phone.cookies


def test_the_right_code_shows_the_list_and_then_joins(entry, device, groups, store):
    _, info = entry
    phone = device()
    phone.get("/")
    step = phone.post_form("/join", {"code": info.code.lower(), "step": "code"})
    assert step.status == 303 and step.headers["location"] == "/"
    page = phone.get("/")
    assert all(name in page.body for name in NAMES)
    assert 'type="radio" name="group_id"' in page.body  # whole names, not a closed <select>
    joined = phone.post_form("/join", {"group_id": groups[1].id, "step": "organization"})
    assert joined.status == 303 and "wa_session" in phone.cookies
    assert "Northside Youth Centre" in phone.get("/").body
    assert [d["group_id"] for d in store.devices()] == [groups[1].id]


def test_the_list_step_needs_the_code_first(entry, device, groups):
    phone = device()
    phone.get("/")
    refused = phone.post_form("/join", {"group_id": groups[0].id, "step": "organization"})
    assert refused.status == 403 and "wa_session" not in phone.cookies
    assert not any(name in refused.body for name in NAMES)


def test_the_qr_code_carries_the_code_straight_to_the_list(entry, device, groups):
    _, info = entry
    phone = device()
    page = phone.get(f"/?code={info.code}")
    assert page.status == 200 and all(name in page.body for name in NAMES)
    assert phone.post_form("/join", {"group_id": groups[0].id}).status == 303
    other = device()
    wrong = other.get("/?code=ZZZZZZ")
    assert wrong.status == 403 and not any(name in wrong.body for name in NAMES)


def test_wrong_codes_are_rate_limited_on_both_routes(entry, device):
    phone = device()
    phone.get("/")
    for _ in range(auth.JOIN_LIMIT // 2):
        phone.get("/?code=ZZZZZZ")
        phone.post_form("/join", {"code": "YYYYYY", "step": "code"})
    blocked = phone.get(f"/?code={entry[1].code}")
    assert blocked.status == 429 and "retry-after" in blocked.headers


def test_a_wrong_code_marks_the_field_and_says_why_below_the_heading(entry, device):
    phone = device()
    phone.get("/")
    page = phone.post_form("/join", {"code": "ZZZZZZ", "step": "code"}).body
    main = page.split("<main>", 1)[1]
    assert main.index("<h1>") < main.index('id="join-error"')
    field = main.split('id="code"', 1)[1].split(">", 1)[0]
    assert 'aria-invalid="true"' in field and 'aria-describedby="join-error"' in field
    assert "autofocus" in field


def test_a_wrong_pin_marks_the_pin_field(entry, device, groups):
    _, info = entry
    device().join(info.code, groups[0].id)
    second = device()
    page = second.join(info.code, groups[0].id, pin="9999" if groups[0].pin != "9999" else "1")
    field = page.body.split('id="pin"', 1)[1].split(">", 1)[0]
    assert page.status == 403 and 'aria-invalid="true"' in field and "autofocus" in field
