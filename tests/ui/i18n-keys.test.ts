import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type PhraseId } from '../../src/core/i18n/catalogue';
import { catalogueMessages, mergeMessages, translationProblems, type LocaleMessages } from '../../src/core/i18n/locale-messages';
import { fillTemplate } from '../../src/core/i18n/render-phrase';
import { BUILT_MESSAGES, getMessage, MESSAGES } from './support/translator';

const SRC = resolve(__dirname, '../../src');
const UI_DIRS = ['ui', 'popup', 'report'].map((d) => join(SRC, d));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `t('key'` call in the extension's UI sources, with the file it is in. */
function usedKeys(): { key: string; file: string }[] {
  return UI_DIRS.flatMap(files).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => ({ key: m[1] ?? '', file })),
  );
}

describe('the UI text', () => {
  const used = usedKeys();

  it('finds the t() calls it checks', () => {
    expect(used.length).toBeGreaterThan(100);
  });

  it.each(used)('has $key (used in $file) in messages.json', ({ key }) => {
    expect(MESSAGES[key], key).toBeDefined();
    expect(getMessage(key, ['1', '2', '3', '4'])).not.toBe('');
  });

  it('keeps no message the extension does not use', () => {
    const keys = new Set(used.map((u) => u.key));
    const manifest = readFileSync(resolve(__dirname, '../../manifest.json'), 'utf8');
    const unused = Object.keys(MESSAGES).filter((k) => !keys.has(k) && !manifest.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });

  it('defines every placeholder a message refers to, numbered from $1, in the UI and the catalogue alike', () => {
    for (const [key, entry] of Object.entries(BUILT_MESSAGES)) {
      const names = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(names)].sort());
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      expect(contents, key).toEqual(contents.map((_, i) => `$${i + 1}`));
    }
  });

  it('writes no user-visible literal text in the components', () => {
    // A JSX text node made of letters, outside braces, is text that bypasses t().
    const offenders = UI_DIRS.flatMap(files)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/>\s*([A-Za-z][A-Za-z ,.'-]{2,})\s*</g)].map((m) => `${file}: ${m[1]}`));
    expect(offenders).toEqual([]);
  });
});

describe("core's text in the built messages", () => {
  const ids = Object.keys(CATALOGUE) as PhraseId[];
  const substitutions = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

  it('shares no message name with the UI (build.mjs fails on a clash)', () => {
    expect(mergeMessages(MESSAGES, catalogueMessages()).clashes).toEqual([]);
  });

  it('holds every catalogue id, rendering to the English core renders', () => {
    const differing = ids.filter((id) => getMessage(id, substitutions) !== fillTemplate(CATALOGUE[id], substitutions));
    expect(differing).toEqual([]);
  });

  it('is matched by every translation in extension/_locales, id for id and placeholder for placeholder', () => {
    const locales = resolve(__dirname, '../../extension/_locales');
    const problems = readdirSync(locales)
      .filter((locale) => locale !== 'en')
      .flatMap((locale) => {
        const translated = JSON.parse(readFileSync(join(locales, locale, 'messages.json'), 'utf8')) as LocaleMessages;
        return translationProblems(BUILT_MESSAGES, translated).map((p) => `${locale}: ${p}`);
      });
    expect(problems).toEqual([]);
  });
});
