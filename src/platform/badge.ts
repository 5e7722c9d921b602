import type { Browser } from './browser';

type ActionApi = Pick<Browser['action'], 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** Shows a count on the toolbar button of one tab; an empty badge for zero. */
export async function showCount(action: ActionApi, tabId: number, count: number): Promise<void> {
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#c0301f' });
}
