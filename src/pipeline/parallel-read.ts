/**
 * Reading many record files on both cores while the caller stays synchronous: one worker thread
 * (src/pipeline/read-worker.ts) and this thread take chunks of the list from a shared counter, so
 * neither waits while the other has work, and this thread blocks only for a chunk the worker has
 * taken and not yet answered. Answers are readPlainRecord's on either thread; a file that needs a
 * message is left to loadContent, which reads it again here. A worker that cannot start, fails or
 * stalls costs time, never an answer: its chunks are read on this thread.
 */
import { readPlainRecord, type PlainRecord, type ReadMany, type RecordFile } from '../domain/load.ts';
import { receive, startWorker, stopWorker } from './sync-worker.ts';

/** Files per chunk: small enough to balance the two threads, large enough that a message costs little per file. */
export const CHUNK = 256;

/** Below this many files a worker's start (about 0.2 s of a core) costs more than it saves. */
export const PARALLEL_FROM = 4000;

/** How long this thread waits for a chunk the worker took before reading it itself. */
const STALL_MS = 20_000;

/** The shared counter both threads take chunk numbers from. */
export const NEXT_CHUNK = 0;

const WORKER = new URL('./read-worker.ts', import.meta.url);

/** What the worker is started with. */
export interface ReadJob {
  files: readonly RecordFile[];
  chunk: number;
}

/** A message from the worker: the answers of one chunk, or why it stopped. */
export type ReadMessage = { chunk: number; answers: (PlainRecord | undefined)[] } | { failed: string };

export interface ParallelOptions {
  /** Files per chunk (tests use small chunks to exercise the hand-over). */
  chunk?: number;
  /** Read in parallel from this many files on (default PARALLEL_FROM). */
  from?: number;
  /** Leave every chunk to the worker unless it fails or stalls (tests: its answers are the ones used). */
  workerOnly?: boolean;
}

/** A ReadMany for loadContent: a worker thread helps with lists of at least `from` files when workers are allowed. */
export function parallelRead(options: ParallelOptions = {}): ReadMany {
  const from = options.from ?? PARALLEL_FROM;
  const size = options.chunk ?? CHUNK;
  return (files) => {
    const started = files.length >= from ? startWorker(WORKER, { files, chunk: size } satisfies ReadJob) : undefined;
    if (!started) return files.map(readPlainRecord);
    const chunks = Math.ceil(files.length / size);
    const answers: (PlainRecord | undefined)[] = new Array(files.length);
    const done = new Uint8Array(chunks);
    const read = (c: number) => {
      for (let i = c * size; i < Math.min(files.length, (c + 1) * size); i++) answers[i] = readPlainRecord(files[i]!);
      done[c] = 1;
    };
    let failed = false;
    const take = (ms: number) => {
      const messages = receive(started, ms) as ReadMessage[];
      for (const m of messages) {
        if ('failed' in m) failed = true;
        else {
          const at = m.chunk * size;
          m.answers.forEach((a, i) => (answers[at + i] = a));
          done[m.chunk] = 1;
        }
      }
      return messages.length;
    };
    if (!options.workerOnly) for (let c = Atomics.add(started.shared, NEXT_CHUNK, 1); c < chunks; c = Atomics.add(started.shared, NEXT_CHUNK, 1)) read(c);
    // Every chunk is taken; wait only while the worker still owes one and keeps answering.
    take(0);
    while (!failed && done.includes(0) && take(STALL_MS) > 0);
    stopWorker(started);
    // A chunk the worker never answered (it failed or stalled) is read here.
    done.forEach((d, c) => d || read(c));
    return answers;
  };
}
