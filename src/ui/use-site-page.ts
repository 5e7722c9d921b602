import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageQuery } from '../core/view/page-query';
import type { SitePage } from '../core/view/site-page';

export type LoadPage = (query: PageQuery) => Promise<SitePage | null>;

/**
 * A screenful of a site asked of the background, with the query it answers. The query moves at
 * once (the search box shows what was typed), the page when its answer comes; answers to
 * questions overtaken by a later one are dropped.
 */
export function useSitePage(load: LoadPage, initial: PageQuery) {
  const [query, setQuery] = useState(initial);
  const [page, setPage] = useState<SitePage | null | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);
  const asked = useRef(0);

  const ask = (next: PageQuery) => {
    const ticket = ++asked.current;
    setQuery(next);
    load(next).then(
      (answer) => {
        if (ticket === asked.current) setPage(answer);
      },
      (error: unknown) => {
        if (ticket === asked.current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
  };

  // A new source (the wordlist came in) or a new site asks again with the query as it stands.
  useEffect(() => ask({ ...query, wordlist: initial.wordlist }), [load, initial.wordlist]);
  return { query, page, failed, ask };
}
