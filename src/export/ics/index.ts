export { buildCalendar, PRODID, type CalendarAlarm, type CalendarEvent } from './calendar';
export { calendarFileName, caseCalendar, caseCalendarEvents, type CaseCalendarOptions } from './case-calendar';
export { escapeText, foldLine, icsDate, icsUtc, joinLines } from './ics-text';
export { wordDeadline, wordOutlook, type WordedDeadline, type WordedOutlook, type WordedStep } from './outlook';
export { formatValues, monthName, word } from '../../i18n/rule-wording';
