// The English messages.json the extension ships: the UI's own (extension/_locales/en) merged with
// core's catalogue of finding, session and diagnostic text (src/core/i18n). A translator's
// extension/_locales/<lang>/messages.json then needs only the ids. Fails on an id both define and
// on a translation whose names or placeholders differ from the English.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const I18N = fileURLToPath(new URL('../src/core/i18n/locale-messages.ts', import.meta.url));

// The catalogue is TypeScript; bundled in memory, so the build reads the same source the code does.
async function loadI18n() {
  const result = await build({ entryPoints: [I18N], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function readMessages(dir, locale) {
  return JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'));
}

export async function englishMessages(extensionDir) {
  const { catalogueMessages, mergeMessages, translationProblems } = await loadI18n();
  const { messages, clashes } = mergeMessages(readMessages(extensionDir, 'en'), catalogueMessages());
  if (clashes.length > 0) throw new Error(`_locales/en/messages.json and src/core/i18n both define ${clashes.join(', ')}`);
  const translations = readdirSync(join(extensionDir, '_locales')).filter((locale) => locale !== 'en');
  const problems = translations.flatMap((locale) => translationProblems(messages, readMessages(extensionDir, locale)).map((p) => `_locales/${locale}: ${p}`));
  if (problems.length > 0) throw new Error(`translations that do not match the English:\n  ${problems.join('\n  ')}`);
  return messages;
}
