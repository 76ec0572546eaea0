/** Registers <lectern-event-list>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternEventList } from '../elements/event-list/event-list.js';

define({ 'lectern-event-list': LecternEventList });

export { LecternEventList };
