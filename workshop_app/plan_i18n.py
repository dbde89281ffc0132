"""A plan's texts in more than one language: a ``[translations.<lang>]`` table inside the plan.

The plan names its languages (``[workshop] languages = ["en", "es"]``; the first is the one its
texts are written in). Each other language has a table that mirrors the plan by id, not by
position, so reordering stages, prompts or clauses never mixes translations up::

    [translations.es.workshop]
    title = "Redes sociales y confidencialidad"
    [translations.es.stages.drafting.clauses.scope]
    title = "Alcance y definiciones"
    body = "..."
    [translations.es.stages.drafting.choices.platforms.options.facebook]
    label = "Facebook (páginas, grupos, Messenger)"

Arrays of tables in the plan (stages, prompts, clauses, options…) are addressed by their
``id``; plain tables by their key; texts and lists of texts are replaced. Only texts a person
reads can be translated (`TEXT_KEYS`); ids, kinds, minutes and tags stay as they are. This
module works on the parsed TOML before the plan is built: a kind's own texts are translatable
once its plan schema names them (`PlanSchema.texts`).
"""

from __future__ import annotations

from typing import Any

from workshop_app import kinds

# Keys whose values people read (and so translate), with those each kind declares for its own
# plan keys (a vote's question and items). Everything else is structure.
TEXT_KEYS = frozenset(
    {
        "title",
        "summary",
        "facilitator_notes",
        "objectives",
        "text",
        "help",
        "label",
        "examples",
        "steps",
        "body",
        "why",
    }
    | {key for kind in kinds.KINDS for key in kind.plan.texts}
)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {str(item.get("id")): item for item in items if "id" in item}


def overlay(
    base: dict, tr: Any, path: str, problems: list[str], stale: list[str] | None = None
) -> dict:
    """`base` with the texts of `tr` put in.

    A translation of something `base` does not have (a prompt removed in the designer, say) is
    left out and noted in `stale`; a translation of the wrong shape is a problem.
    """
    stale = problems if stale is None else stale
    if not isinstance(tr, dict):
        problems.append(f"{path}: must be a table")
        return base
    out = dict(base)
    for key, value in tr.items():
        where = f"{path}.{key}"
        if key not in base:
            stale.append(f"{where}: there is no {key!r} to translate here")
            continue
        original = base[key]
        if _is_table_array(original):
            if not isinstance(value, dict):
                problems.append(f"{where}: must be a table keyed by id")
                continue
            items = _by_id(original)
            merged = []
            for item_id in value:
                if item_id not in items:
                    stale.append(f"{where}.{item_id}: there is no {key} with this id")
            for item in original:
                item_tr = value.get(str(item.get("id")))
                merged.append(
                    overlay(item, item_tr, f"{where}.{item['id']}", problems, stale)
                    if item_tr is not None
                    else item
                )
            out[key] = merged
        elif isinstance(original, dict):
            out[key] = overlay(original, value, where, problems, stale)
        elif key in TEXT_KEYS and _is_text(original):
            if not _is_text(value) or isinstance(value, str) != isinstance(original, str):
                problems.append(
                    f"{where}: must be {'text' if isinstance(original, str) else 'a list of texts'}"
                )
            elif isinstance(value, list) and len(value) != len(original):
                problems.append(f"{where}: has {len(value)} entries, the plan has {len(original)}")
            else:
                out[key] = value
        else:
            problems.append(f"{where}: {key!r} is not a text that can be translated")
    return out


def missing(base: dict, tr: Any, path: str) -> list[str]:
    """The key paths of texts in `base` that `tr` does not translate."""
    tr = tr if isinstance(tr, dict) else {}
    gaps: list[str] = []
    for key, original in base.items():
        where = f"{path}.{key}"
        value = tr.get(key)
        if _is_table_array(original):
            table = value if isinstance(value, dict) else {}
            for item in original:
                if "id" in item:
                    item_id = str(item["id"])
                    gaps += missing(item, table.get(item_id), f"{where}.{item_id}")
        elif isinstance(original, dict):
            gaps += missing(original, value, where)
        elif key in TEXT_KEYS and _is_text(original) and original and value is None:
            gaps.append(where)
    return gaps


def translate(data: dict, lang: str, problems: list[str]) -> dict:
    """The parsed plan with `lang`'s texts in place, as a plan of one language."""
    translations = data.get("translations", {})
    plan = {k: v for k, v in data.items() if k != "translations"}
    if isinstance(plan.get("workshop"), dict):
        plan["workshop"] = {k: v for k, v in plan["workshop"].items() if k != "languages"}
    if not isinstance(translations, dict) or lang not in translations:
        return plan
    return overlay(plan, translations[lang], f"translations.{lang}", problems, [])


def check(data: dict, languages: list[str], problems: list[str], warnings: list[str]) -> None:
    """Translations of the wrong shape are problems; texts still untranslated, and translations of
    things the plan no longer has, are warnings.

    A text without a translation falls back to the plan's own language, so a plan that gained a
    stage in the designer stays usable while its translator catches up.
    """
    translations = data.get("translations", {})
    if not isinstance(translations, dict):
        problems.append("translations: must be a table")
        return
    plan = {k: v for k, v in data.items() if k != "translations"}
    for lang in translations:
        if lang not in languages[1:]:
            problems.append(
                f"translations.{lang}: the plan does not list {lang!r} in workshop.languages"
            )
    for lang in languages[1:]:
        tr = translations.get(lang)
        if tr is None:
            warnings.append(
                f"translations.{lang}: no {lang} texts yet (workshop.languages lists {lang!r})"
            )
            continue
        overlay(plan, tr, f"translations.{lang}", problems, warnings)
        for gap in missing(plan, tr, f"translations.{lang}"):
            warnings.append(f"{gap}: no {lang} text yet (shown in {languages[0]})")
