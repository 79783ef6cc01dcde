/** The one way a log entry is named on every page: its index in the log (from 0, as in the tiles). */
export const entryLabel = (seq: number) => `第${seq}号条目`;
