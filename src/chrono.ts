import { Chrono, configuration } from 'chrono-node/en';

/**
 * chrono's English casual parser (the English locale alone: loading every locale costs the CLI's
 * start) without the readers of things that are not dates: lengths of time ("within two weeks",
 * "for three days", which extractDates throws away as durations) and machine timestamps
 * ("2025-11-28T10:00Z"; the year-month-day reader still reads their date).
 */
const NOT_FOR_NEWS = new Set(['ENTimeUnitWithinFormatParser', 'ISOFormatParser']);

const casual = configuration.createCasualConfiguration(false);
export const newsChrono = new Chrono({
  parsers: casual.parsers.filter((p) => !NOT_FOR_NEWS.has(p.constructor.name)),
  refiners: casual.refiners,
});

/** The number words chrono reads before a unit ("a few days", "two hrs"). */
const NUMBER_WORD = String.raw`(?:an?|the|few|several|couple|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY = String.raw`sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?`;

/**
 * What every result chrono can give holds: a digit, a month or weekday (also glued to "on",
 * "in", "last"…), a day word ("yesterday", "last night"), a unit of time ("next month", "two
 * weeks ago"), or a number word and an abbreviated unit ("a few hrs"). A sentence without any
 * of these is not handed to chrono. "now", "today" and "tomorrow" alone are never dates here.
 */
export const MAY_HOLD_A_DATE = new RegExp(
  String.raw`\d|(?:\b|on|in|this|last|past|next)(?:${MONTH}|${WEEKDAY})(?![a-z])|(?:${MONTH})[a-z]*?(?:fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)|today|tonight|tomorrow|overmorrow|tmrw?\b|yesterday|last\s*night|second|minute|hour|day|week|month|quarter|year|\b${NUMBER_WORD}\s{1,3}(?:s|secs?|m|mins?|h|hrs?|d|w|wks?|mos?|mon|qtrs?|y|yrs?)(?![a-z])`,
  'i',
);
