/** The update prompt in the app frame. */
export const en = {
  'pwa.updateLater': 'Later',
};
