/**
 * The official model withdrawal (cancellation) forms, word for word. Each is a list of lines; a line
 * that the person completes says which fact goes after it. The bracketed instruction on the first line
 * ("to be inserted by the trader") is the one part replaced: it asks for the trader's name and address,
 * which the filled form gives in its place. Everything else, "(*) Delete as appropriate" included, is
 * kept as the law prints it; the person strikes the options that do not apply.
 *
 * Sources (checked 2026-12-06): Directive 2011/83/EU, Annex I(B); Consumer Contracts (Information,
 * Cancellation and Additional Charges) Regulations 2013, Schedule 3 Part B; Code de la consommation,
 * annexe à l'article R221-1.
 */
export type ModelForm = 'eu' | 'uk' | 'fr';

export interface FormLine {
  text: string;
  /** The fact written after this line, by placeholder name (the signature line stays for a pen). */
  fill?: string;
  /** This line's bracketed instruction is replaced by the trader's name and address. */
  addressee?: true;
}

export interface ModelFormText {
  title: string;
  lines: FormLine[];
}

export const MODEL_FORMS: Record<ModelForm, ModelFormText> = {
  eu: {
    title: 'Model withdrawal form',
    lines: [
      { text: '(complete and return this form only if you wish to withdraw from the contract)' },
      {
        text: '— To [here the trader’s name, geographical address and, where available, his fax number and e-mail address are to be inserted by the trader]:',
        addressee: true,
      },
      {
        text: '— I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods (*)/for the provision of the following service (*),',
        fill: 'contractLine',
      },
      { text: '— Ordered on (*)/received on (*),', fill: 'orderedOn' },
      { text: '— Name of consumer(s),', fill: 'yourName' },
      { text: '— Address of consumer(s),', fill: 'yourAddress' },
      { text: '— Signature of consumer(s) (only if this form is notified on paper),' },
      { text: '— Date', fill: 'today' },
      { text: '(*) Delete as appropriate.' },
    ],
  },
  uk: {
    title: 'Model cancellation form',
    lines: [
      { text: '(Complete and return this form only if you wish to withdraw from the contract)' },
      {
        text: 'To [here the trader’s name, geographical address and, where available, fax number and e-mail address are to be inserted by the trader]:',
        addressee: true,
      },
      {
        text: 'I/We [*] hereby give notice that I/We [*] cancel my/our [*] contract of sale of the following goods [*]/for the supply of the following service [*],',
        fill: 'contractLine',
      },
      { text: 'Ordered on [*]/received on [*],', fill: 'orderedOn' },
      { text: 'Name of consumer(s),', fill: 'yourName' },
      { text: 'Address of consumer(s),', fill: 'yourAddress' },
      { text: 'Signature of consumer(s) (only if this form is notified on paper),' },
      { text: 'Date', fill: 'today' },
      { text: '[*] Delete as appropriate' },
    ],
  },
  fr: {
    title: 'Formulaire de rétractation',
    lines: [
      { text: '(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)' },
      {
        text: 'À l’attention de [nom, adresse géographique, et si disponibles numéro de télécopieur et adresse électronique du professionnel] :',
        addressee: true,
      },
      {
        text: 'Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous :',
        fill: 'contractLine',
      },
      { text: 'Commandé le (*)/reçu le (*) :', fill: 'orderedOn' },
      { text: 'Nom du (des) consommateur(s) :', fill: 'yourName' },
      { text: 'Adresse du (des) consommateur(s) :', fill: 'yourAddress' },
      { text: 'Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :' },
      { text: 'Date :', fill: 'today' },
      { text: '(*) Rayez la mention inutile.' },
    ],
  },
};

/** The addressee line with the bracketed instruction replaced by the given text. */
export function addresseeLine(line: string, addressee: string): string {
  return line.replace(/\[[^\]]*\]/, addressee);
}
