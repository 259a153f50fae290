"""Career tracks from the tracks files: levels in promotion order and lateral moves."""

from __future__ import annotations

from typing import Any

from mobility_cli.assemble.tolerant import as_dict, as_int, as_int_or_none, as_list, is_id
from mobility_cli.assemble.unique import Unique
from mobility_cli.located import Origin, escape
from mobility_cli.model import LateralMove, Level, Policy, Track
from mobility_cli.parse.yaml_document import YamlDoc


def add_tracks(doc: YamlDoc, policy: Policy, tracks: Unique[Track]) -> None:
    """Every well-formed track of one tracks file (files are merged into one set of tracks)."""
    for track_id, body in as_dict(as_dict(doc.data).get("career_tracks")).items():
        origin = doc.origin(f"/career_tracks/{escape(track_id)}")
        if isinstance(body, dict) and is_id(track_id):
            tracks.add(track_id, _track(track_id, body, origin, policy, tracks), origin, at_key=True)


def _track(track_id: str, body: dict[str, Any], origin: Origin, policy: Policy, tracks: Unique[Track]) -> Track:
    levels: Unique[Level] = Unique(f"level of {track_id}", "each level of a track needs its own id", tracks.diagnostics)
    for index, raw in enumerate(as_list(body.get("levels"))):
        spec = {"id": raw} if isinstance(raw, str) else as_dict(raw)
        level_id = spec.get("id")
        if not isinstance(level_id, str) or not is_id(level_id):
            continue
        position = len(levels.items)
        level = Level(
            track=track_id,
            id=level_id,
            title=str(spec.get("title") or level_id),
            grade=as_int(spec.get("grade"), position + 1),
            months=as_int(spec.get("months"), policy.default_months_in_level),
            index=position,
            origin=origin.at(f"/levels/{index}"),
            retired=spec.get("retired") is True,
        )
        levels.add(level_id, level, level.origin)
    moves = [
        _lateral(track_id, raw, origin.at(f"/lateral_moves/{n}"))
        for n, raw in enumerate(as_list(body.get("lateral_moves")))
    ]
    return Track(
        id=track_id,
        name=str(body.get("name") or track_id.replace("-", " ").title()),
        levels=tuple(levels.items.values()),
        lateral_moves=tuple(m for m in moves if m is not None),
        owners=tuple(o for o in as_list(body.get("owners")) if isinstance(o, str)),
        origin=origin,
    )


def _lateral(track_id: str, raw: Any, origin: Origin) -> LateralMove | None:
    spec = {"to": raw} if isinstance(raw, str) else as_dict(raw)
    target = spec.get("to")
    if not isinstance(target, str):
        return None
    mapping = spec.get("map")
    return LateralMove(
        source=track_id,
        to=target,
        min_grade=as_int_or_none(spec.get("min_grade")),
        grade_offset=as_int(spec.get("grade_offset"), 0),
        mapping={str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else None,
        origin=origin if isinstance(raw, str) else origin.at("/to"),
    )
