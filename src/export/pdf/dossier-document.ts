/**
 * The dossier as a pdfmake document definition: a pure function of the case bundle, its evidence
 * previews and the export options, so the layout can be tested without a browser. The definition
 * holds no links, scripts, actions or form fields; the fonts are named 'Roboto' and supplied when
 * the PDF is rendered.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CaseBundle } from '../../domain/case-bundle';
import type { Region } from '../../domain/types';
import { docFormat } from '../summary/text-format';
import type { DossierImages, DossierOptions } from './dossier-types';
import { chronologySection, moneySection, titleBlock } from './section-case';
import { chargesSection, evidenceImages, evidenceSection } from './section-files';
import { deadlinesSection, nextStepsSection } from './section-next';
import { timelineSection } from './section-timeline';
import { fixContent, fixText, STYLES } from './pdf-style';

export const PAGE_MARGINS: [number, number, number, number] = [40, 48, 40, 48];

/** Letter in the United States and Canada, A4 everywhere else. */
export function paperFor(region: Region): 'LETTER' | 'A4' {
  return region === 'US' || region === 'CA' ? 'LETTER' : 'A4';
}

export function buildDossierDocument(bundle: CaseBundle, images: DossierImages, opts: DossierOptions): TDocumentDefinitions {
  const fmt = docFormat(opts.lang);
  const c = bundle.case;
  const madeOn = fmt.instant(opts.now, opts.timeZone);
  const content: Content[] = [
    ...titleBlock(bundle, fmt, madeOn),
    ...moneySection(bundle, fmt),
    ...chronologySection(bundle, fmt, opts.now),
    ...nextStepsSection(opts.nextSteps, fmt, opts.timeZone),
    ...deadlinesSection(opts.deadlines, fmt),
    ...timelineSection(bundle, fmt),
    ...chargesSection(bundle, fmt),
    ...evidenceSection(bundle, fmt, images),
  ];
  const docTitle = fixText(fmt.t('dossier.pdf.docTitle', { company: c.company }));
  return {
    pageSize: paperFor(c.region || opts.homeRegion),
    pageMargins: PAGE_MARGINS,
    language: opts.lang,
    info: { title: docTitle, subject: fmt.t('dossier.pdf.heading'), creator: 'Refund Tracker' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: STYLES,
    images: evidenceImages(bundle, images),
    content: fixContent(content),
    header: (page) => (page === 1 ? null : { text: docTitle, style: 'small', margin: [40, 24, 40, 0] }),
    footer: (page, pages) => ({
      columns: [
        { text: fixText(fmt.t('dossier.pdf.madeOn', { date: madeOn })), style: 'small' },
        { text: fixText(fmt.t('dossier.pdf.page', { page, pages })), style: 'small', alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
    }),
    // A section title never ends a page: it moves on when nothing follows it there or when it sits in
    // the page's last sixth (a table's first rows may then move on too while the title stays behind).
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && (node.startPosition.verticalRatio > 5 / 6 || nodes.getFollowingNodesOnPage().length === 0),
  };
}
