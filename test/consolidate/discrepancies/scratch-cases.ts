import { story } from './fixtures.js';
const intro = (w: string) => `Chilean President Marta Quilodrán will visit Poland on March 10-12 at the invitation of Polish President Jerzy Wilczek, ${w}.`;
export const cases = {
  framing: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'),
      'Analysts voice doubts that the PV-90 patrol vessels will ever reach the Polish navy.',
      'Delays at the shipyard and cost overruns make an early delivery unlikely.',
      'Critics warn of a real risk that the programme stalls.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'),
      'Officials hailed the PV-90 patrol vessels order as a landmark for Chilean shipbuilding.',
      'The contract is a milestone and a breakthrough for both navies.',
      'It opens a historic new era of naval cooperation.']),
  ],
  framingMild: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'),
      'Officials welcomed the PV-90 patrol vessels order, though some delays are possible.',
      'The shipyard in Valparaíso is busy with other work.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'),
      'The PV-90 patrol vessels order is a milestone, despite concerns over cost.',
      'Delivery of the first hull is planned for 2028.']),
  ],
  unc: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'), 'Orlen Andes signed a $1.2 billion refinery deal with the Chilean state oil firm on Wednesday.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'), 'The leaders toured the old town and laid a wreath at the Tomb of the Unknown Soldier.']),
  ],
  uncTwo: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'), 'Orlen Andes signed a $1 billion refinery deal with the Chilean state oil firm on Wednesday.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'), 'A refinery investment of one billion dollars was agreed by the two oil companies.']),
  ],
  uncCopy: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'), 'Orlen Andes signed a $1.2 billion refinery deal with the Chilean state oil firm on Wednesday.', 'The leaders toured the old town in the afternoon.']),
    story('c', '2026-03-12', 'Baltic Digest', [intro('the foreign ministry said'), 'Orlen Andes signed a $1.2 billion refinery deal with the Chilean state oil firm on Wednesday.', 'The leaders toured the old town in the afternoon.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'), 'The leaders laid a wreath at the Tomb of the Unknown Soldier in Warsaw.']),
  ],
  uncShare: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'), 'Chile supplies 40% of the copper used by Polish cable makers, officials said.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'), 'About two-fifths of the copper in Polish cable plants comes from Chilean mines.']),
  ],
  uncPast: [
    story('a', '2026-03-11', 'Vistula Courier', [intro('the foreign ministry said'), 'Trade between the two countries stood at $21 billion last year, customs data show.']),
    story('b', '2026-03-11', 'Andes Ledger', [intro('officials confirmed'), 'The leaders laid a wreath at the Tomb of the Unknown Soldier in Warsaw.']),
  ],
};
