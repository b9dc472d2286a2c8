import { describe, expect, it } from 'vitest';
import { signUps } from '../../../src/ingest/noise/sign-ups.js';

describe('sign-ups', () => {
  it.each([
    'Stay up to date... Sign up for our new newsletter. Join us on the socials.',
    'Get the stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy',
    'Sign up for Daily Newsletters Manage Newsletters',
    'Subscribe to our morning briefing for the day’s top stories.',
  ])('drops %s', (line) => {
    expect(signUps.test(line)).toBe(true);
  });

  it.each([
    'More than 10,000 people signed up for the ministry’s newsletter after the visit.',
    'Delegates had to register for the summit by Friday.',
    'The two countries subscribe to the same trade rules, officials said.',
  ])('keeps %s', (line) => {
    expect(signUps.test(line)).toBe(false);
  });
});

describe('sign-ups: paywall pitches', () => {
  it('takes "Support local journalism — subscribe … a month" and keeps news about subscriptions', () => {
    expect(signUps.test('Support local journalism — subscribe to The Harbour Ledger from $9.90 a month.')).toBe(true);
    expect(signUps.test('Subscribe to The Harbour Ledger for $5 a week.')).toBe(true);
    expect(signUps.test('The ministry said subscriptions to the state broadcaster fell by a tenth last year.')).toBe(false);
  });
});

describe('sign-ups: reader-supported outlets', () => {
  it('takes "X is reader-supported. Subscribe for full access"', () => {
    expect(signUps.test('The Harbour Review is reader-supported. Subscribe for full access to our analysis.')).toBe(true);
  });
});
