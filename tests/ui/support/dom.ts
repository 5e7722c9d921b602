/** Renders a component into jsdom and drives it the way a user would, flushing Preact after each step. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  $(selector: string): HTMLElement;
  $$(selector: string): HTMLElement[];
  click(selector: string | HTMLElement): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** Opens a <details> (a cookie row, an evidence block) and lets its toggle handler run. */
  open(selector: string | HTMLElement): Promise<void>;
  rerender(node: ComponentChild): Promise<void>;
  unmount(): void;
}

export async function mount(node: ComponentChild): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  const $ = (selector: string): HTMLElement => {
    const el = root.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`nothing matches ${selector}`);
    return el;
  };
  const el = (target: string | HTMLElement) => (typeof target === 'string' ? $(target) : target);
  return {
    root,
    $,
    $$: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    click: (target) => act(() => el(target).click()),
    async type(selector, text) {
      const input = $(selector) as HTMLInputElement;
      await act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async open(target) {
      const details = el(target) as HTMLDetailsElement;
      await act(async () => {
        details.open = true;
        // jsdom queues the toggle event as a task, as browsers do.
        await new Promise((r) => setTimeout(r, 0));
      });
    },
    rerender: (next) => act(() => render(next, root)),
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}
