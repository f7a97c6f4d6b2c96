// A small static server for the end-to-end tests, standing in for the static
// hosts the app is deployed to.
//
//   node tests/e2e/serve.mjs --root dist --port 4173 [--fallback index|404] [--prefix /sub/path]
//
// --fallback index  unknown paths get index.html with status 200 (most SPA hosts)
// --fallback 404    unknown paths get 404.html with status 404 (GitHub Pages)
// --prefix P        the site lives under P; paths outside it are 404
// --catalogue FILE  serve FILE as seminars.json (the benchmark's big catalogues)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.root ?? 'dist');
const port = Number(args.port ?? 4173);
const fallback = args.fallback ?? 'index';
const prefix = (args.prefix ?? '/').replace(/\/?$/, '/');
const catalogue = args.catalogue ? resolve(args.catalogue) : null;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  const send = (status, body, type) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(body);
  };
  if (!path.startsWith(prefix)) return send(404, 'not found', 'text/plain');
  const relative = normalize(path.slice(prefix.length) || 'index.html');
  if (relative.startsWith('..')) return send(403, 'forbidden', 'text/plain');
  const path_ = relative === 'seminars.json' && catalogue ? catalogue : join(root, relative.endsWith('/') ? `${relative}index.html` : relative);
  const body = await file(path_);
  if (body) return send(200, body, types[extname(relative)] ?? 'application/octet-stream');
  if (fallback === '404') {
    const page = await file(join(root, '404.html'));
    return send(404, page ?? 'not found', 'text/html; charset=utf-8');
  }
  const index = await file(join(root, 'index.html'));
  return index ? send(200, index, types['.html']) : send(404, 'not found', 'text/plain');
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix} (fallback: ${fallback})`);
});
