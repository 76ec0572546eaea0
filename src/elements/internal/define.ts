import { ContextRoot } from '@lit/context';

const ROOT_KEY = Symbol.for('lectern.context-root.v1');

/**
 * Registers tags, guarded: a tag that is already defined (by another copy of Lectern, of any version,
 * or by another script) is left alone, and the page gets one console warning for the whole call, never
 * an exception. `customElements.define` throws on a second definition, which would abort the rest of
 * a bundle (internetarchive/elements PR #106).
 *
 * Also attaches one `ContextRoot` per page, whichever copy comes first, so that a `<lectern-feed>` that
 * upgrades after its children still finds them.
 */
export function define(tags: Record<string, CustomElementConstructor>): void {
  attachContextRoot();
  const taken: string[] = [];
  for (const [name, ctor] of Object.entries(tags)) {
    const existing = customElements.get(name);
    if (existing === ctor) continue;
    if (existing) {
      taken.push(name);
      continue;
    }
    try {
      customElements.define(name, ctor);
    } catch {
      taken.push(name);
    }
  }
  if (taken.length > 0) {
    console.warn(`[lectern] ${taken.map((n) => `<${n}>`).join(', ')} already defined by another script; kept.`);
  }
}

function attachContextRoot(): void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (g[ROOT_KEY] || typeof document === 'undefined') return;
  g[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
