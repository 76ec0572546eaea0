import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LecternSpeakerList } from '../../src/index.js';
import { feedUrl, parts, settled, text, uniqueKey } from '../helpers.js';

type Json = Record<string, unknown>;

const LONG_BIO = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of a long biography that goes on for a while.`).join(' ');

function feed(speakers: Json[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Events',
    items: [{ id: 'e', title: 'Event', content_text: 'x', _event: { start: '2030-01-01T10:00', time_zone: 'Europe/London', speakers } }],
  });
}

/** A speaker list inside a <lectern-feed> with an inline feed, in a container of the given width. */
async function list(speakers: Json[], attrs = '', width = '50em'): Promise<LecternSpeakerList> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  wrapper.style.inlineSize = width;
  const provider = document.createElement('lectern-feed');
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = feed(speakers);
  const template = document.createElement('template');
  template.innerHTML = `<lectern-speaker-list ${attrs}></lectern-speaker-list>`;
  provider.append(script, template.content);
  wrapper.append(provider);
  const el = wrapper.querySelector('lectern-speaker-list') as LecternSpeakerList;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'list did not render');
  await el.updateComplete;
  return el;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const ANDREA = {
  name: 'Andrea Berger',
  role: 'Author',
  job_title: 'Deputy Director, Proliferation and Nuclear Policy',
  affiliation: 'RUSI',
  bio: LONG_BIO,
  avatar: '/demo/feeds/missing-portrait.jpg',
  avatar_alt: 'Andrea Berger, smiling',
  url: 'https://rusi.org/people/berger',
};
const HUGH = { name: 'Hugh Griffiths', role: 'Speaker', job_title: 'Coordinator, UN Panel of Experts', bio: 'Short bio.' };

describe('<lectern-speaker-list>', () => {
  it('lists the seed panel from the sample feed, in feed order, under "About the panel"', async () => {
    const wrapper = await fixture(html`<div lang="en-GB">
      <lectern-feed src=${feedUrl({ key: uniqueKey('speakers') })} item="https://rusi.org/events/target-markets">
        <lectern-speaker-list></lectern-speaker-list>
      </lectern-feed>
    </div>`);
    const el = wrapper.querySelector('lectern-speaker-list')!;
    await settled(el);
    expect(clean(parts(el, 'heading')[0]!.textContent)).to.equal('About the panel');
    expect(parts(el, 'name').map((n) => clean(n.textContent))).to.deep.equal(['Andrea Berger', 'Hugh Griffiths']);
    expect(el.shadowRoot!.querySelector('h2 ~ ul h3')).to.exist;
    expect(text(el)).to.contain('Deputy Director of the Proliferation and Nuclear Policy programme');
    await expect(el).to.be.accessible();
  });

  it('shows name (linked), role, job title and affiliation, portrait and bio', async () => {
    const el = await list([{ ...ANDREA, avatar: undefined }, HUGH]);
    const [andrea] = parts(el, 'speaker');
    expect(andrea!.querySelector<HTMLAnchorElement>('[part="name-link"]')!.href).to.equal('https://rusi.org/people/berger');
    expect(clean(andrea!.querySelector('[part="role"]')!.textContent)).to.equal('Author');
    expect(clean(andrea!.querySelector('[part="position"]')!.textContent)).to.equal('Deputy Director, Proliferation and Nuclear Policy, RUSI');
    expect(andrea!.querySelector('[part="bio"]')!.textContent).to.contain('Sentence 12');
    await expect(el).to.be.accessible();
  });

  it('shows initials when there is no portrait, and when the portrait fails to load', async () => {
    const el = await list([ANDREA, { ...HUGH, avatar: undefined }]);
    await waitUntil(() => parts(el, 'initials').length === 2, 'broken portrait did not fall back to initials', { timeout: 4000 });
    expect(parts(el, 'initials').map((i) => i.textContent)).to.deep.equal(['AB', 'HG']);
    expect(parts(el, 'initials').every((i) => i.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('gives a portrait a fixed size, lazy loading and its alt text', async () => {
    const el = await list([{ ...ANDREA, avatar: '/test/fixtures/portrait.png' }]);
    const img = el.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'portrait did not load');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('Andrea Berger, smiling');
    // The 8 px image is shown at the portrait size: the layout never waits for the image.
    expect(img.getBoundingClientRect().width).to.equal(72);
    expect(parts(el, 'initials')).to.have.length(0);
  });

  it('clamps a long bio behind a "Read more" disclosure that works by keyboard, with the full text in the DOM', async () => {
    const el = await list([ANDREA, HUGH]);
    await waitUntil(() => parts(el, 'bio-toggle').length === 1, 'no Read more button');
    const [toggle] = parts(el, 'bio-toggle') as HTMLButtonElement[];
    const bio = el.shadowRoot!.getElementById(toggle!.getAttribute('aria-controls')!)!;
    expect(bio.textContent).to.contain('Sentence 12');
    expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
    expect(clean(toggle!.textContent)).to.equal('Read more: Andrea Berger');
    const clamped = bio.getBoundingClientRect().height;
    toggle!.focus();
    await sendKeys({ press: 'Enter' });
    // The key's click may land after sendKeys resolves (Firefox): wait for it, not for one update.
    await waitUntil(() => toggle!.getAttribute('aria-expanded') === 'true', 'Enter did not open the bio');
    await el.updateComplete;
    expect(clean(toggle!.textContent)).to.equal('Show less: Andrea Berger');
    expect(bio.getBoundingClientRect().height).to.be.greaterThan(clamped);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: ' ' });
    await waitUntil(() => toggle!.getAttribute('aria-expanded') === 'false', 'Space did not close the bio');
    // A short bio needs no button.
    expect(parts(el, 'speaker')[1]!.querySelector('[part="bio-toggle"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders bio_html through the sanitiser', async () => {
    const el = await list([
      {
        name: 'A',
        bio_html: '<p>Works at <a href="https://x.example">X</a><img src=x onerror="window.__pwned=1"></p><script>window.__pwned=1</script>',
      },
    ]);
    await waitUntil(() => parts(el, 'bio')[0]?.querySelector('a'), 'rich bio did not render');
    const bio = parts(el, 'bio')[0]!;
    expect(bio.querySelector('img, script')).to.equal(null);
    expect(bio.querySelector('a')!.rel).to.equal('noopener noreferrer nofollow');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders hostile text in every field as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await list([
      {
        name: evil,
        role: evil,
        job_title: evil,
        affiliation: evil,
        bio: evil,
        avatar_alt: evil,
        url: 'javascript:window.__pwned=1',
        avatar: ' javascript:1',
      },
    ]);
    expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(text(el)).to.contain('<script>window.__pwned=1</script>');
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect([...node.attributes].some((a) => a.name.startsWith('on'))).to.equal(false);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('leaves out what a speaker does not have: no empty role, position or bio', async () => {
    const el = await list([{ name: 'Only A Name' }]);
    const [speaker] = parts(el, 'speaker');
    expect(speaker!.querySelector('[part="role"], [part="position"], [part="bio"], [part="bio-toggle"]')).to.equal(null);
    expect(clean(speaker!.textContent)).to.equal('ON Only A Name');
    await expect(el).to.be.accessible();
  });

  it('takes its heading from the attribute, a slot, or none', async () => {
    const custom = await list([HUGH], 'heading="Speakers"');
    expect(clean(parts(custom, 'heading')[0]!.textContent)).to.equal('Speakers');
    const none = await list([HUGH], 'heading=""');
    expect(parts(none, 'heading')).to.have.length(0);
    expect(none.shadowRoot!.querySelector('h3')).to.exist;
    const slotted = await list([HUGH], 'heading="x"');
    const span = document.createElement('span');
    span.slot = 'heading';
    span.textContent = 'Our <em>distinguished</em> panel';
    slotted.append(span);
    await slotted.updateComplete;
    const slot = parts(slotted, 'heading')[0]!.querySelector('slot')!;
    expect(slot.assignedNodes()).to.deep.equal([span]);
  });

  it('puts the heading at heading-level and names one level below', async () => {
    const el = await list([HUGH], 'heading-level="3"');
    expect(el.shadowRoot!.querySelector('h3[part="heading"]')).to.exist;
    expect(el.shadowRoot!.querySelector('h4[part~="name"]')).to.exist;
  });

  it('groups by role with group-by-role, the chair first', async () => {
    const el = await list(
      [
        { name: 'S1', role: 'Speaker' },
        { name: 'A1', role: 'Author' },
        { name: 'C1', role: 'Chair' },
        { name: 'S2', role: 'speaker' },
        { name: 'N1' },
      ],
      'group-by-role',
    );
    expect(parts(el, 'group-heading').map((h) => h.textContent)).to.deep.equal(['Chair', 'Speaker', 'Author']);
    expect(parts(el, 'group').map((g) => [...g.querySelectorAll('[part~="name"]')].map((n) => n.textContent))).to.deep.equal([
      ['C1'],
      ['S1', 'S2'],
      ['A1'],
    ]);
    expect(parts(el, 'name').map((n) => n.textContent)).to.include('N1');
    await expect(el).to.be.accessible();
  });

  it('adapts to its container, not the viewport: side by side when wide, stacked when narrow', async () => {
    const wide = await list([{ ...HUGH, avatar: undefined }], '', '50em');
    const narrow = await list([{ ...HUGH, avatar: undefined }], '', '15em');
    const layout = (el: LecternSpeakerList) => {
      const portrait = parts(el, 'initials')[0]!.getBoundingClientRect();
      const name = parts(el, 'name')[0]!.getBoundingClientRect();
      return name.left > portrait.right - 1 ? 'side' : name.top >= portrait.bottom - 1 ? 'stacked' : 'other';
    };
    expect(layout(wide)).to.equal('side');
    expect(layout(narrow)).to.equal('stacked');
  });

  it('lays out as cards with layout="grid", and names and roles only with layout="compact"', async () => {
    const grid = await list([ANDREA, HUGH, { name: 'Third' }], 'layout="grid"', '60em');
    const [a, b] = parts(grid, 'speaker').map((s) => s.getBoundingClientRect());
    expect(Math.round(a!.top)).to.equal(Math.round(b!.top));
    await expect(grid).to.be.accessible();
    const compact = await list([ANDREA, HUGH], 'layout="compact"');
    expect(parts(compact, 'bio')).to.have.length(0);
    expect(parts(compact, 'portrait').length + parts(compact, 'initials').length).to.equal(0);
    expect(parts(compact, 'role').map((r) => r.textContent)).to.deep.equal(['Author', 'Speaker']);
    await expect(compact).to.be.accessible();
  });

  it('renders 200 speakers, keyed, with lazy portraits', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ name: `Speaker ${i}`, role: 'Speaker', avatar: `/img/${i}.jpg`, bio: LONG_BIO }));
    const el = await list(many);
    expect(parts(el, 'speaker')).to.have.length(200);
    const imgs = [...el.shadowRoot!.querySelectorAll('img')];
    expect(imgs.every((i) => i.loading === 'lazy')).to.equal(true);
    // Keyed: the node for a speaker survives a re-render.
    const first = parts(el, 'speaker')[0];
    el.requestUpdate();
    await el.updateComplete;
    expect(parts(el, 'speaker')[0]).to.equal(first);
  });
});
