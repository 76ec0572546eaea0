/**
 * Every user-facing string, one table per language. A language is chosen by the page's language
 * (see `resolveLocale`): `fr-CA` uses `fr`, an unknown language uses English.
 *
 * Partners can override any string or add a language without rebuilding:
 * `window.LecternMessages = { fr: { loading: 'Chargement…' }, cy: { … } }` before or after the bundle
 * loads (elements read the override at render time).
 */
export const en = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  loadFailedHint: 'Please try again later.',
  notFound: 'This item is not in the feed.',
  noEvent: 'There is no event to show.',
  relatedHeading: 'Related content',
  speakersHeading: 'About the panel',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const fr: Messages = {
  loading: 'Chargement…',
  loadFailed: 'Ce contenu n’a pas pu être chargé.',
  loadFailedHint: 'Veuillez réessayer plus tard.',
  notFound: 'Cet élément ne figure pas dans le flux.',
  noEvent: 'Aucun événement à afficher.',
  relatedHeading: 'Contenus associés',
  speakersHeading: 'Les intervenants',
};

const de: Messages = {
  loading: 'Wird geladen …',
  loadFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  loadFailedHint: 'Bitte versuchen Sie es später erneut.',
  notFound: 'Dieser Eintrag ist nicht im Feed.',
  noEvent: 'Keine Veranstaltung vorhanden.',
  relatedHeading: 'Verwandte Inhalte',
  speakersHeading: 'Das Podium',
};

const ar: Messages = {
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذا المحتوى.',
  loadFailedHint: 'يُرجى المحاولة لاحقًا.',
  notFound: 'هذا العنصر غير موجود في الموجز.',
  noEvent: 'لا توجد فعالية لعرضها.',
  relatedHeading: 'محتوى ذو صلة',
  speakersHeading: 'المتحدثون',
};

const builtIn: Record<string, Messages> = { en, fr, de, ar };

type Overrides = Record<string, Partial<Messages> | undefined>;

/** The message for `key` in `locale`: partner override, then built-in language, then English. */
export function msg(locale: string, key: MessageKey): string {
  const overrides = (globalThis as { LecternMessages?: Overrides }).LecternMessages;
  const tag = locale.toLowerCase();
  const lang = tag.split('-')[0]!;
  return (
    (overrides && (own(overrides[tag], key) ?? own(overrides[lang], key))) ??
    own(builtIn[lang], key) ??
    (overrides && own(overrides['en'], key)) ??
    en[key]
  );
}

function own(table: Partial<Messages> | undefined, key: MessageKey): string | undefined {
  if (!table || typeof table !== 'object' || !Object.hasOwn(table, key)) return undefined;
  const value = table[key];
  return typeof value === 'string' ? value : undefined;
}

/** Languages written right to left, for `dir` when the page does not set one. */
export function isRtl(locale: string): boolean {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb)\b/i.test(locale);
}
