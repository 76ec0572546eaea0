/// <reference types="trusted-types" />
/**
 * Trusted Types policies, created once per page.
 *
 * A partner page may send `Content-Security-Policy: require-trusted-types-for 'script'; trusted-types
 * <names>`. Then every HTML sink (DOMParser, innerHTML, …) needs a TrustedHTML made by an allowed,
 * named policy, and `trustedTypes.createPolicy` throws when the name is not on the list, or when the
 * name already exists and the CSP lacks `'allow-duplicates'` (angular #57394, DOMPurify #1125). Two
 * copies of Lectern on one page (an embed plus an npm build, or two embeds) would hit the second case,
 * so created policies live in a page-wide map under a registered symbol, shared by every copy.
 *
 * Policies are keyed by name only: every copy that uses a name must pass equivalent rules (the key
 * carries a version for the day that stops being true).
 */

const REGISTRY_KEY = Symbol.for('lectern.trusted-types.v1');

type PolicyRules = Pick<TrustedTypePolicyOptions, 'createHTML' | 'createScriptURL' | 'createScript'>;

function registry(): Map<string, TrustedTypePolicy> {
  const g = globalThis as unknown as Record<symbol, unknown>;
  let map = g[REGISTRY_KEY];
  if (!(map instanceof Map)) {
    map = new Map<string, TrustedTypePolicy>();
    // Non-enumerable and fixed: a second copy finds it, casual page code iterating `window` doesn't.
    try {
      Object.defineProperty(g, REGISTRY_KEY, { value: map, configurable: false, enumerable: false, writable: false });
    } catch {
      // A frozen or hostile global: work with a private map (a duplicate policy then fails soft below).
    }
  }
  return map as Map<string, TrustedTypePolicy>;
}

/**
 * The policy called `name`, created on first use and shared by every Lectern copy on the page.
 * `undefined` when the browser has no Trusted Types (nothing to do: strings are accepted) or when the
 * page's CSP refuses the name (the caller degrades; nothing throws).
 */
export function lecternPolicy(name: string, rules: PolicyRules): TrustedTypePolicy | undefined {
  const factory = typeof window === 'undefined' ? undefined : window.trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return undefined;
  const map = registry();
  const existing = map.get(name);
  if (existing) return existing;
  try {
    const policy = factory.createPolicy(name, rules);
    map.set(name, policy);
    return policy;
  } catch {
    return undefined;
  }
}
