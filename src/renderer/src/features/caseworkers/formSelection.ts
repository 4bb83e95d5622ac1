/**
 * The people chosen in the overview when the user goes on to send forms: handed from one screen
 * to the next in memory (a page reload starts over, which is fine: nothing is lost).
 */
let chosen: string[] = []

export const setFormSelection = (ids: Iterable<string>): void => {
  chosen = [...ids]
}

export const getFormSelection = (): readonly string[] => chosen
