/** PDF's subset tag: six random capital letters, written before "+" and the font's name, so readers (and pdffonts) know an embedded font is a subset. */
export function subsetTag(): string {
  return String.fromCharCode(...Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => 65 + (b % 26)))
}
