"""Help → About names the version and the build, from the welcome screen on."""

from __future__ import annotations

from workshop_app import __version__


def test_about_shows_the_version_and_the_build(window):
    about = window.actions_by_name["about"]
    assert about.isEnabled()  # no event open yet
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert about in help_menu.actions()
    about.trigger()
    kind, title, message = window.ctx.interaction.messages[-1]
    assert (kind, title) == ("inform", "About Workshop App")
    assert message.startswith(f"Workshop App {__version__}\nSource checkout")
    assert "Python 3." in message
    from workshop_app import logs

    assert f"The log (no answers or names in it): {logs.log_path()}" in message
