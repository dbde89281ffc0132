"""Where labels go on a map: beside their marker, overlapping no other label or marker.

Shared by the printed map (map_image.py) and the console's canvas. Pure geometry on
QtCore rectangles; no painting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF


def _area(a: QRectF, b: QRectF) -> float:
    r = a.intersected(b)
    return max(0.0, r.width()) * max(0.0, r.height())


def place_labels(
    anchors: Sequence[QPointF],
    sizes: Sequence[tuple[float, float]],
    bounds: QRectF,
    gap: float,
    obstacles: Sequence[QRectF] = (),
) -> tuple[list[QRectF], int]:
    """Put each label beside its anchor where it overlaps no other label or marker.

    Tries eight directions at growing distances; a label that finds no free place takes the
    least-crowded candidate. Returns the rectangles and how many labels had to overlap.
    """
    placed: list[QRectF] = []
    blocked = list(obstacles)
    overlaps = 0
    for (w, h), p in zip(sizes, anchors, strict=True):
        best, best_cost = None, math.inf
        for step in (1.0, 2.2, 3.6):
            d = gap * step
            candidates = [
                (p.x() + d, p.y() - h / 2),
                (p.x() - d - w, p.y() - h / 2),
                (p.x() - w / 2, p.y() - d - h),
                (p.x() - w / 2, p.y() + d),
                (p.x() + d * 0.7, p.y() - d * 0.7 - h),
                (p.x() + d * 0.7, p.y() + d * 0.7),
                (p.x() - d * 0.7 - w, p.y() - d * 0.7 - h),
                (p.x() - d * 0.7 - w, p.y() + d * 0.7),
            ]
            for cx, cy in candidates:
                rect = QRectF(cx, cy, w, h)
                if not bounds.contains(rect):
                    continue
                cost = sum(_area(rect, o) for o in blocked) + sum(_area(rect, o) for o in placed)
                cost += step  # prefer close labels
                if cost < best_cost:
                    best, best_cost = rect, cost
            if best is not None and best_cost < 4:
                break
        if best is None:
            x = min(max(p.x() + gap, bounds.left()), bounds.right() - w)
            y = min(max(p.y() - h / 2, bounds.top()), bounds.bottom() - h)
            best, best_cost = QRectF(x, y, w, h), math.inf
        if best_cost >= 4:
            overlaps += 1
        placed.append(best)
    return placed, overlaps
