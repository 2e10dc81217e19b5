#!/usr/bin/env python3
"""validate.py FILE: check a news set TOML the way the Parley test reads it."""
import re, sys, tomllib, unicodedata
def word(c): return c.isalnum()
def whole(text, w, nth):
    frm = 0
    while True:
        j = text.find(w, frm)
        if j < 0: return -1
        frm = j + 1
        if j > 0 and word(w[0]) and word(text[j-1]): continue
        e = j + len(w)
        if e < len(text) and word(w[-1]) and word(text[e]): continue
        nth -= 1
        if nth == 0: return j
VAL = re.compile(r'^(PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{2,4}.*|FY.*|P.*|T.*|XXXX.*)$')
f = sys.argv[1]
try:
    d = tomllib.load(open(f, 'rb'))
except Exception as e:
    print(f"{f}: TOML error: {e}"); sys.exit(1)
bad = 0; n = 0
docs = d.get('doc', [])
for i, doc in enumerate(docs, 1):
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', doc.get('dct', '')):
        print(f"doc {i}: bad dct {doc.get('dct')!r}"); bad += 1
    text = doc.get('text', '')
    spans = []
    for t in doc.get('timex', []):
        n += 1
        at = whole(text, t.get('text', ''), max(t.get('nth', 1), 1))
        if not t.get('text') or at < 0:
            print(f"doc {i}: {t.get('text')!r} nth {t.get('nth',1)} not found as whole words"); bad += 1; continue
        if t.get('type') not in ('DATE', 'TIME', 'DURATION', 'SET'):
            print(f"doc {i}: {t['text']!r} bad type {t.get('type')!r}"); bad += 1
        if not VAL.match(t.get('value', '')):
            print(f"doc {i}: {t['text']!r} odd value {t.get('value')!r}"); bad += 1
        sp = (at, at + len(t['text']))
        for s in spans:
            if s[0] < sp[1] and sp[0] < s[1]:
                print(f"doc {i}: {t['text']!r} overlaps another timex"); bad += 1
        spans.append(sp)
print(f"{f}: {len(docs)} documents, {n} timexes, {bad} problems")
sys.exit(1 if bad else 0)
