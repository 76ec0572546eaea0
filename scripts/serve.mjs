#!/usr/bin/env node
/**
 * `npm start`: builds dist/lectern.js, serves the demo pages on http://localhost:8080 (PORT to change),
 * and rebuilds the bundle when a source file changes. The pages load the built bundle through one
 * script tag, exactly as a partner page does. No dependencies beyond Node and Vite.
 */
import { createServer } from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.ics': 'text/calendar; charset=utf-8',
};

// The whole build first: the embed bundle, the npm modules and the server-rendered demo page they make.
const first = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['inherit', 'ignore', 'inherit'] });
if (first.status !== 0) process.exit(first.status ?? 1);
if (!process.argv.includes('--no-watch')) {
  const watcher = spawn('npx', ['vite', 'build', '--watch', '--logLevel', 'warn'], { stdio: 'inherit' });
  process.on('exit', () => watcher.kill());
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '/demo') {
    // The pages use relative URLs (../dist/lectern.js, feeds/…), as they would on any static host.
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const allowed = ['demo', 'dist', 'schema'].some((dir) => file.startsWith(join(root, dir)));
  let stat;
  try {
    stat = allowed ? statSync(file) : undefined;
  } catch {
    stat = undefined;
  }
  if (!stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = file.includes(`${join(root, 'demo', 'feeds')}`) ? 'application/feed+json; charset=utf-8' : types[extname(file)];
  res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
});

server.listen(port, () => {
  console.log(`Lectern demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
});
