/** The app icon badge (Badging API), where the browser offers it; silently nothing elsewhere. */
interface BadgeNavigator {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

export async function showDueBadge(count: number, nav: BadgeNavigator = navigator as BadgeNavigator): Promise<void> {
  try {
    if (count > 0) await nav.setAppBadge?.(count);
    else await nav.clearAppBadge?.();
  } catch {
    // Not installed, or not allowed: the badge is a nicety, never needed.
  }
}
