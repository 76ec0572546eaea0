/**
 * Localisation: every element, in every state that shows a message, in every shipped language. The
 * feed's own text is replaced by Greek, so whatever English is left in a French, German or Arabic
 * rendering (visible text, visually-hidden text, aria-label, aria-roledescription) can only be an
 * untranslated message. Dates and times must come from Intl in that language. And the partner
 * override (`window.LecternMessages`) must change a label and add a language without rebuilding.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en as core, msg, type MessageKey } from '../../src/i18n/messages.js';
import enList from '../../src/i18n/en-list.js';
import enCalendar from '../../src/i18n/en-calendar.js';
import { eventFeed, listFeed, mount, NOW, part, parts, richFeed, shadowElements, type MountOptions } from './fixtures.js';
import { media } from '../engine.js';

// Feeds under test are patched loosely, key by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Every English message: the core table, the event list's and the calendar menu's (which join it when their chunks load). */
const en = { ...core, ...enList, ...enCalendar } as Record<MessageKey, string>;

/** Every built-in language (zh-TW: the Traditional table). */
const LANGS = ['fr', 'de', 'ar', 'es', 'ru', 'zh', 'zh-TW', 'ko'] as const;

/** Messages that are the same word in English by nature, per language (anything else must differ). */
const SAME_AS_ENGLISH: Record<string, MessageKey[]> = {
  fr: ['publication', 'isbn'], // "Publication", "ISBN 978-…"
  de: ['online', 'isbn'], // "Online", "ISBN 978-…"
  ar: [],
  es: ['isbn', 'calendarGoogle', 'calendarOutlook'], // "ISBN 978-…", the product name, "Outlook.com (personal)"
  ru: ['isbn'],
  zh: ['isbn'],
  'zh-TW': ['isbn'],
  ko: ['isbn'],
};

/** Feed fields shown as text: replaced with Greek so they cannot look like English messages. */
const TEXT_FIELDS = new Set([
  'title',
  'summary',
  'content_text',
  'kind',
  'name',
  'address',
  'role',
  'job_title',
  'affiliation',
  'bio',
  'label',
  'series',
  'subtitle',
  'publisher',
  'access',
]);

function greek(feed: Json): Json {
  let n = 0;
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string' && key && TEXT_FIELDS.has(key)) {
      n++;
      // Long enough to clamp a biography; a name keeps two words (initials).
      return key === 'bio' || key === 'content_text' ? `Λόγος ${n} ${'κείμενο μακρύ '.repeat(60)}` : `Ωμέγα Λάμδα ${n}`;
    }
    return v;
  };
  return walk(feed) as Json;
}

/** A message as a pattern: its placeholders match anything, and it must stand as whole words. */
function pattern(template: string): RegExp | undefined {
  const literal = template.split(/\{\w+\}/);
  // Letters or symbols (Russian "№"): a template of placeholders and punctuation alone would match anything.
  if (!literal.some((l) => /[\p{L}\p{S}]/u.test(l))) return undefined;
  const body = literal.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}])`, 'u');
}

/** Everything an element says: text (visible or visually hidden) and accessible names and descriptions. */
function said(el: Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent!);
  const attrs = shadowElements(el).flatMap((e) =>
    ['aria-label', 'aria-roledescription', 'aria-description', 'title', 'alt'].map((a) => e.getAttribute(a) ?? ''),
  );
  // Text nodes apart: "Routledge" and "Published …" are neighbours in the tree, not one word.
  return [...texts, ...attrs].join(' ¦ ').replace(/\s+/g, ' ');
}

const ALL = [
  'lectern-event-card reader-time-zone="America/New_York"',
  'lectern-speaker-list',
  'lectern-publication-card',
  'lectern-related-carousel pagination autoplay',
];

interface State {
  name: string;
  options: () => Promise<MountOptions>;
  /** Interactions that reveal more messages; `collect` records the text at that moment. */
  act?: (els: HTMLElement[], collect: () => void) => Promise<void>;
}

const STATES: State[] = [
  {
    name: 'upcoming: every element, menus and toggles',
    options: async () => ({ feed: greek(await richFeed()), elements: ALL, width: '22em' }),
    act: async ([card, speakers, , carousel], collect) => {
      part(card!, 'calendar-button')!.click();
      await waitUntil(() => parts(card!, 'calendar-option').length === 4, 'menu did not open');
      collect();
      await waitUntil(() => part(speakers!, 'bio-toggle'), 'no Read more');
      part(speakers!, 'bio-toggle')!.click();
      await waitUntil(() => part(speakers!, 'bio-toggle')!.getAttribute('aria-expanded') === 'true');
      collect();
      part(carousel!, 'rotation')!.click(); // stop: the button now offers to start
      part(carousel!, 'next')!.click();
      await waitUntil(() => carousel!.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim(), 'no announcement', { timeout: 3000 });
    },
  },
  {
    name: 'a wide carousel (several slides per view)',
    options: async () => ({ feed: greek(await richFeed()), elements: ['lectern-related-carousel'], width: '60em' }),
    act: async ([carousel]) => {
      part(carousel!, 'next')!.click();
      await waitUntil(() => carousel!.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim(), 'no announcement', { timeout: 3000 });
    },
  },
  { name: 'live', options: async () => ({ feed: greek(await richFeed()), now: NOW.live, elements: ['lectern-event-card'] }) },
  { name: 'ended', options: async () => ({ feed: greek(await richFeed()), now: NOW.ended, elements: ['lectern-event-card'] }) },
  ...(['cancelled', 'postponed', 'rescheduled', 'moved-online'] as const).map((status) => ({
    name: status,
    options: async () => ({
      feed: greek(await eventFeed({ status, previous_start: status === 'rescheduled' ? '2026-12-01T18:00' : undefined })),
      elements: ['lectern-event-card'],
    }),
  })),
  { name: 'in person', options: async () => ({ feed: greek(await eventFeed({ attendance: 'in-person' })), elements: ['lectern-event-card'] }) },
  ...(['waitlist', 'full', 'closed', 'invitation'] as const).map((availability) => ({
    name: `registration ${availability}`,
    options: async () => ({
      feed: greek(await eventFeed({ registration: { url: 'https://example.org/r', availability } })),
      elements: ['lectern-event-card'],
    }),
  })),
  {
    name: 'date to be announced',
    options: async () => ({ feed: greek(await eventFeed({ start: undefined, end: undefined })), elements: ['lectern-event-card'] }),
  },
  {
    name: 'event list: both sections, by month, cut, one live',
    options: async () => ({ feed: greek(await listFeed()), now: NOW.live, elements: ['lectern-event-list show="all" group-by="month" max="2"'] }),
  },
  {
    name: 'event list: none upcoming, past offered',
    options: async () => ({ feed: greek(await listFeed()), elements: ['lectern-event-list tag="Books"'] }),
  },
  {
    name: 'event list: no past events',
    options: async () => ({ feed: greek(await listFeed()), elements: ['lectern-event-list show="past" tag="Arctic"'] }),
  },
  { name: 'item not in the feed', options: async () => ({ feed: greek(await richFeed()), item: 'missing', elements: ALL }) },
  {
    name: 'no event in the feed',
    options: async () => {
      const feed = greek(await richFeed());
      feed['items'] = feed['items'].filter((i: Json) => !i._event);
      return { feed, item: '', elements: ['lectern-event-card', 'lectern-speaker-list'] };
    },
  },
  { name: 'broken feed', options: async () => ({ providerSrc: '/api/feed?status=500', elements: ['lectern-event-card'] }) },
];

/** Renders every state in a language and returns what each said. */
async function renderAll(lang: string): Promise<string[]> {
  const out: string[] = [];
  for (const state of STATES) {
    const els = await mount({ ...(await state.options()), lang });
    const collect = () => out.push(...els.map(said));
    await state.act?.(els, collect);
    collect();
  }
  // While loading.
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<lectern-event-card src="/api/feed?delay=2000&key=${Math.random()}"></lectern-event-card>`;
  document.body.append(wrapper);
  const loading = wrapper.firstElementChild!;
  await waitUntil(() => loading.shadowRoot?.querySelector('[part="pending"]'));
  out.push(said(loading));
  wrapper.remove();
  return out;
}

const KEYS = Object.keys(en) as MessageKey[];
let english: string[] = [];
/** The messages the English rendering shows: each must then show, translated, in every language. */
let shown: MessageKey[] = [];

describe('a11y: localisation', () => {
  before(async () => {
    english = await renderAll('en-GB');
    shown = KEYS.filter((k) => english.some((t) => pattern(en[k])!.test(t)));
  });

  it('the English rendering shows every message (the states cover the whole table)', async function () {
    // "Stop rotation" shows only while the carousel may move.
    await media({ reducedMotion: 'no-preference' }, this);
    expect(KEYS.filter((k) => !shown.includes(k))).to.deep.equal([]);
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      let texts: string[] = [];
      before(async () => {
        texts = await renderAll(lang);
      });

      it('no English message is left untranslated', () => {
        const leftover = KEYS.filter((k) => !SAME_AS_ENGLISH[lang]!.includes(k)).flatMap((k) => {
          const hit = texts.find((t) => pattern(en[k])!.test(t));
          return hit ? [`${k} ("${en[k]}") in: …${hit.slice(Math.max(0, hit.search(pattern(en[k])!) - 40), hit.search(pattern(en[k])!) + 60)}…`] : [];
        });
        expect(leftover, leftover.join('\n')).to.deep.equal([]);
      });

      it('every message appears in this language', () => {
        const missing = shown.filter((k) => !texts.some((t) => pattern(msg(lang, k))!.test(t)));
        expect(missing).to.deep.equal([]);
      });

      it('the words that are the same in English are listed on purpose (and really are the same)', () => {
        for (const k of SAME_AS_ENGLISH[lang]!) expect(msg(lang, k), k).to.equal(en[k]);
      });

      it('every key has its own translation (none missing, none left in English), placeholders kept', () => {
        const problems = KEYS.flatMap((k) => {
          const text = msg(lang, k);
          const holes = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
          if (text === en[k] && !SAME_AS_ENGLISH[lang]!.includes(k)) return [`${k}: English ("${text}")`];
          if (holes(text) !== holes(en[k])) return [`${k}: placeholders ${holes(text)} instead of ${holes(en[k])}`];
          return [];
        });
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('every element is axe-clean in this language', async () => {
        const els = await mount({ feed: await listFeed(), elements: [...ALL, 'lectern-event-list show="all" group-by="month"'], lang });
        for (const el of els) await expect(el).to.be.accessible();
      });

      it('dates and times come from Intl in this language', async () => {
        const [card, , book, carousel] = await mount({ feed: greek(await richFeed()), elements: ALL, lang });
        // The month as a date writes it: Russian's genitive ("января", not "январь"), Chinese "1月", Korean "1월".
        const month = (d: number, tz = 'UTC') =>
          new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: tz }).formatToParts(d).find((p) => p.type === 'month')!.value;
        const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'Europe/London' }).format(Date.UTC(2027, 0, 19, 18));
        expect(part(card!, 'when')!.textContent)
          .to.contain(month(Date.UTC(2027, 0, 19), 'Europe/London'))
          .and.to.contain(weekday);
        const readerTime = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' });
        expect(part(card!, 'reader-time')!.textContent).to.contain(readerTime.formatRange(Date.UTC(2027, 0, 19, 18), Date.UTC(2027, 0, 19, 19, 30)));
        expect(part(book!, 'date')!.textContent).to.contain(
          new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2015, 11, 15)),
        );
        expect(
          parts(carousel!, 'date')
            .map((d) => d.textContent)
            .join(' '),
        ).to.match(new RegExp(`${month(Date.UTC(2026, 4, 1))}|${month(Date.UTC(2026, 9, 12))}`));
        expect(part(book!, 'authors')!.textContent!.trim()).to.match(pattern(msg(lang, 'byAuthors'))!);
      });
    });
  }
});

describe('a11y: partner overrides (window.LecternMessages)', () => {
  const w = window as unknown as { LecternMessages?: Record<string, Record<string, string>> };
  afterEach(() => {
    delete w.LecternMessages;
  });

  it('changes a French label and adds Welsh without rebuilding; the rest falls back per message', async () => {
    w.LecternMessages = {
      fr: { register: 'Réserver' },
      cy: { register: 'Cofrestru', addToCalendar: 'Ychwanegu at y calendr', speakersHeading: 'Y panel' },
    };
    const [fr] = await mount({ elements: ['lectern-event-card'], lang: 'fr' });
    expect(part(fr!, 'register')!.textContent).to.contain('Réserver');
    expect(part(fr!, 'calendar-button')!.textContent!.trim(), 'other French labels stay').to.equal(msg('fr', 'addToCalendar'));
    const [cy, list] = await mount({ elements: ['lectern-event-card', 'lectern-speaker-list'], lang: 'cy-GB' });
    expect(part(cy!, 'register')!.textContent).to.contain('Cofrestru');
    expect(part(cy!, 'calendar-button')!.textContent!.trim()).to.equal('Ychwanegu at y calendr');
    expect(part(list!, 'heading')!.textContent!.trim()).to.equal('Y panel');
    expect(part(cy!, 'attendance')!.textContent!.trim(), 'a Welsh message not given: English').to.equal(en.mixed);
  });

  it('an override set after the elements rendered applies at their next render', async () => {
    const [card] = await mount({ elements: ['lectern-event-card'], lang: 'fr' });
    expect(part(card!, 'register')!.textContent).to.contain(msg('fr', 'register'));
    w.LecternMessages = { fr: { register: 'Réserver' } };
    const el = card as unknown as { requestUpdate(): void; updateComplete: Promise<unknown> };
    el.requestUpdate();
    await el.updateComplete;
    expect(part(card!, 'register')!.textContent).to.contain('Réserver');
  });

  it('a regional table (fr-CA) overrides only that region; a broken override is ignored', async () => {
    w.LecternMessages = {
      'fr-CA': { register: 'Inscrivez-vous' },
      de: null as unknown as Record<string, string>,
      ar: { register: 42 as unknown as string },
    };
    const [ca] = await mount({ elements: ['lectern-event-card'], lang: 'fr-CA' });
    const [fr] = await mount({ elements: ['lectern-event-card'], lang: 'fr-FR' });
    const [de] = await mount({ elements: ['lectern-event-card'], lang: 'de' });
    const [ar] = await mount({ elements: ['lectern-event-card'], lang: 'ar' });
    expect(part(ca!, 'register')!.textContent).to.contain('Inscrivez-vous');
    expect(part(fr!, 'register')!.textContent).to.contain(msg('fr', 'register'));
    expect(part(de!, 'register')!.textContent).to.contain(msg('de', 'register'));
    expect(part(ar!, 'register')!.textContent).to.contain(msg('ar', 'register'));
  });
});
