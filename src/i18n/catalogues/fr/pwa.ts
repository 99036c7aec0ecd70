import type { Translation } from '../../define';
import type { en } from '../en/pwa';

export const fr: Translation<typeof en> = {
  'pwa.updateLater': 'Plus tard',
};
