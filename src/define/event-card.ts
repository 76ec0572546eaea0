/** Registers <lectern-event-card>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternEventCard } from '../elements/event-card/event-card.js';

define({ 'lectern-event-card': LecternEventCard });

export { LecternEventCard };
