import type { LocaleMessages } from '../src/core/i18n/locale-messages';

/** The UI's English messages with core's catalogue merged in; rejects on a clash or a mismatched translation. */
export function englishMessages(extensionDir: string): Promise<LocaleMessages>;
