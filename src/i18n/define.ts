/**
 * Each area has one catalogue per language: catalogues/en/<area>.ts (`export const en = {...}`) and
 * catalogues/fr/<area>.ts (`export const fr: Translation<typeof en> = {...}`), so French must have
 * exactly English's keys. The languages are separate files so that each language's chunk
 * (./locales) carries its own messages only: the start-up loads one language, not two.
 */
export type Translation<E> = Record<keyof E, string>;
