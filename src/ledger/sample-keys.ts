/**
 * The keys of the fictional sample jurisdiction 望川市, derived from published seed phrases
 * (SHA-256 of the phrase is the Ed25519 seed), so its history can be replayed by anyone. They
 * protect nothing and must never sign a real site: `npm run ledger:replay -- --sample` refuses to
 * use them unless content/site.yaml publishes exactly these public keys. Node only.
 */
import { COSIGNATURE_V1, ED25519 } from './note.ts';
import { sampleKey, type SigningKey } from './keys.ts';

export const SAMPLE_OPERATOR_PHRASE = 'gongshi sample operator key: fictional 望川市 only, protects nothing';
export const SAMPLE_WITNESS_PHRASE = 'gongshi sample witness key: fictional 望川市纪委监委 only, protects nothing';
export const SAMPLE_OPERATOR_NAME = 'gongshi.wangchuan.example/ledger';
export const SAMPLE_WITNESS_NAME = 'jw.wangchuan.example/witness';

/** The sample's operator (checkpoint) key. */
export function sampleOperatorKey(): SigningKey {
  return sampleKey(SAMPLE_OPERATOR_NAME, ED25519, SAMPLE_OPERATOR_PHRASE);
}

/** The sample's witness (cosignature) key. */
export function sampleWitnessKey(): SigningKey {
  return sampleKey(SAMPLE_WITNESS_NAME, COSIGNATURE_V1, SAMPLE_WITNESS_PHRASE);
}
