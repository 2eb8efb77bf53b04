/** Choices about the site itself (not facts of the register, which live in content/). */
export const site = {
  /** The service whose number every home page shows beside the emergency numbers. */
  hotlineService: 'astra-sos-line',
  /** Where a person with no contact for a provider is sent first. */
  firstContactServices: ['astra-sos-line', 'csw-information'],
  /**
   * Where "Exit this page" goes: a page that looks unremarkable in a browser's history and on a
   * screen. The exit also replaces this site's entry in the tab's history.
   */
  quickExitUrl: 'https://www.google.com/',
  /**
   * The repository corrections go to: every entry page links to the edit page of its files and to a
   * prefilled issue there. Set it to the register's public repository.
   */
  repository: { url: 'https://github.com/astra-serbia/trafficking-register', branch: 'main' },
} as const;
