/**
 * A static file server over a built site on a loopback port, for browser tests and the bench.
 * sirv does the path handling (no traversal out of the folder, encoded slashes included); a path
 * it does not serve gets the site's own 404 page, as the deployed server would.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** Serve `dir` on 127.0.0.1 at a free port; resolves to the base URL and a close function. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const notFound = join(dir, '404.html');
  const files = sirv(dir, { dev: true, dotfiles: false, etag: false, extensions: ['html'] });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
