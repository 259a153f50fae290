"""The program's settings (mobility.yaml), with the defaults for everything it leaves out."""

from __future__ import annotations

from mobility_cli.build.values import as_dict, as_int, as_int_or_none
from mobility_cli.model import Policy, Settings
from mobility_cli.parse.yamldoc import YamlDoc


def build_settings(doc: YamlDoc | None) -> Settings:
    if doc is None:
        return Settings()
    data = as_dict(doc.data)
    raw_policy = as_dict(data.get("policy"))
    defaults, base = Policy(), Settings()
    policy = Policy(
        **{name: as_int(raw_policy.get(name), getattr(defaults, name)) for name in Policy.__dataclass_fields__}
    )
    return Settings(
        name=str(data.get("name") or base.name),
        policy=policy,
        lint=as_dict(data.get("lint")),
        mentoring=as_dict(data.get("mentoring")),
        report=as_dict(data.get("report")),
        headcount=as_int_or_none(data.get("headcount")),
        max_file_bytes=as_int(as_dict(data.get("limits")).get("max_file_bytes"), base.max_file_bytes),
        origin=doc.origin(),
    )
