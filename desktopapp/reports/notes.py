"""Numbered source notes: each figure on a sheet points to [n], the footer lists n → article and date."""

from __future__ import annotations

from collections.abc import Iterable

from desktopapp.catalogue.details import Citation


class Notes:
    """`language` (reports.language.Language): an English or bilingual handout cites an article as
    "title (editors' translation), May 2025" or "2025-05《原题》 English title"."""

    def __init__(self, sources: Iterable[dict] = (), language=None):
        self.order: list[str] = []
        self.titles: dict[str, str] = {}
        self.language = language if language is not None and not language.zh else None
        for s in sources:
            self._add(s["id"], s.get("title") or "", s.get("date") or "")

    def _add(self, source_id: str, title: str, date: str) -> int:
        if source_id not in self.titles:
            self.order.append(source_id)
            self.titles[source_id] = self._cite(source_id, title, date)
        return self.order.index(source_id) + 1

    def _cite(self, source_id: str, title: str, date: str) -> str:
        chinese = f"{date}《{title}》" if title else date
        lang = self.language
        if lang is None:
            return chinese
        english = lang.source_title(source_id, "")
        if not english:
            return chinese
        if lang.lang == "en":
            return f"{english}, {lang.date(date)}" if date else english
        return f"{chinese} {english}"

    def ref(self, citations: Iterable[Citation]) -> str:
        """"[1]" or "[1,3]" for the articles behind `citations`."""
        numbers = sorted({self._add(c.source_id, c.source_title, c.source_date) for c in citations})
        return "[" + ",".join(str(n) for n in numbers) + "]" if numbers else ""

    def __len__(self) -> int:
        return len(self.order)

    def lines(self) -> list[str]:
        return [f"[{i}] {self.titles[sid]}" for i, sid in enumerate(self.order, 1)]
