// Runs a command with inherited output; resolves with its exit code.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/** @returns {Promise<number>} */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and exits the process if it fails. */
export async function mustRun(label, cmd, args, opts) {
  console.log(`\n▶ ${label}`);
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✖ ${label} failed (exit ${code})`);
    process.exit(code);
  }
}
