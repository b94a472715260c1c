#!/usr/bin/env python3
"""Fills the unfinished entries of a Qt .ts file.

Sources, tried in order for each unfinished message (matched by context and source text, or by source alone):
  *.json  {"Context|Source": "translation"} or {"Source": "translation"}; a list gives numerus forms
  *.ts    the finished translations of another .ts file (e.g. the other side of a merge:
          git show BRANCH:translations/pakn_vi.ts > /tmp/theirs.ts)
Options:
  --copy-source  for the English file: untranslated entries take the source text (plural forms replace "(s)")
Prints MISSING lines for what is still unfinished; exits 1 if any.
Usage: scripts/fill-translations.py translations/pakn_vi.ts SOURCE... [--copy-source]"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    if path.endswith('.json'):
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    found = {}
    for ctx in ET.parse(path).getroot().findall('context'):
        cname = ctx.find('name').text
        for m in ctx.findall('message'):
            tr = m.find('translation')
            if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
                continue
            forms = [f.text or '' for f in tr.findall('numerusform')]
            value = forms if m.get('numerus') == 'yes' else (tr.text or '')
            if value:
                found[cname + '|' + m.find('source').text] = value
    return found


def main(argv):
    copy = '--copy-source' in argv
    args = [a for a in argv if a != '--copy-source']
    ts, sources = args[0], [load(p) for p in args[1:]]
    tree = ET.parse(ts)
    missing, filled = [], 0
    for ctx in tree.getroot().findall('context'):
        cname = ctx.find('name').text
        for m in ctx.findall('message'):
            src = m.find('source').text
            tr = m.find('translation')
            if tr.get('type') not in ('unfinished',) and (tr.text or len(tr)):
                continue
            val = None
            for d in sources:
                val = d.get(cname + '|' + src, d.get(src))
                if val is not None:
                    break
            numerus = m.get('numerus') == 'yes'
            if val is None and copy:
                val = [src.replace('(s)', ''), src.replace('(s)', 's')] if numerus else src
            if val is None:
                missing.append((cname, src))
                continue
            if numerus:
                for c in list(tr):
                    tr.remove(c)
                for form in (val if isinstance(val, list) else [val]):
                    ET.SubElement(tr, 'numerusform').text = form
                tr.text = None
            else:
                tr.text = val
            tr.attrib.pop('type', None)
            filled += 1
    if filled:
        write(tree, ts)
    for c, s in missing:
        print('MISSING', c, '|', s)
    return 1 if missing else 0


def write(tree, ts):
    """Writes the file; scripts/update-translations.sh afterwards restores lupdate's own formatting."""
    tree.write(ts, encoding='utf-8', xml_declaration=True)
    with open(ts, encoding='utf-8') as f:
        text = f.read()
    if '<!DOCTYPE TS>' not in text:
        with open(ts, 'w', encoding='utf-8') as f:
            f.write(text.replace('?>\n', '?>\n<!DOCTYPE TS>\n', 1))


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
