"""Merge the translations of two versions of a Qt .ts file (after a git conflict in it).

    python tools/merge_ts.py OURS.ts THEIRS.ts OUT.ts

Every (context, source) keeps a finished translation from either side (ours first); then run
tools/update_translations.sh, which re-extracts the strings from the code and lists what is left.
"""

import sys
import xml.etree.ElementTree as ET


def translations(path: str) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            t = message.find("translation")
            if t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete") and (t.text or "").strip():
                found[(name, message.findtext("source"))] = t.text
    return found


def main(ours: str, theirs: str, out: str) -> None:
    known = {**translations(theirs), **translations(ours)}
    tree = ET.parse(ours)
    root = tree.getroot()
    present = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            present.add((name, message.findtext("source")))
            t = message.find("translation")
            if t.get("type") == "unfinished" and (name, message.findtext("source")) in known:
                t.text = known[(name, message.findtext("source"))]
                del t.attrib["type"]
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for (name, source), text in known.items():  # strings only the other side has: lupdate drops them if unused
        if (name, source) in present:
            continue
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    tree.write(out, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
