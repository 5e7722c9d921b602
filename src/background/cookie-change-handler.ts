import type { Cookies } from '../platform/browser';
import { changesFor, isPrivateStore } from '../platform/cookie-changes';
import type { LedgerStore } from '../platform/ledger-store';

/** How long a jar change waits for the Set-Cookie header that may explain it to be recorded first. */
const HEADER_GRACE_MS = 1000;

export function createCookieChangeHandler({ store, ready }: { store: LedgerStore; ready: Promise<unknown> }) {
  return (change: Cookies.OnChangedChangeInfoType): void => {
    if (change.removed) return;
    const time = Date.now();
    setTimeout(() => {
      void ready.then(() => {
        const incognito = isPrivateStore(change.cookie.storeId);
        const ledger = incognito ? store.incognito : store.ledger;
        for (const c of changesFor(ledger, change.cookie, time)) store.recordScript(c, incognito);
      });
    }, HEADER_GRACE_MS);
  };
}
