#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills the English plural forms of translations/scalescope_en.ts (lupdate -pluralonly): "%n cell(s)" becomes
# "%n cell" / "%n cells". Forms already written by hand are kept. Run after `update_translations`.
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/scalescope_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and forms and all(f.text for f in forms):
        continue
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    # "%n runs selected." / "Endpoints (%n)": the same text for both forms unless written otherwise.
    for form in forms:
        translation.remove(form)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: filled {filled} plural message(s)")
