/** A catalogue pairs English and French for one area; French must have exactly English's keys. */
export type Catalogue<K extends string> = { en: Record<K, string>; fr: Record<K, string> };

export function defineMessages<const E extends Record<string, string>>(en: E, fr: Record<keyof E, string>): Catalogue<keyof E & string> {
  return { en, fr };
}
