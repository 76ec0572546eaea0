/**
 * The calendar menu's English messages. Only the menu's chunk (src/elements/event-card/calendar-popup.ts)
 * imports them, so they travel with it and join the English table (`en` in messages.ts) when it loads;
 * the other languages' tables carry these keys like any other.
 */
const enCalendar = {
  calendarIcs: 'Apple Calendar, Outlook (.ics file)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com (personal)',
  calendarOffice: 'Microsoft 365 (work)',
};
export default enCalendar;
export type CalendarMessages = typeof enCalendar;
