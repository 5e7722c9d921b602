/**
 * The extension's English messages, looked up the way browser.i18n.getMessage does: named
 * placeholders ($NAME$) whose content refers to the substitutions ($1…$9). An unknown key throws,
 * so a component test fails on any text missing from messages.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueMessages, mergeMessages, type LocaleMessages } from '../../../src/core/i18n/locale-messages';
import { setTranslator } from '../../../src/ui/i18n';

export const MESSAGES_PATH = resolve(__dirname, '../../../extension/_locales/en/messages.json');
/** The UI's own messages, as written in extension/_locales/en. */
export const MESSAGES = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as LocaleMessages;
/** What build.mjs writes to _locales/en: the UI's messages and core's catalogue. */
export const BUILT_MESSAGES = mergeMessages(MESSAGES, catalogueMessages()).messages;

/** getMessage over one locale's messages; throws on an unknown key. */
export function lookupIn(messages: LocaleMessages): (key: string, substitutions?: string[]) => string {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`messages.json has no key ${key}`);
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content;
        if (content === undefined) throw new Error(`${key}: placeholder ${name} is not defined`);
        return content.replace(/\$([1-9])/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
      })
      .replace(/\$\$/g, '$');
  };
}

export const getMessage = lookupIn(BUILT_MESSAGES);

export function installTranslator(): void {
  setTranslator(getMessage);
}
