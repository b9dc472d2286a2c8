import Handlebars from 'handlebars';
const hb = Handlebars.create();
hb.registerHelper('md', (s) => String(s));
hb.registerPartial('p', hb.compile('x {{titel}}', { strict: true }));
const cases = {
  unclosed: '# a\n\n{{#each items}}\n{{this}}\n',
  mismatch: '# a\n{{#each items}}\n{{this}}\n{{/if}}\n',
  mustache: '# a\n{{title\nmore\n',
  missing: '# a\n\n\n{{titel}}\n',
  nested: '# a\n{{brief.titel}}\n',
  ifmissing: '# a\n{{#if titel}}x{{/if}}\n',
  helper: '# a\n{{mdd title}}\n',
  helper0: '# a\n{{mdd}}\n',
  partial: '# a\n{{> sourcez}}\n',
  inpartial: '# a\n\n{{> p}}\n',
  eachmissing: '{{#each items}}\n{{outlte}}\n{{/each}}',
  badclose: '{{title}}}\n',
  elsewrong: '{{else}}\n',
  proto: '{{brief.constructor.name}}',
  triple: '{{{title}}\n',
  comment: '{{!-- never closed\n',
};
for (const [k, src] of Object.entries(cases)) {
  try {
    const out = hb.compile(src, { strict: true })({ title: 'T', items: [{ outlet: 'o' }], brief: { title: 't' } });
    console.log(k, 'OK', JSON.stringify(out));
  } catch (e) {
    console.log(k, JSON.stringify(e.message), e.lineNumber, e.column, Object.keys(e));
  }
}
