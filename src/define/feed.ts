/** Registers <lectern-feed>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternFeed } from '../elements/feed/feed.js';

define({ 'lectern-feed': LecternFeed });

export { LecternFeed };
