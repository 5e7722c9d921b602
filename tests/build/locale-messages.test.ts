import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../tools/locale-messages.mjs';
import { tempDir } from './temp-dir';

/** An extension directory holding these locales' messages.json. */
function extensionWith(locales: Record<string, object>): string {
  const dir = tempDir('locales-');
  for (const [locale, messages] of Object.entries(locales)) {
    mkdirSync(join(dir, '_locales', locale), { recursive: true });
    writeFileSync(join(dir, '_locales', locale, 'messages.json'), JSON.stringify(messages));
  }
  return dir;
}

const UI = { fix: { message: 'Fix:' } };

describe("the build's English messages", () => {
  it("are the UI's messages with every catalogue phrase added", async () => {
    const messages = await englishMessages(extensionWith({ en: UI }));
    expect(messages.fix).toEqual(UI.fix);
    expect(messages.labelCookie?.message).toBe('the cookie $ARG1$');
  });

  it('fail the build when the UI defines an id of the catalogue, in whatever case', async () => {
    await expect(englishMessages(extensionWith({ en: { ...UI, LabelCookie: { message: 'x' } } }))).rejects.toThrow(/both define labelCookie/);
  });

  it('fail the build on a translation with a name or placeholders the English does not have', async () => {
    const fr = { fix: { message: 'Correctif :' }, labelCookie: { message: 'le cookie' }, labelCookies: { message: 'x' } };
    const failure = englishMessages(extensionWith({ en: UI, fr }));
    await expect(failure).rejects.toThrow(/_locales\/fr: labelCookie: placeholders none instead of arg1=\$1/);
    await expect(failure).rejects.toThrow(/_locales\/fr: labelCookies: not a message of the English catalogue/);
  });

  it('accept a translation that keeps the ids and placeholders', async () => {
    const fr = { fix: { message: 'Correctif :' }, labelCookie: { message: 'le cookie $ARG1$', placeholders: { arg1: { content: '$1' } } } };
    await expect(englishMessages(extensionWith({ en: UI, fr }))).resolves.toHaveProperty('labelCookie');
  });
});
