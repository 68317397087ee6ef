// Locates the real browsers the end-to-end tests drive (Chromium, Firefox)
// and, on a Debian-like machine where we run as root, installs missing ones
// from the distribution's packages. Test tools never download browsers.

import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** @typedef {'chromium' | 'firefox'} BrowserName */

/**
 * @type {Record<BrowserName, { env: string, paths: string[], commands: string[], aptPackage: string }>}
 */
const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    aptPackage: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    commands: ['firefox-esr', 'firefox'],
    aptPackage: 'firefox-esr',
  },
};

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks a command up on PATH, like `which`. @param {string} command */
function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return path.resolve(candidate);
  }
  return null;
}

/** @param {string} name @returns {BrowserName} */
function checkName(name) {
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error(`Unknown browser "${name}": expected "chromium" or "firefox".`);
  }
  return name;
}

/**
 * Absolute path of the browser's executable, or null when none is found.
 * Order: $CHROME_PATH / $FIREFOX_PATH, the standard install locations, then PATH.
 * A set but unusable environment variable is an error (it states an intent).
 * @param {BrowserName} name
 * @returns {string | null}
 */
export function findBrowser(name) {
  const spec = BROWSERS[checkName(name)];
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    // A bare command name ("firefox-esr") is looked up on PATH.
    const resolved = fromEnv.includes(path.sep) ? path.resolve(fromEnv) : which(fromEnv);
    if (!resolved || !isExecutableFile(resolved)) {
      throw new Error(`${spec.env} is set to "${fromEnv}", which is not an executable file.`);
    }
    return resolved;
  }
  for (const candidate of spec.paths) {
    if (isExecutableFile(candidate)) return candidate;
  }
  for (const command of spec.commands) {
    const found = which(command);
    if (found) return found;
  }
  return null;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(undefined);
      else reject(new Error(`"${command} ${args.join(' ')}" failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

function isUbuntu() {
  try {
    return /^ID=("?)ubuntu\1$/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** @param {BrowserName[]} missing */
function howToInstall(missing) {
  const packages = missing.map((name) => BROWSERS[name].aptPackage).join(' ');
  const envHints = missing.map((name) => `${BROWSERS[name].env}=/path/to/${name}`).join(' ');
  const lines = [`Browser(s) not found: ${missing.join(', ')}.`];
  if (existsSync('/etc/debian_version')) {
    lines.push(`Install with: sudo apt-get update && sudo apt-get install -y ${packages}`);
    if (isUbuntu()) {
      lines.push(
        'On Ubuntu, chromium is a snap and firefox-esr is not in the main archive: install them ' +
          'another way (snap, Mozilla\'s APT repository) and set the variables below if needed.',
      );
    }
  } else if (process.platform === 'darwin') {
    lines.push(
      `Install ${missing.map((n) => (n === 'chromium' ? 'Chromium or Google Chrome' : 'Firefox')).join(' and ')} into /Applications.`,
    );
  } else {
    lines.push(`Install ${missing.join(' and ')} with your system's package manager.`);
  }
  lines.push(`Or point the tests at an existing executable: set ${envHints}`);
  return lines.join('\n');
}

/**
 * The browser's executable, or an Error saying how to install it. For tools
 * that take a path where they launch (Vitest's browser mode): they read it then.
 * @param {BrowserName} name
 * @returns {string}
 */
export function requireBrowser(name) {
  const found = findBrowser(name);
  if (!found) throw new Error(howToInstall([checkName(name)]));
  return found;
}

/**
 * Finds every named browser; returns their paths by name.
 * Missing ones are installed with apt-get when `install` is true and we are
 * root on a Debian-like machine; otherwise an Error says what to run.
 * @param {BrowserName[]} names
 * @param {{ install?: boolean }} [options]
 * @returns {Promise<Partial<Record<BrowserName, string>>>}
 */
export async function ensureBrowsers(names, { install = false } = {}) {
  /** @type {Partial<Record<BrowserName, string>>} */
  const found = {};
  /** @type {BrowserName[]} */
  const missing = [];
  for (const name of new Set(names.map(checkName))) {
    const located = findBrowser(name);
    if (located) found[name] = located;
    else missing.push(name);
  }
  if (missing.length === 0) return found;

  const canApt =
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0;
  if (!install || !canApt) throw new Error(howToInstall(missing));

  const packages = missing.map((name) => BROWSERS[name].aptPackage);
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  await run('apt-get', ['update']);
  await run('apt-get', ['install', '-y', ...packages]);

  for (const name of missing) {
    const located = findBrowser(name);
    if (!located) {
      throw new Error(
        `apt-get installed ${BROWSERS[name].aptPackage}, but no ${name} executable was found.\n` +
          `Set ${BROWSERS[name].env}=/path/to/${name}`,
      );
    }
    found[name] = located;
  }
  return found;
}
