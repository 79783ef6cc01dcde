/**
 * Signed notes, vkeys and private keys against published vectors: Go's golang.org/x/mod/sumdb/note
 * tests (PeterNeumann, EnochRoot) and the example of c2sp.org/signed-note (example.com/foo).
 */
import { describe, expect, it } from 'vitest';
import { ed25519Verify, parsePrivateKey, signBytes, vkeyConsistent } from '../../../src/ledger/keys.ts';
import { formatNote, formatVkey, noteMessage, parseNote, parseVkey, signaturesBy } from '../../../src/ledger/note.ts';

// golang.org/x/mod/sumdb/note/note_test.go
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
// c2sp.org/signed-note, "Example"
const FOO_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const FOO_NOTE = 'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';

describe('signed notes', () => {
  it('signs the Go test note with the PeterNeumann key to exactly the published line', () => {
    const key = parsePrivateKey(PETER_SKEY, 'test');
    expect(formatVkey(key.vkey)).toBe(PETER_VKEY);
    const sig = signBytes(key, noteMessage(TEXT));
    expect(formatNote({ text: TEXT, signatures: [{ name: key.name, id: key.id, signature: sig }] })).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('verifies each published signature with its own vkey and no other', () => {
    const note = parseNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`)!;
    for (const [vkey, other] of [[PETER_VKEY, ENOCH_VKEY], [ENOCH_VKEY, PETER_VKEY]] as const) {
      const v = parseVkey(vkey)!;
      expect(vkeyConsistent(v)).toBe(true);
      const [sig] = signaturesBy(note, v);
      expect(ed25519Verify(v.key, noteMessage(note.text), sig!.signature)).toBe(true);
      expect(ed25519Verify(parseVkey(other)!.key, noteMessage(note.text), sig!.signature)).toBe(false);
    }
  });

  it('verifies the c2sp.org/signed-note example', () => {
    const v = parseVkey(FOO_VKEY)!;
    const note = parseNote(FOO_NOTE)!;
    expect(note.text).toBe('This is an example message.\n');
    expect(vkeyConsistent(v)).toBe(true);
    expect(ed25519Verify(v.key, noteMessage(note.text), signaturesBy(note, v)[0]!.signature)).toBe(true);
    expect(ed25519Verify(v.key, noteMessage('This is an example message!\n'), signaturesBy(note, v)[0]!.signature)).toBe(false);
  });

  it('refuses the mangled keys of the Go tests', () => {
    // wrong length key with adjusted hash; unknown algorithm with adjusted hash
    expect(parseVkey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toBeUndefined();
    expect(parseVkey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toBeUndefined();
    const wrongId = parseVkey('PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')!;
    expect(vkeyConsistent(wrongId)).toBe(false);
    expect(() => parsePrivateKey(PETER_SKEY.replace('c74f20a3', 'c74f20a4'), 'GONGSHI_SIGNING_KEY')).toThrow(/密钥号与密钥不符/);
  });

  it('refuses notes without a blank line, without signatures, or with control characters', () => {
    expect(parseNote(TEXT)).toBeUndefined();
    expect(parseNote(`${TEXT}\n`)).toBeUndefined();
    expect(parseNote(`a\tb\n\n${PETER_SIG}`)).toBeUndefined();
    expect(parseNote(`${TEXT}\n— Peter Neumann x08go/ZJk=\n`)).toBeUndefined();
  });
});
