/** Registers <lectern-related-carousel>. Importing this module is the side effect. */
import { define } from '../elements/internal/define.js';
import { LecternRelatedCarousel } from '../elements/related-carousel/related-carousel.js';

define({ 'lectern-related-carousel': LecternRelatedCarousel });

export { LecternRelatedCarousel };
