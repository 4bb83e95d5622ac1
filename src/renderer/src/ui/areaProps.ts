/** What the app frame gives every area: the hash path segments after the area's own. */
export type AreaProps = { params: string[] }
