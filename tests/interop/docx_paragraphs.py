"""Reads a DOCX with python-docx and prints what a Word-compatible reader sees, as JSON:
each body paragraph's style name and text, the text of the tables' cells, the header and
footer text, the core properties, the document's default language and each paragraph whose runs
say a language of their own (with those languages). Used by tests/interop/docx.test.ts."""
import json
import sys

try:
    import docx
except ImportError:
    sys.exit("python-docx is not installed for this python: apt-get install python3-docx")


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    props = document.core_properties
    qn = docx.oxml.ns.qn
    runs_in = lambda p: {lang for r in p._p.iter(qn("w:r")) for lang in r.xpath("./w:rPr/w:lang/@w:val")}
    print(json.dumps({
        "paragraphs": [{"style": p.style.name, "text": p.text} for p in document.paragraphs],
        "cells": [cell.text for table in document.tables for row in table.rows for cell in row.cells],
        "header": "\n".join(p.text for p in section.header.paragraphs),
        "footer": "\n".join(p.text for p in section.footer.paragraphs),
        "defaultLanguage": document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"),
        "languages": [[p.text, sorted(runs_in(p))] for p in document.paragraphs if runs_in(p)],
        "core": {
            "title": props.title,
            "subject": props.subject,
            "author": props.author,
            "keywords": props.keywords,
            "created": props.created.isoformat() if props.created else None,
        },
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
