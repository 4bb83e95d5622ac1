/** The address segment of a board's after-go-live page: #/anslutning/<board>/efter-anslutning. */
export const AFTER_GO_LIVE_SEGMENT = 'efter-anslutning'
