/**
 * The built-in tables other than English, and which one a page language reads: a chunk of its own,
 * fetched by a page in one of these languages (messages.ts, `loadMessages`), which then fetches its
 * table, itself a chunk. lectern.js holds one import for all of them, so a language costs it nothing.
 */
import type { Messages } from './messages.js';

const tables: Record<string, () => Promise<{ default: Messages }>> = {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
  'zh-hant': () => import('./zh-Hant.js'),
  ko: () => import('./ko.js'),
};

/**
 * The table for a lower-case language tag: its language's, and for Chinese its script's (Traditional
 * for zh-Hant, zh-TW, zh-HK and zh-MO; Simplified for zh, zh-CN, zh-SG and zh-Hans). Rejects when the
 * language has none (lectern.js asks only for the languages it knows are built in).
 */
export async function tableFor(tag: string): Promise<Messages> {
  const lang = tag.split('-')[0]!;
  const key = lang === 'zh' && /-(hant|tw|hk|mo)\b/.test(tag) && !/-hans\b/.test(tag) ? 'zh-hant' : lang;
  const table = tables[key];
  if (!table) throw new Error(`no built-in table for ${tag}`);
  return (await table()).default;
}
