/** Registers <lectern-publication-card>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternPublicationCard } from '../elements/publication-card/publication-card.js';

define({ 'lectern-publication-card': LecternPublicationCard });

export { LecternPublicationCard };
