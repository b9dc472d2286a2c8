import { it } from 'vitest';
import { detectors } from '../../../src/consolidate/discrepancies/index.js';
import { readValues } from '../../../src/consolidate/discrepancies/values.js';
import { contextOf, story } from './fixtures.js';
import { cases } from './scratch-cases.js';

it('scratch', () => {
  for (const [label, stories] of Object.entries(cases)) {
    const { ctx, articles } = contextOf(stories);
    console.log('#####', label, JSON.stringify({ loc: ctx.event.location, start: ctx.event.start, end: ctx.event.end, v: ctx.event.visitor?.name, h: ctx.event.host?.name }));
    if (process.env.V) for (const s of ctx.statements) console.log('  ', s.source, s.text, '|', [...s.salient].join(','), JSON.stringify(s.a.dates.map(d=>[d.date,d.precision,d.weekday,d.endDate])), JSON.stringify(readValues(s.text).map(v=>[v.kind,v.unit,v.low,v.high,v.text])));
    for (const d of detectors) {
      const f = d.detect(ctx);
      for (const x of f) console.log(' ', d.name, '|', x.topic, '|', x.kind, '|', JSON.stringify(x.claims), x.claims.every(c => articles.find(a => a.id === c.source)!.text.includes(c.quote)) ? 'VERBATIM' : 'NOT-VERBATIM');
    }
  }
});
