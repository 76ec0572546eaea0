/**
 * The language an element writes in: its own `lang`, else the closest ancestor's (across shadow
 * roots), else the feed's `language`, else English. Only well-formed BCP 47 tags are used.
 */
export function resolveLocale(element: Element, feedLanguage?: string): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    // An empty or malformed `lang` says nothing: look further out.
    const tag = node instanceof Element && canonical(node.getAttribute('lang') ?? '');
    if (tag) return tag;
  }
  return (feedLanguage && canonical(feedLanguage)) || 'en';
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
