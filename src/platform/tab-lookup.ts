import type { Tabs } from './browser';

type TabsApi = Pick<Tabs.Static, 'get' | 'query'>;

export interface TabInfo {
  id: number;
  url: string | null;
  incognito: boolean;
}

/** The tab asked for, or the active one of the current window; a tab that is gone shows nothing. */
export async function lookUpTab(tabs: TabsApi, tabId: number | null): Promise<TabInfo> {
  const found = tabId === null ? tabs.query({ active: true, currentWindow: true }).then((t) => t[0]) : tabs.get(tabId);
  const tab = await found.catch(() => undefined);
  return { id: tab?.id ?? -1, url: tab?.url ?? null, incognito: tab?.incognito ?? false };
}
