/** Registers <lectern-speaker-list>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternSpeakerList } from '../elements/speaker-list/speaker-list.js';

define({ 'lectern-speaker-list': LecternSpeakerList });

export { LecternSpeakerList };
