/**
 * The event list's English messages. Only the list's view (src/elements/event-list/event-list-view.ts)
 * imports them, so they travel in its chunk and join the English table (`en` in messages.ts) when it
 * loads; the other languages' tables carry these keys like any other.
 */
const enList = {
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  noUpcoming: 'No upcoming events',
  noPast: 'No past events',
  showPast: 'Show past events',
  moreEvents: 'More events',
};
export default enList;
export type ListMessages = typeof enList;
