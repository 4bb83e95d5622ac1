/** `Anslutningsavtal SSBTEK – <kommun> – <nämnd> – <datum>.pdf`, safe as a file name on Windows, macOS and Linux. */
export function agreementFileName(municipality: string, board: string, date: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  const parts = ['Anslutningsavtal SSBTEK', clean(municipality) || 'Kommun', clean(board) || 'Nämnd', clean(date) || 'utan datum']
  const name = `${parts.join(' – ')}.pdf`
  return name.length <= 200 ? name : `${name.slice(0, 196)}.pdf`
}
