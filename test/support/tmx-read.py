"""Reads a TMX file with translate-toolkit's TMX store and prints it as JSON on stdout.

Run with Debian's Python (/usr/bin/python3), which sees Debian's translate-toolkit:
    /usr/bin/python3 test/support/tmx-read.py FILE.tmx
Prints {"toolkit": version, "tmx": the root's version attribute, "header": its attributes,
"units": [{"id", "source", "target", "texts": {xml:lang: text}}]}. translate-toolkit takes the
first and second tuv of a unit as its source and target, by position; "texts" keys them by language.
"""

import json
import sys

from translate.__version__ import sver
from translate.misc.xml_helpers import getXMLlang
from translate.storage import tmx

with open(sys.argv[1], "rb") as file:
    store = tmx.tmxfile(file)
root = store.document.getroot()
units = [
    {
        "id": unit.getid(),
        "source": unit.source,
        "target": unit.target,
        "texts": {getXMLlang(node): unit.getNodeText(node) for node in unit.getlanguageNodes()},
    }
    for unit in store.getunits()
]
header = dict(root.find("header").attrib)
print(json.dumps({"toolkit": sver, "tmx": root.get("version"), "header": header, "units": units}))
