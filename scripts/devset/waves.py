#!/usr/bin/env python3
"""Per-wave totals of a fastscore.py output. A wave is the batches scored together at first contact,
listed in $DEVSET/waves.tsv as `WAVE<TAB>batch batch …`.
usage: waves.py SCORES"""
import collections, os, re, sys

waves_file = os.path.join(os.environ.get('DEVSET', '/work/devset'), 'waves.tsv')
wave_of = {}
for row in open(waves_file, encoding='utf-8'):
    if row.strip():
        wave, batches = row.rstrip('\n').split('\t')
        wave_of.update({b: wave for b in batches.split()})
totals = collections.defaultdict(lambda: [0] * 6)
pattern = r'(\w+)\s+recall [\d.]+ \((\d+)/(\d+)\) keyprec [\d.]+ catprec [\d.]+ \((\d+)/(\d+)\) evidence (\d+)/(\d+)'
for row in open(sys.argv[1], encoding='utf-8'):
    m = re.match(pattern, row)
    if m and m[1] != 'ALL':
        t = totals[wave_of.get(m[1], '?')]
        for k, v in enumerate(map(int, m.groups()[1:])):
            t[k] += v
for wave in sorted(totals):
    found, facts, ok, emitted, exact, evidence = totals[wave]
    print(f'{wave}: facts {facts} recall {found / facts:.3f} ({found}/{facts}) '
          f'catprec {ok / emitted:.3f} ({ok}/{emitted}) evidence {exact}/{evidence}')
