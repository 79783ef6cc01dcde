/** A worker for parallel-read.test.ts: starts and never answers. */
setInterval(() => undefined, 1000);
