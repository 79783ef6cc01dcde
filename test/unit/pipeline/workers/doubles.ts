/** A worker for parallel-read.test.ts: answers twice its number. */
import { answerFromWorker } from '../../../../src/pipeline/sync-worker.ts';

answerFromWorker((n: number) => n * 2);
