"""The program's settings (mobility.yaml), with the defaults for everything it leaves out."""

from __future__ import annotations

from mobility_cli.assemble.tolerant import as_dict, as_int, as_int_or_none
from mobility_cli.model import Policy, Settings
from mobility_cli.parse.yaml_document import YamlDoc


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
        base_url=site_address(as_dict(data.get("site")).get("base_url")),
        origin=doc.origin(),
    )


def site_address(value: object) -> str | None:
    """Where the site is published, as an http(s) address ending in a slash so page paths append to it; None
    for anything else (the schema reports a wrong `site.base_url`; `render --base-url` refuses one)."""
    from urllib.parse import urlsplit

    text = value.strip() if isinstance(value, str) else ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in text):
        return None
    if parts.query or parts.fragment:
        return None
    return text if text.endswith("/") else text + "/"
