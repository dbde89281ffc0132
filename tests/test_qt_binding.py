"""Guards against a Qt binding that would crash the app in front of a room."""

import sys


def test_qt_setters_do_not_leak_references_to_none():
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void method call;
    # after a few thousand setText calls the process aborted ("deallocating None").
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -50
