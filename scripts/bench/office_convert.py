"""Converts a DOCX to PDF repeatedly through a LibreOffice that is already running (a held
`soffice --accept=socket...` listener), and prints each conversion's milliseconds as JSON: the
warm figure to set beside our warm, in-process PDF export. Run with Debian's /usr/bin/python3,
which has python3-uno. Usage: office_convert.py PORT IN.docx OUT.pdf RUNS"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):  # soffice takes a few seconds to start listening
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.1)
    sys.exit("LibreOffice did not start listening")


def main(port, docx, pdf, runs):
    ctx = connect(port)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    source, target = uno.systemPathToFileUrl(docx), uno.systemPathToFileUrl(pdf)
    times = []
    for _ in range(runs + 1):  # the first is the warm-up
        start = time.perf_counter()
        doc = desktop.loadComponentFromURL(source, "_blank", 0, (prop("Hidden", True),))
        doc.storeToURL(target, (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps(times[1:]))
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge drops as LibreOffice quits


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
