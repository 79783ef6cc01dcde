/**
 * Worker threads for code that stays synchronous (validateContent is called from scripts, the
 * Astro loader and tests alike): the worker posts on a MessagePort and bumps a shared counter, and
 * this thread blocks on the counter (Atomics.wait) and takes the messages with receiveMessageOnPort.
 * A worker is only ever a way to be faster: whoever starts one also knows how to do the work
 * itself, and does when the worker cannot start, fails or stays silent too long.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

/** Shared counters: [0] is the caller's to use (parallel-read.ts counts chunks there), [1] counts messages posted. */
const POSTED = 1;

/** A started worker as this thread holds it. */
export interface Started {
  worker: Worker;
  port: MessagePort;
  shared: Int32Array;
  /** Messages taken so far. */
  taken: number;
}

/** What the worker side sees: the data it was started with, the shared counters, and how to post. */
export interface WorkerSide<Data> {
  data: Data;
  shared: Int32Array;
  post(message: unknown): void;
  close(): void;
}

/** Whether worker threads may be used here: more than one core, and not turned off with GONGSHI_WORKERS=0. */
export function workersAllowed(): boolean {
  return process.env.GONGSHI_WORKERS !== '0' && availableParallelism() > 1;
}

/** Start the worker script at `url` with `data`; undefined when workers are not allowed or it cannot start. */
export function startWorker(url: URL, data: unknown): Started | undefined {
  if (!workersAllowed() || !existsSync(fileURLToPath(url))) return undefined;
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(url, { workerData: { data, shared: shared.buffer, port: port2 }, transferList: [port2] });
    // The worker never keeps the process alive: whatever it has not answered is done on this thread.
    worker.unref();
    return { worker, port: port1, shared, taken: 0 };
  } catch {
    port1.close();
    return undefined;
  }
}

/** The messages posted so far, waiting up to `ms` for one when there is none yet. */
export function receive(started: Started, ms: number): unknown[] {
  const out: unknown[] = [];
  const deadline = performance.now() + ms;
  for (;;) {
    for (let m = receiveMessageOnPort(started.port); m; m = receiveMessageOnPort(started.port)) out.push(m.message);
    started.taken += out.length;
    const left = deadline - performance.now();
    if (out.length || left <= 0) return out;
    Atomics.wait(started.shared, POSTED, started.taken, Math.min(left, 100));
  }
}

/** Stop the worker; what it was still doing is not needed. */
export function stopWorker(started: Started): void {
  started.port.close();
  void started.worker.terminate();
}

/**
 * `compute` run on the worker thread at `url` (a script that calls answerFromWorker) with `data`,
 * started now; the function returned blocks for the answer. When no worker is available, or it
 * fails, or gives no answer within `patienceMs`, `fallback` is run here instead.
 */
export function answerLater<T>(url: URL, data: unknown, fallback: () => T, patienceMs: number): () => T {
  const started = startWorker(url, data);
  let answer: { value: T } | undefined;
  return () => {
    if (answer) return answer.value;
    const message = started && (receive(started, patienceMs)[0] as { ok?: T; failed?: string } | undefined);
    if (started) stopWorker(started);
    answer = { value: message && 'ok' in message ? (message.ok as T) : fallback() };
    return answer.value;
  };
}

/** The worker side of startWorker: its data, the shared counters, and post(), which wakes the waiting thread. */
export function workerSide<Data>(): WorkerSide<Data> {
  const { data, shared: buffer, port } = workerData as { data: Data; shared: SharedArrayBuffer; port: MessagePort };
  const shared = new Int32Array(buffer);
  return {
    data,
    shared,
    post(message) {
      port.postMessage(message);
      Atomics.add(shared, POSTED, 1);
      Atomics.notify(shared, POSTED);
    },
    close: () => port.close(),
  };
}

/** The worker side of answerLater: post `compute(data)`, or that it failed. */
export function answerFromWorker<Data, T>(compute: (data: Data) => T): void {
  const side = workerSide<Data>();
  try {
    side.post({ ok: compute(side.data) });
  } catch (err) {
    side.post({ failed: err instanceof Error ? err.message : String(err) });
  }
  side.close();
}
