/**
 * Every user-facing string, one table per language. A language is chosen by the page's language
 * (see `resolveLocale`: the element's `lang`, else its ancestors', else the feed's `language`):
 * `fr-CA` uses `fr`, an unknown language uses English. Right-to-left languages (`isRtl`) also get
 * `dir="rtl"` unless the page sets a direction at or inside the element that gives the language.
 *
 * Partner overrides, without rebuilding: set `window.LecternMessages` to tables keyed by language,
 * each with any of the keys of `en` below.
 *
 *   window.LecternMessages = {
 *     fr: { register: 'Réserver' },                       // change one French label
 *     'fr-CA': { register: 'Inscrivez-vous' },            // only for fr-CA
 *     cy: { register: 'Cofrestru', speakersHeading: 'Y panel' }, // add Welsh
 *   };
 *
 * - Lookup, per message: the exact tag (`fr-CA`), then its language (`fr`), then the built-in table,
 *   then an `en` override, then English. A partial table is fine: what it lacks falls back.
 * - Keep the `{placeholders}` of the English value (`"Page {index} of {total}"`).
 * - Elements read the tables when they render: set it before the bundle loads or before the elements
 *   render; afterwards, call `element.requestUpdate()` on the elements to apply it.
 * - Values that are not strings are ignored. Tests: test/a11y/l10n.test.ts.
 */
export const en = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  loadFailedHint: 'Please try again later.',
  notFound: 'This item is not in the feed.',
  noEvent: 'There is no event to show.',
  relatedHeading: 'Related content',
  speakersHeading: 'About the panel',
  dateTba: "Date to be announced",
  yourTime: "{time} your time ({zone})",
  live: "Live now",
  ended: "This event has ended",
  cancelled: "Cancelled",
  postponed: "Postponed",
  rescheduled: "Rescheduled",
  movedOnline: "Moved online",
  previously: "Previously",
  newDateTba: "New date to be announced",
  inPerson: "In person",
  online: "Online",
  mixed: "In person and online",
  register: "Register",
  waitlist: "Join the waitlist",
  full: "Fully booked",
  closed: "Registration closed",
  invitation: "By invitation only",
  joinLive: "Join the live stream",
  watchRecording: "Watch the recording",
  map: "Map",
  addToCalendar: "Add to calendar",
  calendarIcs: "Apple Calendar, Outlook (.ics file)",
  calendarGoogle: "Google Calendar",
  calendarOutlook: "Outlook.com (personal)",
  calendarOffice: "Microsoft 365 (work)",
  opensNewTab: "(opens in a new tab)",
  readMore: "Read more",
  readLess: "Show less",
  byAuthors: "By {names}",
  published: "Published {date}",
  seriesNumber: "{series}, no. {number}",
  excerpt: "Read an excerpt",
  buy: "Buy",
  isbn: "ISBN {isbn}",
  carousel: "carousel",
  slide: "slide",
  slideOf: "{index} of {total}",
  pageOf: "Page {index} of {total}",
  showingOne: "Item {first} of {total}",
  showingRange: "Items {first} to {last} of {total}",
  previous: "Previous",
  next: "Next",
  play: "Start rotation",
  pause: "Stop rotation",
  event: "Event",
  publication: "Publication",
  calendarUpdate: "Update your calendar",
  retry: "Try again",
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
  dateTba: "Date à confirmer",
  yourTime: "{time}, votre heure ({zone})",
  live: "En direct",
  ended: "Cet événement est terminé",
  cancelled: "Annulé",
  postponed: "Reporté",
  rescheduled: "Nouvelle date",
  movedOnline: "Désormais en ligne",
  previously: "Auparavant",
  newDateTba: "Nouvelle date à confirmer",
  inPerson: "En présentiel",
  online: "En ligne",
  mixed: "En présentiel et en ligne",
  register: "S’inscrire",
  waitlist: "Rejoindre la liste d’attente",
  full: "Complet",
  closed: "Inscriptions closes",
  invitation: "Sur invitation uniquement",
  joinLive: "Suivre le direct",
  watchRecording: "Voir l’enregistrement",
  map: "Plan",
  addToCalendar: "Ajouter à l’agenda",
  calendarIcs: "Apple Calendar, Outlook (fichier .ics)",
  calendarGoogle: "Google Agenda",
  calendarOutlook: "Outlook.com (personnel)",
  calendarOffice: "Microsoft 365 (professionnel)",
  opensNewTab: "(s’ouvre dans un nouvel onglet)",
  readMore: "Lire la suite",
  readLess: "Réduire",
  byAuthors: "Par {names}",
  published: "Publié le {date}",
  seriesNumber: "{series}, n° {number}",
  excerpt: "Lire un extrait",
  buy: "Acheter",
  isbn: "ISBN {isbn}",
  carousel: "carrousel",
  slide: "diapositive",
  slideOf: "{index} sur {total}",
  pageOf: "Page {index} sur {total}",
  showingOne: "Élément {first} sur {total}",
  showingRange: "Éléments {first} à {last} sur {total}",
  previous: "Précédent",
  next: "Suivant",
  play: "Lancer le défilement",
  pause: "Arrêter le défilement",
  event: "Événement",
  publication: "Publication",
  calendarUpdate: "Mettre à jour votre agenda",
  retry: "Réessayer",
};

const de: Messages = {
  loading: 'Wird geladen …',
  loadFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  loadFailedHint: 'Bitte versuchen Sie es später erneut.',
  notFound: 'Dieser Eintrag ist nicht im Feed.',
  noEvent: 'Keine Veranstaltung vorhanden.',
  relatedHeading: 'Verwandte Inhalte',
  speakersHeading: 'Das Podium',
  dateTba: "Termin wird noch bekannt gegeben",
  yourTime: "{time} Ihre Zeit ({zone})",
  live: "Jetzt live",
  ended: "Diese Veranstaltung ist beendet",
  cancelled: "Abgesagt",
  postponed: "Verschoben",
  rescheduled: "Neuer Termin",
  movedOnline: "Jetzt online",
  previously: "Bisher",
  newDateTba: "Neuer Termin wird noch bekannt gegeben",
  inPerson: "Vor Ort",
  online: "Online",
  mixed: "Vor Ort und online",
  register: "Anmelden",
  waitlist: "Auf die Warteliste",
  full: "Ausgebucht",
  closed: "Anmeldung geschlossen",
  invitation: "Nur auf Einladung",
  joinLive: "Zum Livestream",
  watchRecording: "Aufzeichnung ansehen",
  map: "Karte",
  addToCalendar: "Zum Kalender hinzufügen",
  calendarIcs: "Apple Kalender, Outlook (.ics-Datei)",
  calendarGoogle: "Google Kalender",
  calendarOutlook: "Outlook.com (privat)",
  calendarOffice: "Microsoft 365 (geschäftlich)",
  opensNewTab: "(öffnet in neuem Tab)",
  readMore: "Weiterlesen",
  readLess: "Weniger anzeigen",
  byAuthors: "Von {names}",
  published: "Erschienen am {date}",
  seriesNumber: "{series}, Nr. {number}",
  excerpt: "Leseprobe",
  buy: "Kaufen",
  isbn: "ISBN {isbn}",
  carousel: "Karussell",
  slide: "Folie",
  slideOf: "{index} von {total}",
  pageOf: "Seite {index} von {total}",
  showingOne: "Eintrag {first} von {total}",
  showingRange: "Einträge {first} bis {last} von {total}",
  previous: "Zurück",
  next: "Weiter",
  play: "Automatisch blättern",
  pause: "Blättern anhalten",
  event: "Veranstaltung",
  publication: "Publikation",
  calendarUpdate: "Kalender aktualisieren",
  retry: "Erneut versuchen",
};

const ar: Messages = {
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذا المحتوى.',
  loadFailedHint: 'يُرجى المحاولة لاحقًا.',
  notFound: 'هذا العنصر غير موجود في الموجز.',
  noEvent: 'لا توجد فعالية لعرضها.',
  relatedHeading: 'محتوى ذو صلة',
  speakersHeading: 'المتحدثون',
  dateTba: "سيُعلن الموعد لاحقًا",
  yourTime: "{time} بتوقيتك ({zone})",
  live: "مباشر الآن",
  ended: "انتهت هذه الفعالية",
  cancelled: "أُلغيت",
  postponed: "أُجّلت",
  rescheduled: "موعد جديد",
  movedOnline: "نُقلت إلى الإنترنت",
  previously: "سابقًا",
  newDateTba: "سيُعلن الموعد الجديد لاحقًا",
  inPerson: "حضوريًا",
  online: "عبر الإنترنت",
  mixed: "حضوريًا وعبر الإنترنت",
  register: "سجّل",
  waitlist: "انضم إلى قائمة الانتظار",
  full: "اكتمل العدد",
  closed: "أُغلق التسجيل",
  invitation: "بدعوة فقط",
  joinLive: "شاهد البث المباشر",
  watchRecording: "شاهد التسجيل",
  map: "الخريطة",
  addToCalendar: "أضف إلى التقويم",
  calendarIcs: "تقويم Apple أو Outlook (ملف ‎.ics)",
  calendarGoogle: "تقويم Google",
  calendarOutlook: "Outlook.com (شخصي)",
  calendarOffice: "Microsoft 365 (للعمل)",
  opensNewTab: "(يُفتح في علامة تبويب جديدة)",
  readMore: "اقرأ المزيد",
  readLess: "عرض أقل",
  byAuthors: "تأليف {names}",
  published: "نُشر في {date}",
  seriesNumber: "{series}، رقم {number}",
  excerpt: "اقرأ مقتطفًا",
  buy: "شراء",
  isbn: "ردمك {isbn}",
  carousel: "عرض دوّار",
  slide: "شريحة",
  slideOf: "{index} من {total}",
  pageOf: "الصفحة {index} من {total}",
  showingOne: "العنصر {first} من {total}",
  showingRange: "العناصر {first} إلى {last} من {total}",
  previous: "السابق",
  next: "التالي",
  play: "بدء التدوير",
  pause: "إيقاف التدوير",
  event: "فعالية",
  publication: "منشور",
  calendarUpdate: "حدّث تقويمك",
  retry: "أعد المحاولة",
};

const builtIn: Record<string, Messages> = { en, fr, de, ar };

type Overrides = Record<string, Partial<Messages> | undefined>;

/** The message for `key` in `locale`: partner override, then built-in language, then English. */
export function msg(locale: string, key: MessageKey): string {
  const overrides = (globalThis as { LecternMessages?: Overrides }).LecternMessages;
  const tag = locale.toLowerCase();
  const lang = tag.split('-')[0]!;
  return (
    (overrides && (own(overrides[locale], key) ?? own(overrides[tag], key) ?? own(overrides[lang], key))) ??
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

/** Fills `{name}` placeholders in a message. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
