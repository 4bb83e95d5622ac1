/** `Anslutningsavtal SSBTEK – <kommun> – <nämnd> – <datum>.pdf`, safe as a file name on Windows, macOS and Linux. */
export function agreementFileName(municipality: string, board: string, date: string): string {
  const clean = (s: string) =>
    s
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  const parts = ['Anslutningsavtal SSBTEK', clean(municipality) || 'Kommun', clean(board) || 'Nämnd', clean(date) || 'utan datum']
  const name = `${parts.join(' – ')}.pdf`
  // Cut by code points, never inside a surrogate pair.
  return name.length <= 200
    ? name
    : `${Array.from(name.slice(0, -4)).reduce((acc, ch) => (acc.length + ch.length <= 196 ? acc + ch : acc), '')}.pdf`
}
