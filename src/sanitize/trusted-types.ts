/// <reference types="trusted-types" />
/**
 * Trusted Types policies that no other script can use.
 *
 * A partner page may send `Content-Security-Policy: require-trusted-types-for 'script'; trusted-types
 * <names>`. Then every HTML and script sink needs a value made by an allowed, named policy. A policy
 * that passes any string through would let any script on the page defeat that CSP with Lectern's name,
 * so each of Lectern's policies:
 *
 * - lives in this module's scope only (no global registry: a page script that wraps
 *   `trustedTypes.createPolicy` to capture it gains nothing, see below);
 * - has the one method its sink needs (`createHTML` or `createScript`), no `createScriptURL`;
 * - accepts only the exact string Lectern is passing to that sink at that moment (`trusted()` sets it
 *   for the length of one synchronous call) and throws for anything else.
 *
 * Each copy of Lectern on a page creates its own policies, so a page with two copies needs
 * `'allow-duplicates'` in its `trusted-types` directive (as Lit's own `lit-html` policy does); without
 * it the second copy's policies are refused and it degrades (rich text as text, no JSON-LD).
 */

type Method = 'createHTML' | 'createScript';

/** The value each policy will accept during the current `trusted()` call; nothing otherwise. */
let expected: string | undefined;
const policies = new Map<string, TrustedTypePolicy | undefined>();

/**
 * `value` made trusted by Lectern's policy `name` (created on first use), for the sink `method` feeds.
 * `value` itself when the browser has no Trusted Types (strings are accepted); `undefined` when the
 * page's CSP refuses the name (the caller then leaves the sink alone and degrades, so the page sees no
 * further violation).
 */
export function trusted(name: string, method: Method, value: string): TrustedHTML | TrustedScript | string | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return value;
  if (!policies.has(name)) {
    let policy: TrustedTypePolicy | undefined;
    try {
      policy = factory.createPolicy(name, {
        [method]: (s: string) => {
          if (s !== expected) throw new TypeError(name); // not what Lectern is writing now
          return s;
        },
      }) as TrustedTypePolicy;
    } catch {
      // Refused by the page's CSP: `undefined` below.
    }
    policies.set(name, policy);
  }
  const policy = policies.get(name);
  if (!policy) return undefined;
  expected = value;
  try {
    return (policy[method] as (s: string) => TrustedHTML | TrustedScript)(value);
  } finally {
    expected = undefined;
  }
}
