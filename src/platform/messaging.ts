import type { Envelope, MessageMap, MessageType, Reply } from '../core/messages';
import { browser } from './browser';

/** Sends a typed message to the background and unwraps its reply. */
export async function send<T extends MessageType>(type: T, payload: MessageMap[T]['request']): Promise<MessageMap[T]['response']> {
  const envelope: Envelope<T> = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
