"""The projector follows the console: stage, timer, spotlight, clear, blank, privacy, join card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.context import AppContext
from workshop_app.ui.presenter import MIN_POINT_SIZE, PresenterWindow
from workshop_app.ui.presenter_preview import PresenterPreview
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import SPOTLIGHT_RENDERERS, SpotlightContent

ENTRY = {"url": "http://192.168.1.20:8080/", "code": "K7PM4Q"}


@pytest.fixture
def ctx(settings, interaction, demo_store):
    context = AppContext.create(settings, interaction)
    context.attach(demo_store)
    yield context
    context.attach(None)


@pytest.fixture
def presenter(qtbot, ctx) -> PresenterWindow:
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def texts(window: QWidget, visible_only: bool = True) -> list[str]:
    labels = window.findChildren(QLabel)
    return [lbl.text() for lbl in labels if lbl.isVisibleTo(window) or not visible_only]


def shown(window: QWidget, needle: str) -> bool:
    return any(needle in t.replace("\n", "") for t in texts(window))


def answer_spotlights(store, prompt: str = "hardest", count: int = 3) -> list[Spotlight]:
    return [Spotlight("answer", g.id, "report_back", prompt) for g in store.groups()[:count]]


def test_follows_stage_changes_with_title_number_and_prompts(presenter, ctx):
    plan = ctx.store.plan
    ctx.room.set_stage("stakeholders")
    assert shown(presenter, "Stakeholders")
    assert shown(presenter, "Stage 2 of 4")
    for prompt in plan.stage("stakeholders").prompts:
        assert shown(presenter, prompt.text)

    ctx.room.set_stage("objectives")
    assert shown(presenter, "Stage 1 of 4")
    # the optional follow-up vote is not counted as a fifth stage of four
    ctx.room.set_stage("follow_up_vote")
    assert shown(presenter, "Extra stage") and not shown(presenter, "of 4")
    ctx.room.set_stage("objectives")
    for objective in plan.stage("objectives").objectives:
        assert shown(presenter, objective)
    assert not shown(presenter, plan.stage("stakeholders").prompts[0].text)


def test_timer_shows_time_left_and_changes_colour_at_two_minutes_and_when_over(presenter, ctx):
    timer = presenter.view.timer
    ctx.room.set_timer(25 * 60, 25 * 60, False)
    assert timer.text() == "25:00"
    assert timer.property("state") == "normal"
    normal = presenter.view.grab().toImage().pixelColor(timer.geometry().topLeft() + QPoint(4, 12))

    ctx.room.set_timer(105, 25 * 60, True)
    assert timer.text() == "1:45"
    assert timer.property("state") == "warning"
    ctx.room.set_timer(-95, 25 * 60, True)
    assert timer.text() == "+1:35"
    assert timer.property("state") == "over"
    over = presenter.view.grab().toImage().pixelColor(timer.geometry().topLeft() + QPoint(4, 12))
    assert over != normal  # the room sees the change, not only a property
    assert over.name() == "#a4161a"  # light theme's timer_over background


def test_spotlight_shows_answers_side_by_side_and_clear_returns_to_prompts(presenter, ctx):
    store = ctx.store
    ctx.room.set_stage("report_back")
    items = answer_spotlights(store, count=2)
    answers = [store.answer_text(i.group_id, "report_back", "hardest") for i in items]
    ctx.room.show(items)
    cards = presenter.view.cards
    assert len(cards) == 2
    assert cards[0].geometry().right() < cards[1].geometry().left()  # side by side
    assert cards[0].geometry().top() == cards[1].geometry().top()
    sizes = {card.text.labels()[-1].font().pointSizeF() for card in cards}
    assert len(sizes) == 1  # answers side by side are set in one type size
    for answer in answers:
        assert shown(presenter, answer[:80])
    assert not shown(presenter, "Which part came most easily?")

    ctx.room.clear()
    assert presenter.view.cards == []
    assert shown(presenter, "Which part came most easily?")
    assert not any(shown(presenter, a[:80]) for a in answers)


def test_spotlight_follows_an_edit_of_the_shown_answer(presenter, ctx):
    group = ctx.store.groups()[0]
    ctx.room.show([Spotlight("answer", group.id, "report_back", "easiest")])
    ctx.store.save_answer(group.id, "report_back", "easiest", "The scope clause, in five minutes.")
    assert shown(presenter, "The scope clause, in five minutes.")


def test_blank_screen_is_black_and_b_or_period_toggle_it(presenter, ctx, qtbot):
    ctx.room.set_stage("stakeholders")
    ctx.room.set_blank(True)
    assert presenter.view.visible_labels() == []
    image = presenter.view.grab().toImage()
    for x, y in ((5, 5), (640, 360), (1270, 710), (200, 250)):
        assert image.pixelColor(x, y).name() == "#000000"

    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert ctx.room.blank is False
    assert shown(presenter, "Stakeholders")
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert ctx.room.blank is True
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert ctx.room.blank is False


def test_privacy_mode_hides_every_organization_name_until_names_are_turned_on(presenter, ctx):
    store = ctx.store
    names = [g.name for g in store.groups()]
    first = store.groups()[0]
    # an answer that names its own organization is redacted too
    store.save_answer(first.id, "report_back", "easiest", f"At {first.name} the scope was easy.")
    ctx.room.set_stage("report_back")
    ctx.room.set_entry(ENTRY)
    ctx.room.show(answer_spotlights(store, "easiest"))
    assert ctx.room.names_visible is False
    all_text = "\n".join(texts(presenter, visible_only=False)) + presenter.windowTitle()
    for name in names:
        assert name.casefold() not in all_text.casefold()
    for letter in ("Group A", "Group B", "Group C"):
        assert shown(presenter, letter)
    assert shown(presenter, "At Group A the scope was easy.")

    ctx.room.set_names_visible(True)
    for name in names:
        assert shown(presenter, name)
    assert shown(presenter, f"At {first.name} the scope was easy.")
    assert not shown(presenter, "Group A")

    ctx.room.clear()  # the prompts view never lists the groups, names on or off
    for name in names:
        assert not shown(presenter, name)


def test_answer_with_html_markup_is_shown_literally(presenter, ctx):
    group = ctx.store.groups()[1]
    markup = 'We agreed on <b>nothing</b> <img src="x.png"> &amp; <a href="http://x">link</a>'
    ctx.store.save_answer(group.id, "report_back", "easiest", markup)
    ctx.room.show([Spotlight("answer", group.id, "report_back", "easiest")])
    assert shown(presenter, markup)
    for label in presenter.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def _within(window: QWidget) -> list[str]:
    """Visible widgets that reach outside the window."""
    bounds = QRect(QPoint(0, 0), window.size())
    outside = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(rect):
            outside.append(
                f"{widget.metaObject().className()} {rect} {getattr(widget, 'text', str)()!r:.40}"
            )
    return outside


@pytest.fixture
def long_prompt_ctx(settings, interaction, plan, tmp_path: Path):
    from workshop_app.plan import load_plan_text
    from workshop_app.store import EventStore

    sentence = "Describe who in your organization posts, replies or messages on its behalf, "
    long_text = (sentence * 10)[:599] + "?"
    assert len(long_text) == 600
    source = plan.source_text.replace(
        'text = "Whom does your organization serve?"', f'text = "{long_text}"'
    )
    store = EventStore.create(tmp_path / "Long.workshop", load_plan_text(source), "Long prompt")
    context = AppContext.create(settings, interaction)
    context.attach(store)
    yield context, long_text
    context.attach(None)
    store.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_600_character_prompt_fits_without_clipping_or_tiny_type(qtbot, long_prompt_ctx, size):
    ctx, long_text = long_prompt_ctx
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    ctx.room.set_entry(ENTRY)  # the join card takes a third of the width
    ctx.room.set_timer(300, 1500, True)
    ctx.room.set_stage("stakeholders")

    assert window.size().width() == size[0]
    assert _within(window) == []
    floor = MIN_POINT_SIZE * size[1] / 720
    assert window.view.minimum_point_size() == pytest.approx(floor)
    labels = [lbl for lbl in window.findChildren(QLabel) if lbl.isVisibleTo(window) and lbl.text()]
    small = [
        (lbl.text()[:30], lbl.font().pointSizeF())
        for lbl in labels
        if lbl.font().pointSizeF() < floor - 0.01
    ]
    assert small == []
    assert long_text in [lbl.text() for lbl in labels], [lbl.text()[-40:] for lbl in labels]
    long_label = next(lbl for lbl in labels if lbl.text() == long_text)  # whole, not shortened
    needed = long_label.fontMetrics().boundingRect(
        QRect(0, 0, long_label.width(), 100_000), Qt.TextFlag.TextWordWrap, long_text
    )
    assert needed.height() <= long_label.height()
    assert needed.width() <= long_label.width()
    assert shown(window, ENTRY["code"])  # the join details stay on screen, as a footer line


def test_type_grows_with_the_window_and_with_the_font_scale(qtbot, presenter, ctx):
    ctx.room.set_stage("report_back")
    title = presenter.view.title.labels()[0]
    at_720 = title.font().pointSizeF()
    presenter.resize(1920, 1080)
    assert title.font().pointSizeF() == pytest.approx(at_720 * 1.5, rel=0.02)
    presenter.view.set_font_scale(1.3)
    assert title.font().pointSizeF() > at_720 * 1.5 * 1.2
    assert _within(presenter) == []


def test_font_scale_setting_is_read_from_the_console_settings(qtbot, ctx, monkeypatch):
    from workshop_app.ui import settings as settings_module

    name = (
        "presenter_font_scale"
        if "presenter_font_scale" in settings_module.SETTINGS
        else "font_scale"
    )
    ctx.settings.set(name, 1.5)
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    assert window.view.font_scale == pytest.approx(1.5)


def test_join_card_shows_address_code_and_qr_only_while_entry_is_open(presenter, ctx):
    join = presenter.view.join
    assert join.isHidden()
    ctx.room.set_entry(ENTRY)
    assert join.isVisibleTo(presenter)
    assert shown(presenter, ENTRY["url"])
    assert shown(presenter, ENTRY["code"])
    code = join.code_label
    assert code.font().pointSizeF() >= 40  # big letters, 2.5× the body minimum
    qr = join.qr.pixmap()
    assert not qr.isNull() and qr.width() == qr.height() >= 150
    assert join.qr.isVisibleTo(presenter)
    ctx.room.set_entry(None)
    assert join.isHidden()
    assert not shown(presenter, ENTRY["code"])


def test_qr_code_encodes_the_address():
    import segno

    from workshop_app.ui.presenter_parts import QR_BORDER, qr_image

    image = qr_image(ENTRY["url"])
    matrix = segno.make_qr(ENTRY["url"], error="m").matrix
    assert image.width() == len(matrix) + 2 * QR_BORDER
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            colour = image.pixelColor(x + QR_BORDER, y + QR_BORDER).name()
            assert colour == ("#000000" if dark else "#ffffff")


def _draft_card(ctx, item, group_label):
    return SpotlightContent("Draft policy", f"1. Scope. This policy applies to {group_label}.")


def test_other_kinds_plug_into_the_spotlight(presenter, ctx, monkeypatch):
    monkeypatch.setitem(SPOTLIGHT_RENDERERS, "draft", f"{__name__}:_draft_card")
    group = ctx.store.groups()[2]
    ctx.room.show([Spotlight("draft", group.id)])
    assert shown(presenter, "Draft policy")
    assert shown(presenter, "1. Scope. This policy applies to Group C.")
    ctx.room.show([Spotlight("poll_results", group.id)])  # a kind nobody renders
    assert shown(presenter, "cannot be shown yet")


def test_stakeholder_map_spotlight_shows_the_picture_without_the_name(presenter, ctx):
    group = ctx.store.groups()[0]
    ctx.room.show([Spotlight("stakeholder_map", group.id)])
    image = presenter.view.cards[0].image
    assert image is not None and image.pixmap() is not None and not image.pixmap().isNull()
    assert shown(presenter, "Stakeholder map")
    assert group.name not in "\n".join(texts(presenter, visible_only=False))


def test_preview_is_a_live_scaled_copy(qtbot, ctx):
    preview = PresenterPreview(ctx)
    qtbot.addWidget(preview)
    preview.resize(320, 180)
    preview.show()
    ctx.room.set_stage("stakeholders")
    qtbot.waitUntil(lambda: "Stakeholders" in [t for t in texts(preview.view)])
    assert preview.snapshot.width() >= 1280
    ctx.room.set_blank(True)
    qtbot.waitUntil(lambda: preview.snapshot.toImage().pixelColor(640, 360).name() == "#000000")
    assert preview.grab().toImage().pixelColor(160, 90).name() == "#000000"
    ctx.room.set_blank(False)
    qtbot.waitUntil(lambda: preview.snapshot.toImage().pixelColor(640, 360).name() != "#000000")


def test_with_one_screen_the_projector_opens_as_a_normal_window(qtbot, ctx):
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.present(None)
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert not window.isFullScreen()


@pytest.mark.parametrize("theme_id", ["light", "dark", "high-contrast"])
def test_every_theme_paints_its_background(presenter, ctx, theme_id):
    from workshop_app.ui.themes import load_theme

    presenter.view.set_theme(theme_id)
    image = presenter.view.grab().toImage()
    assert image.pixelColor(3, 700).name() == load_theme(theme_id).colours["background"]


def test_closing_the_event_leaves_a_calm_empty_screen(presenter, ctx):
    ctx.room.set_stage("stakeholders")
    ctx.attach(None)
    ctx.room.set_stage("")
    ctx.room.show([])
    assert not shown(presenter, "Stakeholders")
    assert _within(presenter) == []


def test_every_kind_that_asks_consent_can_be_shown_without_its_page_loaded():
    import subprocess
    import sys

    code = (
        "from workshop_app.ui.spotlight import ASKS_CONSENT, SPOTLIGHT_RENDERERS, _renderer; "
        "print(sorted(k for k in ASKS_CONSENT if _renderer(k) is None))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_stakeholder_named_after_its_organization_is_redacted_on_the_projected_map(ctx):
    """The map is an image: the presenter cannot redact it afterwards, so the labels must be."""
    from workshop_app.kinds.stakeholders import model as sh
    from workshop_app.kinds.stakeholders.ui.map_image import render_stakeholder_map
    from workshop_app.kinds.stakeholders.ui.spotlight import MAP_SIZE, MAP_TEXT_SCALE
    from workshop_app.ui.spotlight import spotlight_content

    store = ctx.store
    group = store.groups()[0]
    board = sh.Stakeholder(f"{group.name} board", "approvers", 80.0, 30.0, id="b1")
    sh.save(store, group.id, [board])
    item = Spotlight("stakeholder_map", group.id, "stakeholders")

    redacted = [sh.Stakeholder("Group A board", "approvers", 80.0, 30.0, id="b1")]
    cats = sh.categories(store.plan)
    projected = {"title": "", "size": MAP_SIZE, "text_scale": MAP_TEXT_SCALE}
    # Qt draws a font's first glyphs at a size a shade differently from every later time:
    # one drawing first, so the two compared below are drawn alike
    render_stakeholder_map(redacted, categories=cats, **projected)
    shown_png = spotlight_content(ctx, item, "Group A").image_png
    expected = render_stakeholder_map(redacted, categories=cats, **projected)
    assert shown_png == expected

    ctx.room.set_names_visible(True)  # names on: the map shows them as typed
    named_png = spotlight_content(ctx, item, group.name).image_png
    assert named_png == render_stakeholder_map([board], categories=cats, **projected)


def test_a_projected_stakeholder_map_fills_its_card_and_its_lettering_is_18_pt(presenter, ctx):
    """It filled a quarter of the card with labels of about 10 px."""
    from workshop_app.kinds.stakeholders import model as sh
    from workshop_app.kinds.stakeholders.ui.map_image import _MapPainter
    from workshop_app.kinds.stakeholders.ui.spotlight import MAP_SIZE, MAP_TEXT_SCALE

    group = ctx.store.groups()[0]
    ctx.room.set_stage("stakeholders")
    ctx.room.show([Spotlight("stakeholder_map", group.id, "stakeholders")])
    card = presenter.view.cards[0]
    shown_map = card.image.pixmap()
    area = card.image.size()
    # the picture takes the card's whole width or height, not a corner of it
    assert shown_map.width() >= area.width() - 2 or shown_map.height() >= area.height() - 2
    assert shown_map.width() * shown_map.height() >= 0.6 * area.width() * area.height()
    scale = shown_map.height() / MAP_SIZE[1]
    painter = _MapPainter(
        sh.load(ctx.store, group.id), sh.categories(ctx.store.plan), "", MAP_SIZE, MAP_TEXT_SCALE
    )
    smallest_label = 34 * painter.t * scale  # the numbers on the markers (names are larger)
    assert smallest_label >= 24  # 18 pt on the 1280×720 room view
