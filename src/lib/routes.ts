/**
 * Every path of the app, built in one place: the router's patterns and the links to them. An id is
 * always a single path segment, encoded, so no stored id can reach another route.
 */
export const ROUTES = {
  home: '/',
  cases: '/cases',
  newCase: '/cases/new',
  log: '/log',
  caseLog: '/cases/:id/log',
  editCase: '/cases/:id/edit',
  editInteraction: '/cases/:id/interactions/:iid/edit',
  letter: '/cases/:id/letters/:kind',
  case: '/cases/:id',
  settings: '/settings',
} as const;

/** Segments the router gives a meaning of their own under /cases/: no id may equal one. */
export const RESERVED_SEGMENTS: readonly string[] = ['new'];

const segment = (id: string) => encodeURIComponent(id);

export interface CaseLinkOptions {
  /** An action on the case page to scroll to and focus (a next step, a deadline, "log"). */
  action?: string;
  /** Open the attach dialog for this contact. */
  attach?: string;
  /** Open the timeline at this contact. */
  interaction?: string;
}

export function caseLink(id: string, options: CaseLinkOptions = {}): string {
  const query = new URLSearchParams();
  if (options.action) query.set('action', options.action);
  if (options.attach) query.set('attach', options.attach);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  const hash = options.interaction ? `#interaction-${options.interaction}` : '';
  return `/cases/${segment(id)}${search}${hash}`;
}

/** The log form, for a case or (without one) choosing the case in the form. */
export const logLink = (caseId?: string): string => (caseId ? `/cases/${segment(caseId)}/log` : ROUTES.log);
export const editCaseLink = (id: string): string => `/cases/${segment(id)}/edit`;
export const editInteractionLink = (caseId: string, interactionId: string): string =>
  `/cases/${segment(caseId)}/interactions/${segment(interactionId)}/edit`;
export const letterLink = (caseId: string, kind: string): string => `/cases/${segment(caseId)}/letters/${segment(kind)}`;
