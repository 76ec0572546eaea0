/**
 * Windows high contrast (`forced-colors: active`): the browser replaces every colour with a few
 * system colours and drops backgrounds, so anything drawn only with a background (a badge, a filled
 * dot, a button) must also have a border. Checked on the computed (forced) colours.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { backgroundOf, contrast, eventFeed, label, mount, NOW, part, parts, scheme, systemColor, textContrast, textElements } from './fixtures.js';

/** The border of an element (or its pseudo-element) as drawn against what is behind it. */
function borderProblem(e: HTMLElement, pseudo?: string): string | undefined {
  const s = getComputedStyle(e, pseudo);
  const width = Math.min(...['Top', 'Right', 'Bottom', 'Left'].map((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`))));
  if (!(width >= 1) || s.borderTopStyle === 'none') return `${label(e)}${pseudo ?? ''}: no border (${s.borderTopWidth} ${s.borderTopStyle})`;
  const ratio = contrast(s.borderTopColor, backgroundOf(e, false));
  return ratio < 3 ? `${label(e)}${pseudo ?? ''}: border ${s.borderTopColor} is ${ratio}:1` : undefined;
}

describe('a11y: forced colours (Windows high contrast)', () => {
  before(async function () {
    await scheme('forced', this);
  });
  after(async () => {
    await scheme('light');
  });

  it('emulation is real: system colours replace the tokens', async () => {
    const [card] = await mount({ elements: ['lectern-event-card'] });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    // The accent-filled button has lost its fill: forced colours are in effect on our parts.
    expect(getComputedStyle(part(card!, 'register')!).backgroundColor).to.not.equal('rgb(140, 29, 64)');
  });

  it('buttons, button-like links and badges keep a visible border; all text stays readable', async () => {
    const els = [
      ...(await mount({
        elements: ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel pagination autoplay'],
      })),
      ...(await mount({ now: NOW.live, elements: ['lectern-event-card'] })),
      ...(await mount({ feed: await eventFeed({ status: 'cancelled' }), elements: ['lectern-event-card'] })),
      ...(await mount({ feed: await eventFeed({ registration: { availability: 'closed' } }), elements: ['lectern-event-card'] })),
    ];
    const problems: string[] = [];
    const boxed = els.flatMap((el) => [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('.button, .control, .retry, [part~="status"], [part~="role"]'),
    ]);
    expect(boxed.length).to.be.above(12);
    for (const e of boxed) {
      const p = borderProblem(e);
      if (p) problems.push(p);
    }
    for (const el of els) {
      for (const e of textElements(el)) {
        // Text of an unavailable control is exempt (WCAG 1.4.3: "part of an inactive user interface
        // component"); it is in GrayText, which the next test checks. Firefox's palette makes that 4.27:1.
        if (e.closest('[aria-disabled="true"]')) continue;
        const ratio = textContrast(e);
        if (ratio < 4.5) problems.push(`${label(e)}: text ${ratio}:1`);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('carousel page dots keep their outline, and the current one stays filled', async () => {
    const [carousel] = await mount({ elements: ['lectern-related-carousel pagination'], width: '30em' });
    const dots = parts(carousel!, 'page');
    expect(dots.length).to.be.above(1);
    const problems = dots.map((d) => borderProblem(d, '::before')).filter(Boolean);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    const fill = (d: HTMLElement) => contrast(getComputedStyle(d, '::before').backgroundColor, backgroundOf(d));
    const current = dots.find((d) => d.getAttribute('aria-current') === 'true')!;
    expect(fill(current), 'current dot filled').to.be.at.least(3);
    for (const d of dots.filter((x) => x !== current)) expect(fill(d), 'other dots hollow').to.be.below(1.5);
  });

  it('the calendar menu has a visible edge and readable items', async () => {
    const [card] = await mount({ elements: ['lectern-event-card'] });
    part(card!, 'calendar-button')!.click();
    await waitUntil(() => parts(card!, 'calendar-option').length === 4, 'menu did not open');
    const menu = part(card!, 'calendar-menu')!;
    expect(borderProblem(menu)).to.be.undefined;
    for (const option of parts(card!, 'calendar-option')) expect(textContrast(option), label(option)).to.be.at.least(4.5);
  });

  it('disabled-looking controls use GrayText, not a colour that vanishes', async () => {
    const [card] = await mount({ feed: await eventFeed({ registration: { availability: 'full' } }), elements: ['lectern-event-card'] });
    const [carousel] = await mount({ elements: ['lectern-related-carousel'] });
    const gray = systemColor('GrayText');
    expect(getComputedStyle(part(card!, 'register')!).color).to.equal(gray);
    const previous = part(carousel!, 'previous')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(previous).color).to.equal(gray);
  });
});
