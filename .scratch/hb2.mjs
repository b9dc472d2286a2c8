import Handlebars from 'handlebars';
const hb = Handlebars.create();
hb.registerHelper('md', (s, o) => { return `[${typeof s}]` + JSON.stringify(o.loc); });
for (const src of ['{{md titel}}', '{{md brief.titel}}', '{{#each items}}{{md outlte}}{{/each}}', '{{md title}}', '{{#if brief.x}}y{{/if}}', '{{#each nothere}}y{{/each}}', '{{#with nothere}}y{{/with}}', '{{md (md titel)}}']) {
  try { console.log(src, hb.compile(src, { strict: true })({ title: 'T', items: [{ outlet: 'o' }], brief: { title: 't' } })); }
  catch (e) { console.log(src, 'ERR', e.message); }
}
