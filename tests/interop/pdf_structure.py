"""Walks a PDF's structure tree and page content with pikepdf; prints what a test checks, as JSON.

Every text-showing operator and every painted XObject must sit in exactly one marked-content
sequence that is either an Artifact or carries an MCID; every MCID on a page must be claimed by
exactly one structure element, as the parent tree says; every link annotation must belong to a
Link element. Also reported: the headings in tree order, the elements in a language of their own
(/Lang), and the catalog's accessibility entries.
"""
import json
import sys
from xml.etree import ElementTree

import pikepdf

TEXT_OPS = {"Tj", "TJ", "'", '"'}

# Elements that are only meaningful inside a particular parent (ISO 32000-1 §14.8.4.3, PDF/UA-1 §7.6-7.10).
REQUIRED_PARENT = {
    "LI": {"L"},
    "Lbl": {"LI"},
    "LBody": {"LI"},
    "TR": {"Table", "THead", "TBody", "TFoot"},
    "TH": {"TR"},
    "TD": {"TR"},
    "TOCI": {"TOC"},
    # A list of entries under an entry sits in that entry's TOCI.
    "TOC": {"Document", "TOCI"},
}

# What some grouping elements may hold (ISO 32000-1 Table 333; Matterhorn 09-006): a Link straight
# in a TOCI, say, is not allowed, though its parent is right for it.
ALLOWED_CHILDREN = {
    "TOC": {"TOC", "TOCI", "Caption"},
    "TOCI": {"Lbl", "Reference", "NonStruct", "P", "TOC"},
    "L": {"L", "LI", "Caption"},
    "LI": {"Lbl", "LBody"},
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "TR": {"TH", "TD"},
}


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    pages = list(pdf.pages)
    page_index = {page.obj.objgen: i for i, page in enumerate(pages)}
    problems = []
    claimed = {}  # (page, mcid) -> element objgen
    headings = []
    types = {}
    actual_texts = []
    langs = []

    def claim(page, mcid, elem):
        key = (page, int(mcid))
        if key in claimed:
            problems.append(f"page {page + 1} MCID {mcid} is claimed twice")
        claimed[key] = elem.objgen

    def walk(elem, page=None, parent_kind=None):
        kind = str(elem.get("/S", ""))[1:]
        types[kind] = types.get(kind, 0) + 1
        if kind in REQUIRED_PARENT and parent_kind not in REQUIRED_PARENT[kind]:
            problems.append(f"a {kind} element is under {parent_kind}, not {' or '.join(sorted(REQUIRED_PARENT[kind]))}")
        if parent_kind in ALLOWED_CHILDREN and kind not in ALLOWED_CHILDREN[parent_kind]:
            problems.append(f"a {kind} element is in a {parent_kind}, which may hold only {', '.join(sorted(ALLOWED_CHILDREN[parent_kind]))}")
        if kind in ("H1", "H2", "H3"):
            headings.append(int(kind[1]))
        if "/ActualText" in elem:
            actual_texts.append([kind, str(elem.ActualText)])
        if "/Lang" in elem:
            langs.append([kind, str(elem.Lang)])
        if "/Pg" in elem:
            page = page_index[elem.Pg.objgen]
        kids = elem.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                claim(page, kid, elem)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                claim(page_index[kid.Pg.objgen] if "/Pg" in kid else page, kid.MCID, elem)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                pass
            else:
                if kid.get("/P") is None or kid.P.objgen != elem.objgen:
                    problems.append(f"an element under {kind} does not name it as its parent")
                walk(kid, page, kind)

    tree = root.StructTreeRoot
    walk(tree.K)

    # The parent tree: page i's array, indexed by MCID, names the element that claims it.
    nums = list(tree.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}

    untagged = 0
    artifacts = 0
    used = set()
    for p, page in enumerate(pages):
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BMC":
                stack.append("artifact" if str(operands[0]) == "/Artifact" else "other")
            elif op == "BDC":
                props = operands[1]
                if str(operands[0]) == "/Artifact":
                    stack.append("artifact")
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    stack.append(int(props.MCID))
                else:
                    stack.append("other")
            elif op == "EMC":
                stack.pop()
            elif op in TEXT_OPS or op == "Do":
                if len(stack) != 1 or stack[0] == "other":
                    untagged += 1
                elif stack[0] == "artifact":
                    artifacts += 1
                else:
                    used.add((p, stack[0]))
        if stack:
            problems.append(f"page {p + 1} leaves marked content open")
        key = int(page.obj.StructParents)
        owners = parent_tree[key]
        for mcid in range(len(owners)):
            if claimed.get((p, mcid)) != owners[mcid].objgen:
                problems.append(f"page {p + 1} MCID {mcid}: the parent tree and the structure disagree")
        if str(page.obj.get("/Tabs")) != "/S":
            problems.append(f"page {p + 1} has no structure tab order")
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") == "/Link":
                owner = parent_tree.get(int(annot.get("/StructParent", -1)))
                if owner is None or str(owner.S) != "/Link":
                    problems.append(f"a link on page {p + 1} belongs to no Link element")
                if "/Contents" not in annot:
                    problems.append(f"a link on page {p + 1} has no description")

    unclaimed = used - set(claimed)
    empty = set(claimed) - used
    if unclaimed:
        problems.append(f"{len(unclaimed)} marked-content sequences belong to no element")
    if empty:
        problems.append(f"{len(empty)} elements claim content that is not on the page")

    xmp = ElementTree.fromstring(root.Metadata.read_bytes().split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    part = xmp.find(".//{http://www.aiim.org/pdfua/ns/id/}part")
    pdfua = part.text if part is not None else None
    print(json.dumps({
        "problems": problems,
        "untagged": untagged,
        "artifacts": artifacts,
        "tagged": len(used),
        "headings": headings,
        "actualTexts": actual_texts,
        "langs": langs,
        "types": types,
        "marked": bool(root.MarkInfo.Marked),
        "lang": str(root.get("/Lang", "")),
        "displayDocTitle": bool(root.ViewerPreferences.get("/DisplayDocTitle", False)),
        "pdfua": pdfua,
    }))


main(sys.argv[1])
