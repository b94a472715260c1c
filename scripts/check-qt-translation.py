#!/usr/bin/env python3
"""Checks translations/qt_vi.ts (Qt's own strings, kept by hand): every message finished, with the same
placeholders (%1, %n, %L1) as its source and, where the source has an accelerator (&x), exactly one.
Prints each problem and exits 1 if there is any. Used by scripts/check-sources.sh."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?\d+|%n')


def accelerators(text):
    return len(re.findall(r'&(?!&)[^\s&;]', re.sub(r'&&', '', text)))


def main(path):
    problems = []
    count = 0
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            count += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{name} | {source!r}'
            if translation is None or translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
                problems.append(f'{where}: unfinished')
                continue
            forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
            for text in forms:
                if not text.strip():
                    problems.append(f'{where}: empty translation')
                elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f'{where}: placeholders differ in {text!r}')
                elif accelerators(source) and accelerators(text) != 1:
                    problems.append(f'{where}: the accelerator is lost in {text!r}')
    for problem in problems:
        print(f'check-qt-translation: {path}: {problem}', file=sys.stderr)
    if count == 0:
        print(f'check-qt-translation: {path}: no messages', file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'translations/qt_vi.ts'))
