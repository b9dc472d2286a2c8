import { describe, expect, it } from 'vitest';
import { nameTooltips } from '../../../src/ingest/inline/name-tooltips.js';
import { afterRule } from './apply.js';

const clean = (text: string) => afterRule(nameTooltips, text);

/** Profile cards shaped like the real ones: display name, legal name, headlines glued on, MORE. */
describe('name-tooltips', () => {
  it.each([
    [
      'Senate Trade Committee Chairman Arvid Kessel Arvid Lorne KesselSenators balk at long hearings Kessel: Panel must call the envoy Chairman says inquiry could last 6-8 weeks MORE (R-Vel.) pushed back on the plan.',
      'Senate Trade Committee Chairman Arvid Kessel (R-Vel.) pushed back on the plan.',
    ],
    [
      'President Ostrava Benedek Ivo OstravaSenators balk at long hearings Tolmar goes local in race to build movement Rivals make play for farm votes MORE’s refusal to comment drew criticism.',
      'President Ostrava’s refusal to comment drew criticism.',
    ],
    [
      // A space, not glue, after the repeated last name.
      "Speaker Dana Pell Dana Marie Pell Retirees should say 'no thanks' to the pension plan Governor dresses as rivals for the festival MORE (R-Vel.) warned that the deal was weak.",
      'Speaker Dana Pell (R-Vel.) warned that the deal was weak.',
    ],
    [
      // A nickname in brackets, a different legal first name, and two cards in one sentence.
      'Allies like Sens. Tam Rudd Thomas (Tam) Alder RuddThis week: Chamber opens its inquiry Veterans launch campaign MORE (Vel.) and Orla Fenn Orla Grace FennFenn awards medal to racing icon Ministers hold more ceremonies MORE (Ost.) were critical.',
      'Allies like Sens. Tam Rudd (Vel.) and Orla Fenn (Ost.) were critical.',
    ],
    [
      // A card the scraper cut short runs to the end of the paragraph without MORE.
      'Critics included Orla Fenn Orla Grace FennFenn awards medal to racing icon Ministers hold more ceremonies than predecessors Minister to award medal to former Attorney General Tomas',
      'Critics included Orla Fenn',
    ],
    [
      'Defence Secretary Ivo Brask Ivo Norman BraskFormer Brask staffer: envoy shooting himself in the foot Staffer hits back at critics MORE, Foreign Secretary Mira Holt Miroslava (Mira) Jana HoltProtests serve as backdrop to visit Host says testimony damaging MORE or the adviser hardly count as assets.',
      'Defence Secretary Ivo Brask, Foreign Secretary Mira Holt or the adviser hardly count as assets.',
    ],
    [
      'The minister Ada Voss Ada VossThe Noon Digest: Parties dig in for hearings Daybreak Digest - Transcripts plow ground MORE were greeted at the palace.',
      'The minister Ada Voss were greeted at the palace.',
    ],
    [
      "She reminded reporters of Hana Lee Hana Ruth Lee2020 rivals make play for votes The Brief: confronting a long primary MORE's private email server.",
      "She reminded reporters of Hana Lee's private email server.",
    ],
  ])('cuts the card: %s', (text, want) => {
    expect(clean(text)).toBe(want);
  });

  it.each([
    'The ministers met in the capital on Tuesday and agreed MORE talks were needed.',
    'Nova Vela Nova Vela is a song the band played at the state dinner.',
    'Velmonov met Ostrava; Ostrava Velmonov said later that the talks went well.',
    'Jane Doe Smith and Jane Doe spoke at the summit, officials said.',
    'President Arkady Velmonov arrived in the capital on Friday for a three-day visit.',
    'Kessel Arvid Kessel was the name on the ballot, a clerk said.',
    'She said the envoy should do MORE to help.',
  ])('keeps ordinary text: %s', (text) => {
    expect(nameTooltips.cuts(text)).toEqual([]);
  });

  it('keeps a glued-looking repeat when no card ends it and the rest is too long to be one', () => {
    const text = `Senator Arvid Kessel Arvid KesselHall said ${'the talks went on and on, '.repeat(40)}finally.`;
    expect(nameTooltips.cuts(text)).toEqual([]);
  });
});
