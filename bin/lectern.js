#!/usr/bin/env node
// The `lectern` command. The CLI itself is src/cli.ts, built to dist/cli.js by `vite build --mode npm`;
// importing it runs it and sets process.exitCode (0 valid, 1 something left out, 2 unusable or usage).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('lectern: run `npm run build` first (dist/cli.js is missing)\n');
  process.exitCode = 2;
} else {
  await import(cli.href);
}
