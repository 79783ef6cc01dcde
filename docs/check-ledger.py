#!/usr/bin/env python3
"""Check a Gongshi ledger with nothing from this project: Python 3 standard library only.

Reads the C2SP tlog-checkpoint and tlog-tiles of a site folder or URL. The standard library has
no Ed25519, so this script checks the tree only
(use Go's golang.org/x/mod/sumdb/note, or any signed-note tool, for the signature). It parses every
entry bundle, hashes each entry as an RFC 6962 leaf, recomputes the root, and compares it with the
checkpoint's; it also compares every level-0 tile with the leaf hashes.

Usage: python3 docs/check-ledger.py dist/ledger        or   python3 docs/check-ledger.py https://site/ledger
"""
import base64, hashlib, sys, urllib.request, os

prefix = sys.argv[1].rstrip('/')
def get(path):
    if prefix.startswith('http'):
        with urllib.request.urlopen(f'{prefix}/{path}') as r: return r.read()
    with open(os.path.join(prefix, path), 'rb') as f: return f.read()

def index(n):
    s = f'{n % 1000:03d}'; n //= 1000
    while n: s = f'x{n % 1000:03d}/' + s; n //= 1000
    return s

lines = get('checkpoint').decode().split('\n')
origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2])
leaves = []
for n in range((size + 255) // 256):
    width = min(256, size - n * 256)
    suffix = '' if width == 256 else f'.p/{width}'
    bundle, at = get(f'tile/entries/{index(n)}{suffix}'), 0
    while at < len(bundle):
        length = int.from_bytes(bundle[at:at + 2], 'big')
        leaves.append(hashlib.sha256(b'\x00' + bundle[at + 2:at + 2 + length]).digest())
        at += 2 + length
    tile = get(f'tile/0/{index(n)}{suffix}')
    assert tile == b''.join(leaves[n * 256:n * 256 + width]), f'tile/0/{index(n)}{suffix} differs from the entries'

def mth(hs):
    if len(hs) == 1: return hs[0]
    k = 1
    while k * 2 < len(hs): k *= 2
    return hashlib.sha256(b'\x01' + mth(hs[:k]) + mth(hs[k:])).digest()

assert len(leaves) == size, f'{len(leaves)} entries, checkpoint says {size}'
ok = mth(leaves) == root if leaves else root == hashlib.sha256(b'').digest()
print(f'{origin}: {size} entries, root {"matches" if ok else "DOES NOT match"} the checkpoint')
sys.exit(0 if ok else 1)
