#!/usr/bin/env python3
"""Scores a checkout's extractor on a dev set kept outside the repository, as ../shared/tools/score_facts.py
--exhaustive does, with the extractor run once per file on two processes.

usage: fastscore.py REPO [GOLD]
  REPO  a built checkout (packages/extract/dist/cli.js)
  GOLD  gold JSONL whose `file`s are relative to $DEVSET (default: $DEVSET/all.jsonl)
env: DEVSET (default /work/devset), SCORER (default /work/shared/tools/score_facts.py)
Prints one line per batch (batches/<batch>/NN.txt), the total, then every MISS and STRAY."""
import collections, concurrent.futures, json, os, pathlib, subprocess, sys

repo = sys.argv[1]
base = pathlib.Path(os.environ.get('DEVSET', '/work/devset'))
gold_path = sys.argv[2] if len(sys.argv) > 2 else base / 'all.jsonl'
# The scorer's own matching rules (region names, closeness), so the two cannot drift apart.
src = open(os.environ.get('SCORER', '/work/shared/tools/score_facts.py'), encoding='utf-8').read()
ns = {}
exec(src[src.index('NATIONAL ='):src.index('tp = fn = fp')], ns)
region_ok, ev, close = ns['region_ok'], ns['ev'], ns['close']

gold = [json.loads(l) for l in open(gold_path, encoding='utf-8') if l.strip()]
by_file = collections.defaultdict(list)
for g in gold:
    by_file[g['file']].append(g)
universe = {i for g in gold for i in (g['indicator'], *g.get('alt_indicators', []))}


def run(rel):
    cli = f'{repo}/packages/extract/dist/cli.js'
    r = subprocess.run(['node', cli, 'facts', str(base / rel), '--workers', '1'], capture_output=True, timeout=600)
    return rel, [json.loads(l) for l in r.stdout.decode().splitlines() if l.startswith('{')]


def same_key(p, g):
    return (p.get('indicator') in {g['indicator'], *g.get('alt_indicators', [])} and p.get('kind') == g['kind']
            and p.get('year') == g['year'] and p.get('measure') == g['measure'] and region_ok(p, g['region']))


def right(p, g):
    return close(p.get('value'), g['value']) and close(p.get('value_max'), g.get('value_max'))


with concurrent.futures.ThreadPoolExecutor(2) as pool:
    preds_of = dict(pool.map(run, by_file))
stats = collections.defaultdict(collections.Counter)
out = []
for rel, golds in by_file.items():
    s = stats[rel.split('/')[1]]
    preds = preds_of[rel]
    text = (base / rel).read_bytes().decode('utf-8-sig')
    for p in preds:
        start, end, t = ev(p)
        s['ev_n'] += 1
        s['ev_ok'] += isinstance(start, int) and bool(t) and text[start:end] == t
        if p.get('indicator') not in universe:
            continue
        s['cat_n'] += 1
        if any(same_key(p, g) and right(p, g) and not g.get('absent') for g in golds):
            s['cat_ok'] += 1
        else:
            evidence = (p.get('evidence') or {}).get('text', '')[:40]
            out.append(f"STRAY {rel} {p.get('indicator')} {p.get('kind')} {p.get('year')} {p.get('measure')}={p.get('value')} «{evidence}»")
    for g in golds:
        keyed = [p for p in preds if same_key(p, g)]
        good = [p for p in keyed if right(p, g)]
        if good:
            s['tp'] += 1
        else:
            s['fn'] += 1
            out.append(f"MISS {rel} {g['indicator']} {g['kind']} {g['year']} {g['measure']}={g['value']} «{g['cue'][:40]}»")
        s['fp'] += len(keyed) - len(good)


def line(name, s):
    found, total = s['tp'], s['tp'] + s['fn']
    return (f"{name:6} recall {found / max(1, total):.3f} ({found}/{total}) keyprec {found / max(1, found + s['fp']):.3f} "
            f"catprec {s['cat_ok'] / max(1, s['cat_n']):.3f} ({s['cat_ok']}/{s['cat_n']}) evidence {s['ev_ok']}/{s['ev_n']}")


total = collections.Counter()
for batch in sorted(stats):
    print(line(batch, stats[batch]))
    total.update(stats[batch])
print(line('ALL', total))
for o in sorted(out):
    print(o)
