// Regenerates src/data/countries.json from the world-countries package (names, demonyms,
// capitals), plus a few common English forms the package lacks. Run: node scripts/gen-countries.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const all = require('world-countries');

// Common English forms the package lacks, and seats of government used for the state itself.
const extra = {
  US: { names: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'White House'], demonyms: ['US', 'U.S.'], capitals: ['Washington', 'Washington, D.C.'] },
  GB: { names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Downing Street'], demonyms: ['British', 'UK'] },
  RU: { names: ['Russian Federation', 'Kremlin'], demonyms: [] },
  CN: { names: ["People's Republic of China", 'Zhongnanhai'], demonyms: [] },
  KR: { names: ['Republic of Korea', 'ROK'], demonyms: ['Korean'] },
  KP: { names: ['DPRK'], demonyms: [] },
  FR: { names: ['Élysée', 'Elysee'], demonyms: [] },
  DE: { names: [], demonyms: ['German'] },
  TR: { names: ['Türkiye'], demonyms: [] },
  CZ: { names: ['Czech Republic'], demonyms: [] },
  AE: { names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  SA: { names: [], demonyms: ['Saudi'] },
  UA: { names: [], demonyms: [] },
};
/** Combining forms used in compounds ("Sino-Indian", "Franco-German"). */
const combining = { IN: ['Indo'], CN: ['Sino'], FR: ['Franco'], GB: ['Anglo'], RU: ['Russo'], IT: ['Italo'], AT: ['Austro'], GR: ['Greco'], JP: ['Nippo', 'Japano'], PT: ['Luso'], ES: ['Hispano'], DE: ['Germano'], PL: ['Polono'], CZ: ['Czecho'], BE: ['Belgo'], US: ['Americano'] };

const countries = all
  .filter((c) => c.independent !== false || ['TW', 'PS', 'XK', 'HK'].includes(c.cca2))
  .map((c) => {
    const x = extra[c.cca2] ?? { names: [], demonyms: [] };
    const dem = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f].flatMap((d) => d.split(/,\s*/)) : [];
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && /^[A-Za-z .,'’()-]+$/.test(a)), ...x.names];
    return {
      code: c.cca2,
      name: c.name.common,
      names: [...new Set(names)].filter((n) => !/,/.test(n)),
      demonyms: [...new Set([...dem, ...x.demonyms])].filter(Boolean),
      capitals: [...new Set([...(c.capital ?? []), ...(x.capitals ?? [])])],
      combining: combining[c.cca2] ?? [],
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(new URL('../src/data/countries.json', import.meta.url), JSON.stringify(countries, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${countries.length} countries`);
