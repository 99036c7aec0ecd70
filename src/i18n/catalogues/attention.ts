/** Home's attention list, the case's next-steps panel, playbook checklist, reminders settings. */
import { defineMessages } from '../define';

export const attention = defineMessages({}, {});
