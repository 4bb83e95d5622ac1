/** Swedish strings for the shared widgets (date picker, combobox) and the keyboard shortcuts. */

export const dateField = {
  /** Shown as the field's format; the same words are read to screen readers. */
  format: 'ÅÅÅÅ-MM-DD',
  invalid: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-18. Det sparas när det är ett giltigt datum.',
  openCalendar: 'Välj i kalendern',
  calendarLabel: 'Kalender',
  close: 'Stäng kalendern'
}

export const comboBox = {
  showAll: 'Visa listan'
}

export const shortcuts = {
  title: 'Kortkommandon',
  open: 'Kortkommandon',
  intro:
    'Med de här tangenterna når du det du gör ofta utan mus. De fungerar inte medan du skriver i ett fält: tryck Tabb eller Esc för att lämna fältet först.',
  colAction: 'Vad',
  colKeys: 'Tangenter',
  or: 'eller',
  plus: '+',
  close: 'Stäng',
  goTo: (area: string) => `Gå till ${area}`,
  newBoard: 'Lägg till en nämnd',
  searchPeople: 'Sök bland handläggarna',
  showShortcuts: 'Visa kortkommandon',
  singleKeyLabel: 'Tangenten ? öppnar den här listan',
  singleKeyHint: 'Stäng av om du råkar trycka på den eller om den krockar med ditt hjälpmedel. Ctrl + / fungerar alltid.',
  keyNames: { alt: 'Alt', ctrl: 'Ctrl', shift: 'Skift' } as Record<string, string>
}
