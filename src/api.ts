/**
 * The API both entries share (src/index.ts for npm, src/bundle.ts for dist/lectern.js), and
 * `defineAll`, which registers every element with one guarded call (so a second copy on the page
 * warns once, not five times). No side effects here: each entry decides when to register.
 */
import { define } from './elements/internal/define.js';
import { LecternFeed } from './elements/feed/feed.js';
import { LecternEventCard } from './elements/event-card/event-card.js';
import { LecternSpeakerList } from './elements/speaker-list/speaker-list.js';
import { LecternPublicationCard } from './elements/publication-card/publication-card.js';
import { LecternRelatedCarousel } from './elements/related-carousel/related-carousel.js';
import { LecternEventList } from './elements/event-list/event-list.js';

/** Registers every Lectern element (guarded: tags already taken are left alone, with one warning). */
export function defineAll(): void {
  define({
    'lectern-feed': LecternFeed,
    'lectern-event-card': LecternEventCard,
    'lectern-speaker-list': LecternSpeakerList,
    'lectern-publication-card': LecternPublicationCard,
    'lectern-related-carousel': LecternRelatedCarousel,
    'lectern-event-list': LecternEventList,
  });
}

export { LecternFeed, LecternEventCard, LecternSpeakerList, LecternPublicationCard, LecternRelatedCarousel, LecternEventList };
export type { FeedState, FeedErrorInfo } from './elements/internal/context.js';
export type { LecternLoadDetail, LecternErrorDetail } from './elements/internal/events.js';
export type { Feed, FeedItem, LecternEvent, Book, Speaker, FeedErrorKind } from './feed/index.js';
export { validateFeed } from './feed/validate.js';
export { safeUrl } from './feed/url.js';
