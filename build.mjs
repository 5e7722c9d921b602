// Builds the extension for Chrome and Firefox from one source, the CLI and the Node library.
//   node build.mjs            dist/chrome, dist/firefox, dist/cli, dist/lib, dist/types
//   node build.mjs --package  also dist/cookie-audit-<version>-{chrome,firefox}.zip (reproducible;
//                             Firefox's through `web-ext build`)
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeZip } from './tools/zip.mjs';
import { packageWithWebExt } from './tools/web-ext-package.mjs';
import { englishMessages } from './tools/locale-messages.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const BROWSERS = {
  chrome: { target: ['chrome120'], manifest: chromeManifest },
  firefox: { target: ['firefox140'], manifest: firefoxManifest },
};
const ENTRIES = {
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  report: 'src/report/index.tsx',
};

// Cookie names, values and decoded payloads are page text: they must never reach innerHTML. Preact's
// one innerHTML sink is `dangerouslySetInnerHTML`; the extension's copy of Preact has it replaced by
// an error, so no component can use it, now or later (and web-ext lint has nothing to warn about).
const PREACT_SINK = 'u.innerHTML=h.__html';
const noInnerHtml = {
  name: 'no-inner-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(PREACT_SINK)) throw new Error(`preact changed: ${PREACT_SINK} not found in ${args.path}; update build.mjs`);
      return { contents: source.replace(PREACT_SINK, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Cookie Audit")})()'), loader: 'js' };
    });
  },
};

function chromeManifest(m) {
  return { ...m, minimum_chrome_version: '120' };
}

// Firefox runs MV3 backgrounds as event pages (`background.scripts`), needs an add-on id, and new
// add-ons must declare what data they collect: this one collects nothing.
function firefoxManifest(m) {
  return {
    ...m,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: 'cookie-audit@cookie-audit.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

function checkManifest(browser, m) {
  if (m.version !== pkg.version) throw new Error(`manifest version ${m.version} != package.json ${pkg.version}`);
  if (browser === 'chrome' && !m.background.service_worker) throw new Error('chrome needs background.service_worker');
  if (browser === 'firefox' && !m.background.scripts) throw new Error('firefox needs background.scripts');
  for (const size of Object.values(m.icons)) {
    if (!existsSync(`extension/${size}`)) throw new Error(`missing icon ${size}`);
  }
}

async function buildExtension(browser, english) {
  const { target, manifest } = BROWSERS[browser];
  const out = `dist/${browser}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync('extension', out, { recursive: true });
  writeFileSync(`${out}/_locales/en/messages.json`, JSON.stringify(english, null, 2) + '\n');
  await build({
    entryPoints: ENTRIES,
    outdir: out,
    bundle: true,
    format: 'iife',
    target,
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: JSON.stringify(browser), __VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    plugins: [noInnerHtml],
  });
  const m = manifest(base);
  checkManifest(browser, m);
  writeFileSync(`${out}/manifest.json`, JSON.stringify(m, null, 2) + '\n');
}

async function buildNode() {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { __BROWSER__: '"node"', __VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    packages: 'bundle',
  };
  if (existsSync('src/lib/index.ts')) await build({ ...common, entryPoints: ['src/lib/index.ts'], outfile: 'dist/lib/index.js' });
  if (existsSync('src/cli/main.ts')) {
    await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/cookie-audit.js', banner: { js: '#!/usr/bin/env node' } });
    chmodSync('dist/cli/cookie-audit.js', 0o755);
  }
  if (existsSync('tsconfig.lib.json')) {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
    explicitDeclarationImports('dist/types');
  }
}

// The sources import extensionless paths (the bundler resolves them); Node's own resolution, which
// TypeScript's `moduleResolution: nodenext` follows, needs the file named. Rewrite the emitted
// declarations' relative imports to './x.js' or './x/index.js'.
function explicitDeclarationImports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      explicitDeclarationImports(path);
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const fixed = text.replace(/((?:from|import\()\s*['"])(\.{1,2}\/[^'"]*?)(['"])/g, (all, head, spec, tail) => {
      if (/\.(js|mjs|cjs|json)$/.test(spec)) return all;
      const target = join(dirname(path), spec);
      return existsSync(`${target}.d.ts`) ? `${head}${spec}.js${tail}` : existsSync(join(target, 'index.d.ts')) ? `${head}${spec}/index.js${tail}` : all;
    });
    if (fixed !== text) writeFileSync(path, fixed);
  }
}

const english = await englishMessages('extension');
await Promise.all(Object.keys(BROWSERS).map((browser) => buildExtension(browser, english)));
await buildNode();
if (process.argv.includes('--package')) {
  for (const browser of Object.keys(BROWSERS)) {
    const zip = `dist/cookie-audit-${pkg.version}-${browser}.zip`;
    if (browser === 'firefox') await packageWithWebExt(`dist/${browser}`, zip);
    else writeZip(`dist/${browser}`, zip);
    console.log(`wrote ${zip}`);
  }
}
