/** How long a brief a reader wants: a page or two, the usual four to six, or everything. */
export type Length = 'short' | 'standard' | 'full';
export const LENGTHS: readonly Length[] = ['short', 'standard', 'full'];
