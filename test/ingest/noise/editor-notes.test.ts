import { describe, expect, it } from 'vitest';
import { editorNotes } from '../../../src/ingest/noise/editor-notes.js';

describe('editor-notes', () => {
  it.each([
    "Editor's note: This story was first published on Monday.",
    'Correction: An earlier version of this story misstated the date of the visit.',
    'An earlier version of this article gave the wrong title for the minister.',
    'This story has been updated with comment from the ministry.',
    'This article is more than 2 years old',
    '--Updated 10:05 a.m.',
    'CLOSE',
    'ANALYSIS/OPINION:',
    'Opinion',
  ])('drops %s', (line) => {
    expect(editorNotes.test(line)).toBe(true);
  });

  it.each([
    'The correction in markets came after the talks stalled.',
    'Editors at the state newspaper were replaced after the visit.',
    'Close aides said the president was tired.',
    'This story of two envoys began in 1989.',
    'Opinion polls show support for the deal.',
  ])('keeps %s', (line) => {
    expect(editorNotes.test(line)).toBe(false);
  });
});
