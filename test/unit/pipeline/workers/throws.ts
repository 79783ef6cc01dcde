/** A worker for parallel-read.test.ts: fails while computing. */
import { answerFromWorker } from '../../../../src/pipeline/sync-worker.ts';

answerFromWorker(() => {
  throw new Error('失败');
});
