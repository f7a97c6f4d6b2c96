// A small static server for the end-to-end tests, standing in for the static
// hosts the app is deployed to.
//
//   node tests/e2e/serve.mjs --root dist --port 4173 [--fallback index|404] [--prefix /sub/path]
//
// --fallback index  unknown paths get index.html with status 200 (most SPA hosts)
// --fallback 404    unknown paths get 404.html with status 404 (GitHub Pages)
// --prefix P        the site lives under P; paths outside it are 404
// --catalogue FILE  serve FILE as seminars.json (the benchmark's big catalogues)
// --compress        compress text and wasm as static hosts do (brotli when the
//                   client takes it, else gzip), each file once
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, readdir, stat } from 'node:fs/promises';
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
const compress = process.argv.includes('--compress');
const compressed = new Map();

// The response headers the site ships for hosts that read them (Netlify,
// Cloudflare Pages): every response here carries them, so the end-to-end
// tests run under the site's Content-Security-Policy.
function siteHeaders(text) {
  const headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*';
    const header = inAll && line.match(/^\s+([\w-]+):\s*(.*)$/);
    if (header) headers[header[1].toLowerCase()] = header[2].trim();
  }
  return headers;
}
const shipped = await readFile(join(root, '_headers'), 'utf8').then(siteHeaders, () => ({}));

// The compressed body and its encoding, or null to send the bytes as they are.
function encode(path, body, accepted) {
  if (!compress || body.length < 1024) return null;
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return null;
  const key = `${encoding} ${path}`;
  if (!compressed.has(key)) {
    // Best compression for the app's own files; a faster level for the
    // benchmark's large catalogues.
    const small = body.length < 4 * 1024 * 1024;
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: small ? 11 : 5 } })
        : gzipSync(body, { level: small ? 9 : 6 }),
    );
  }
  return { encoding, bytes: compressed.get(key) };
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  const send = (status, body, type, path = null) => {
    const headers = { ...shipped, 'content-type': type, 'cache-control': 'no-cache' };
    const packed = path && typeof body !== 'string' ? encode(path, body, req.headers['accept-encoding'] ?? '') : null;
    if (packed) {
      headers['content-encoding'] = packed.encoding;
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, headers);
    res.end(packed ? packed.bytes : body);
  };
  if (!path.startsWith(prefix)) return send(404, 'not found', 'text/plain');
  const relative = normalize(path.slice(prefix.length) || 'index.html');
  if (relative.startsWith('..')) return send(403, 'forbidden', 'text/plain');
  const path_ = relative === 'seminars.json' && catalogue ? catalogue : join(root, relative.endsWith('/') ? `${relative}index.html` : relative);
  const body = await file(path_);
  if (body) return send(200, body, types[extname(relative)] ?? 'application/octet-stream', path_);
  if (fallback === '404') {
    const page = await file(join(root, '404.html'));
    return send(404, page ?? 'not found', 'text/html; charset=utf-8', page && join(root, '404.html'));
  }
  const index = await file(join(root, 'index.html'));
  return index ? send(200, index, types['.html'], join(root, 'index.html')) : send(404, 'not found', 'text/plain');
})
// A static host compresses ahead of time: so does this server, before it
// takes requests, so that no request waits for compression.
if (compress) {
  const files = (await readdir(root, { recursive: true })).map((f) => join(root, f));
  for (const path of catalogue ? [...files, catalogue] : files) {
    const body = await file(path);
    if (body) encode(path, body, 'br');
  }
}
server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix} (fallback: ${fallback})`);
});
