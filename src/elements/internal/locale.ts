/**
 * The language an element writes in: its own `lang`, else the closest ancestor's (across shadow
 * roots), else the feed's `language`, else English. Only well-formed BCP 47 tags are used.
 */
export function resolveLocale(element: Element, feedLanguage?: string): string {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) {
        const tag = canonical(lang);
        if (tag) return tag;
      }
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
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
