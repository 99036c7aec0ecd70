/** "letter-streamflix-2026-11-20.pdf" / "courrier-streamflix-2026-11-20.pdf": company and day, safe on any file system. */
import { wordsOf } from '../../domain/text';

export function letterFileName(lang: 'en' | 'fr', company: string, date: string): string {
  const slug = wordsOf(company).join('-').slice(0, 40) || 'case';
  return `${lang === 'fr' ? 'courrier' : 'letter'}-${slug}-${date}.pdf`;
}
