import { phraseSource, sections } from '../data/index.js';

export type SectionName = 'agenda' | 'energyTrade' | 'geopolitics';
const ORDER: SectionName[] = ['energyTrade', 'geopolitics', 'agenda'];

const cues = ORDER.map((name) => {
  const weights = sections.sections[name];
  return { name, weights, re: new RegExp(`(?<![\\p{L}])(?:${phraseSource(Object.keys(weights))})(?![\\p{L}])`, 'giu') };
});

/** Scores a claim against each section's cue lexicon. */
export function sectionScores(text: string): Record<SectionName, number> {
  const scores = { agenda: 0, energyTrade: 0, geopolitics: 0 } as Record<SectionName, number>;
  for (const { name, weights, re } of cues) {
    const seen = new Set<string>();
    for (const m of text.matchAll(re)) {
      const cue = m[0].toLowerCase();
      if (seen.has(cue)) continue;
      seen.add(cue);
      scores[name] += weights[cue] ?? 0;
    }
  }
  return scores;
}

/** The section a claim belongs to, or null when no section's cues reach the threshold. */
export function classify(text: string, extra: Partial<Record<SectionName, number>> = {}): SectionName | null {
  return bestSection(sectionScores(text), extra);
}

export function bestSection(scores: Record<SectionName, number>, extra: Partial<Record<SectionName, number>> = {}, threshold = sections.threshold): SectionName | null {
  let best: SectionName | null = null;
  let bestScore = threshold - 0.5;
  for (const name of ORDER) {
    const score = scores[name] + (extra[name] ?? 0);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
