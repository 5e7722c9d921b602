/**
 * The extension's English messages, looked up the way browser.i18n.getMessage does: named
 * placeholders ($NAME$) whose content refers to the substitutions ($1…$9). An unknown key throws,
 * so a component test fails on any text missing from messages.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTranslator } from '../../../src/ui/i18n';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const MESSAGES_PATH = resolve(__dirname, '../../../extension/_locales/en/messages.json');
export const MESSAGES = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<string, Message>;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`messages.json has no key ${key}`);
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (content === undefined) throw new Error(`${key}: placeholder ${name} is not defined`);
      return content.replace(/\$([1-9])/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

export function installTranslator(): void {
  setTranslator(getMessage);
}
