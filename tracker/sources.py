"""The sources this project crawls, found from the ``SOURCE`` record atop each spider module."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

import scrapy

import spiders

REQUIRED_KEYS = ("name", "kind", "title", "base_url_setting", "docs_url", "terms")


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    title: str
    base_url_setting: str
    docs_url: str
    terms: str
    spider: type
    endpoint: str | None = None


def all_sources() -> dict[str, Source]:
    """Every spider module's ``SOURCE`` record with its spider class, by source name."""
    found = {}
    for info in sorted(pkgutil.iter_modules(spiders.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"spiders.{info.name}")
        record = getattr(module, "SOURCE", None)
        if record is None:
            continue
        missing = [k for k in REQUIRED_KEYS if not record.get(k)]
        if missing:
            raise ValueError(f"spiders/{info.name}.py: SOURCE lacks {', '.join(missing)}")
        spider = next(obj for obj in vars(module).values()
                      if isinstance(obj, type) and issubclass(obj, scrapy.Spider)
                      and getattr(obj, "name", None) == record["name"])
        found[record["name"]] = Source(spider=spider, **{k: record.get(k) for k in REQUIRED_KEYS + ("endpoint",)})
    return found


def sources_markdown() -> str:
    """The README's table of sources (rendered by cog)."""
    lines = ["| source | kind | what | base URL setting | terms |", "|---|---|---|---|---|"]
    for s in all_sources().values():
        lines.append(f"| `{s.name}` | {s.kind} | [{s.title}]({s.docs_url}) | `{s.base_url_setting}` | {s.terms} |")
    return "\n".join(lines)
