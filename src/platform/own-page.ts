/** Only the extension's own pages may talk to the background: no content scripts, no other extensions, no web pages. */
export function isOwnPage(sender: { id?: string; url?: string }, runtime: { id: string; getURL(path: string): string }): boolean {
  return sender.id === runtime.id && typeof sender.url === 'string' && sender.url.startsWith(runtime.getURL(''));
}
