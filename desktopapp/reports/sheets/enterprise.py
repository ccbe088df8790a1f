"""The enterprise sheet (企业名片): name and honours, chain position, profile, key figures with sources,
stage timeline, facility, and the park's other enterprises on the same chain."""

from __future__ import annotations

from desktopapp.catalogue.details import Details
from desktopapp.i18n import translate
from desktopapp.labels import relation_label
from desktopapp.reports import text as T
from desktopapp.reports.notes import Notes
from desktopapp.reports.clean import inferred
from desktopapp.catalogue.images import image_data
from desktopapp.reports.sheets.common import (Context, Sheet, add_figures, add_photo, close, current_facts, header, joined,
                                              linked_names, contents_title, names_of, profile, stage_chip, start, steps, tag_chips)
from desktopapp.reports.timeline import add_timeline
from desktopapp.catalogue.kinds import ROLE_RANK
from desktopapp.catalogue.work import sorted_in_pieces

# Relations listed under "关联" (chain and facility have their own rows).
OTHER_RELATIONS = ("project_of", "supplies", "partner", "investor", "serves", "operated_by", "built_by", "part_of")


def chain_positions(d: Details) -> list[tuple[str, str, str | None, bool, list]]:
    """(system, chain → segment, best role, inferred, citations) per distinct chain position."""
    merged: dict[tuple[str, ...], list] = {}
    for link in d.chain_links():
        path = tuple(link.path) or (link.other_name,)
        entry = merged.setdefault(path, [None, True, []])
        if ROLE_RANK.get(link.role or "", 1) > ROLE_RANK.get(entry[0] or "", 0):
            entry[0] = link.role
        entry[1] = entry[1] and link.basis == "inferred"
        entry[2].extend(link.citations)
    out = []
    for path, (role, guessed, cites) in merged.items():
        system, rest = (path[0], path[1:]) if len(path) > 1 else ("", path)
        out.append((system, " → ".join(rest), role, guessed, cites))
    # A position that is the prefix of a deeper one adds nothing but its role.
    kept = []
    for p in out:
        deeper = [o for o in out if o is not p and o[1].startswith(p[1] + " → ")]
        if not deeper:
            kept.append(p)
        elif p[2] and ROLE_RANK.get(p[2], 1) > ROLE_RANK.get(deeper[0][2] or "", 0):
            out[out.index(deeper[0])] = (deeper[0][0], deeper[0][1], p[2], deeper[0][3] and p[3],
                                         deeper[0][4] + p[4])
    return [p for p in out if any(p[1] == k[1] for k in kept)]


def _chain_info(ctx: Context, chain_id: int):
    """(name, segments in order as (id, name), members) of a chain, looked up once per brochure."""
    key = ("chain", chain_id)
    if key not in ctx.cache:
        cat = ctx.cat
        row = cat.row(chain_id)
        segments = [(c["id"], c["name"]) for c in sorted(cat.chain_children(chain_id),
                                                          key=lambda c: (c.get("ordinal") or 0, c["id"]))
                    if c["level"] == "segment"]
        d = cat.details(chain_id)
        members = [m for m in (d.members if d else []) if m["kind"] == "enterprise"]
        ctx.cache[key] = (row["name"] if row else "", segments, members)
    return ctx.cache[key]


class _Group(dict):
    """Names in list order (each once) → the ids of the enterprises that bear the name."""

    __slots__ = ("label",)

    def __init__(self, label: str):
        super().__init__()
        self.label = label  # the segment's name as the members' links show it ("" for the others)

    def add(self, name: str, entity_id: int) -> None:
        self.setdefault(name, set()).add(entity_id)

    def without(self, me: int, my_names, limit: int) -> tuple[list[str], int]:
        """The first `limit` + 1 names borne by someone other than `me`, and how many such names there are
        (`me` bears `my_names`): a sheet reads the first names of a group, never all of it."""
        first = []
        for name, ids in self.items():
            if ids != {me}:
                first.append(name)
                if len(first) > limit:
                    break
        alone = sum(1 for name in set(my_names) if self.get(name) == {me})
        return first, len(self) - alone


def _neighbour_groups(ctx: Context, chain_id: int):
    """A chain's park enterprises grouped once per brochure (and language): per segment position those on
    it (segments in order, names in order), those on no segment, all of them (for an enterprise that is
    itself on no segment), and each enterprise's names. On a register of a million a chain has hundreds of
    thousands of members: sorting and scanning them for every sheet took minutes per brochure."""
    lang = ctx.language
    key = ("neighbours", chain_id, lang.lang)
    if key not in ctx.cache:
        name, segments, members = _chain_info(ctx, chain_id)
        if not lang.zh:
            name = lang.name(chain_id, name, " / ")
            members = [dict(m, name=lang.name(m["id"], m["name"], " / "),
                            chain_name=lang.chains(m["chain_name"], " / ")) for m in members]
        order = {sid: i for i, (sid, _) in enumerate(segments)}
        placed: dict[int, _Group] = {}
        unplaced, everyone = _Group(""), _Group("")
        names_of: dict[int, list[str]] = {}
        for m in sorted_in_pieces(members, key=lambda m: (order.get(m["chain_id"], 1 << 20), m["name"])):
            pos = order.get(m["chain_id"])
            if pos is not None:  # listed on every segment it is on
                placed.setdefault(pos, _Group(m["chain_name"])).add(m["name"], m["id"])
            elif m["id"] not in names_of:  # on no segment at all (placed ones sort first)
                unplaced.add(m["name"], m["id"])
            if m["id"] not in names_of:
                everyone.add(m["name"], m["id"])
            names_of.setdefault(m["id"], []).append(m["name"])
        ctx.cache[key] = (name, order, placed, unplaced, everyone, names_of)
    return ctx.cache[key]


NEIGHBOURS_SHOWN = 12  # names per segment on a sheet, then "等 N 个"


def chain_neighbours(ctx: Context, d: Details) -> list[tuple[str, list[tuple[str, str]]]]:
    """The park's other enterprises on the whole of each chain the enterprise is on (the parent chain and
    all its segments): per chain, rows upstream / same segment / downstream (each naming the segments) and
    the others on the chain (its sub-chains, or no segment)."""
    cat, me = ctx.cat, d.entity["id"]
    lang = ctx.language
    chains: dict[int, set[int]] = {}  # chain id → the enterprise's segment ids on it
    for link in d.chain_links():
        row = cat.row(link.other_id)
        if row is None:
            continue
        if row.get("level") == "segment" and row.get("parent_id"):
            chains.setdefault(row["parent_id"], set()).add(row["id"])
        else:
            chains.setdefault(row["id"], set())
    out = []
    for chain_id, mine in chains.items():
        name, order, placed, unplaced, everyone, names_of = _neighbour_groups(ctx, chain_id)
        my_pos = [order[s] for s in mine if s in order]
        groups: list[tuple[str, _Group]] = []  # (where, group) in list order
        if my_pos:
            low, high = min(my_pos), max(my_pos)
            for pos in sorted(placed):
                groups.append(("up" if pos < low else "down" if pos > high else "same", placed[pos]))
            groups.append(("other", unplaced))
        else:
            groups.append(("other", everyone))
        titles = {"up": translate("Reports", "上游"), "same": translate("Reports", "同环节"),
                  "down": translate("Reports", "下游"),
                  "other": translate("Reports", "同链其他") if my_pos else translate("Reports", "同链")}
        by_where: dict[str, list[str]] = {}
        for where, group in groups:
            first, total = group.without(me, names_of.get(me, ()), NEIGHBOURS_SHOWN)
            if not total:
                continue
            seg = group.label if where != "other" else ""
            by_where.setdefault(where, []).append(
                ((f"{seg}：" if lang.zh else f"{seg}: ") if seg else "")
                + joined(first, NEIGHBOURS_SHOWN, lang, total=total))
        rows = [(titles[where], "\n".join(by_where[where])) for where in ("up", "same", "down", "other")
                if where in by_where]
        if rows:
            out.append((name, rows))
    return out


def layout_enterprise(ctx: Context, d: Details, label: str | None = None) -> Sheet:
    e = d.entity
    notes = Notes(d.sources, ctx.language)
    lang = ctx.language
    title, second = names_of(ctx, d.name, e["id"])
    sheet, flow = start(ctx, e["kind"], contents_title(title, second, lang), f"{e['kind']}:{e['id']}", notes)
    header(flow, label or translate("Reports", "企业名片"), ctx.park, title,
           [a.alias for a in d.aliases if a.alias != d.name],
           chips=stage_chip(e.get("stage"), lang) + tag_chips(d.tags, notes, lang),
           logo=image_data(ctx.cat, e["id"], "logo"), second_name=second, translated=lang.translated)

    mark = inferred()
    positions = chain_positions(d)
    between = lang.separator
    rows = [
        (translate("Reports", "产业链"), "\n".join(lang.chains(p[1], " / ") + (mark if p[3] else "") + notes.ref(p[4])
                                                   for p in positions)),
        (translate("Reports", "链上角色"), between.join(sorted({lang.term("role", p[2]) for p in positions if p[2]}))),
        (translate("Reports", "产业体系"), between.join(dict.fromkeys(lang.chains(p[0], " / ") for p in positions if p[0]))),
        (translate("Reports", "所在载体"), joined(linked_names(d.links, "located_in", True, lang=lang), lang=lang)),
        (translate("Reports", "范围"), ctx.scope(e.get("scope"))),
    ]
    if e.get("category"):
        rows.insert(0, (translate("Reports", "类别"), lang.term("category", e["category"])))
    flow.fields(rows, label_width=ctx.label_width)

    profile(flow, e.get("summary"), d.mentions, notes, lang=lang, entity_id=e["id"])
    add_photo(flow, image_data(ctx.cat, e["id"], "photo"))

    add_figures(flow, current_facts(d), notes,
                empty=translate("Reports", "公开报道尚未披露该企业的经营数据；园区更新资料后将在新版中列出。"),
                all_facts=d.facts, lang=lang)

    timeline = steps(d, notes, lang)
    if timeline:
        flow.heading(translate("Reports", "发展历程"))
        add_timeline(flow, timeline)

    others = [(relation_label(r, out), joined(linked_names(d.links, r, out, lang=lang), lang=lang))
              for r in OTHER_RELATIONS for out in (True, False)]
    others = [o for o in others if o[1]]
    if others:
        flow.heading(translate("Reports", "关联"))
        flow.fields(others, label_width=ctx.label_width)

    chains = chain_neighbours(ctx, d)
    if chains:
        flow.heading(translate("Reports", "同链企业（园区内）"))
        for name, rows in chains:
            if len(chains) > 1 or len(rows) > 1:
                flow.lines([name], T.TextStyle(T.BODY.size, True, T.H2.colour))
            flow.fields(rows, label_width=ctx.label_width)
    close(flow, notes)
    return sheet
