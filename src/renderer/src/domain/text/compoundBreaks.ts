/**
 * Where a board's name may break in a narrow column. Swedish names are long compounds
 * ("Arbetsmarknadsnämnden"); with no hyphenation dictionary offline, the browser breaks them
 * wherever the column ends ("Arbetsmarknadsnämnde|n"). The natural place is the joint before the
 * last part, the kind of body: nämnd, styrelse, utskott. At least three letters must come before
 * it, so a word that stands alone ("Gemensamma nämnden") or a short prefix ("Ksnämnd") is left whole.
 */
const JOINT = /(?<=\p{L}{3})(?=nämnd|styrelse|utskott)/iu

/** The name in pieces that join back to exactly the name; a line may break between two pieces. */
export function compoundPieces(name: string): string[] {
  return name.split(JOINT)
}
