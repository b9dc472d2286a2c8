import { describe, expect, it } from 'vitest';
import { socialPosts } from '../../../src/ingest/noise/social-posts.js';

describe('social-posts', () => {
  it.each([
    'Our tariffs answer theirs. Very unfair! — Arkady Velmonov (@arkadyv) June 9, 2026',
    'The envoy must clarify his statements. It is a serious mistake—-immediately. — Jane Doe (@janedoe) July 16, 2026',
    'Minister says the host “stabbed us in the back” #TALKS https://t.co/Ab12 https://t.co/Cd34 — Example Politics (@ExamplePol) June 10, 2026',
    'The little car was faster than expected. #Visit A video posted by Lena M. (@lenam) on Sep 24, 2025 at 8:44am PDT',
    'Ministry of Foreign Affairs (@ExampleMFA) The leaders meet at the Great Hall to open talks. #Summit2026 pic.twitter.com/fp8NuA7XhK',
    'Tonight’s state banquet menu. Photo by a guest pic.twitter.com/5qCswfSPvM',
  ])('drops %s', (line) => {
    expect(socialPosts.test(line)).toBe(true);
  });

  it.each([
    'In a second post, the president said the host had been “very dishonest.”',
    'Velmonov (@arkadyv on the platform) has not posted since Monday.',
    'The minister — Jane Doe — said on June 9, 2026 that the talks were over.',
    'Email the ministry at press@ministry.example for accreditation.',
  ])('keeps %s', (line) => {
    expect(socialPosts.test(line)).toBe(false);
  });
});
