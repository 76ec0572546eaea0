// The large benchmark feed, shared by scripts/bench.mjs and scripts/bench-ssr.mjs: one event with 200
// speakers and 1,000 related items, from the seed feed.
import { readFileSync } from 'node:fs';

export function largeFeed() {
  const seed = JSON.parse(readFileSync('demo/feeds/events.json', 'utf8'));
  const event = structuredClone(seed.items[0]);
  const speakers = Array.from({ length: 200 }, (_, i) => ({
    name: `Speaker ${i + 1}`,
    role: i === 0 ? 'Chair' : 'Speaker',
    job_title: 'Senior Research Fellow',
    affiliation: 'RUSI',
    bio: `Biography of speaker ${i + 1}. `.repeat(12),
    avatar: `/bench/portrait-${i % 10}.png`,
  }));
  const related = Array.from({ length: 1000 }, (_, i) => ({
    id: `https://example.org/related/${i + 1}`,
    url: `https://example.org/related/${i + 1}`,
    title: `Related item ${i + 1}`,
    summary: `A related item, number ${i + 1}, with a summary long enough to need clamping on a slide.`,
    content_text: 'x',
    date_published: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    tags: ['Commentary'],
  }));
  event._event.speakers = speakers;
  event._event.related = related.map((r) => r.id);
  return { ...seed, items: [event, ...related] };
}
