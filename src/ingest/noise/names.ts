/** Shared shapes for the rules that recognise people's names in furniture (bylines, bios, credits). */

/** A capitalised word of a name, initials and "Jr." included. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A personal name: two to four capitalised words ("Jane Doe", "S.A. Ortiz Jr."). */
export const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,3}`;
/** A bullet some outlets put before a closing note. */
export const BULLET = String.raw`(?:[-•⦁*·▪]\s*)?`;
