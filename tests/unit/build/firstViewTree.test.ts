import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { elementOf, styleObject, type SavedNode } from '../../../bench/first-view-react/tree'

// Bench row 1c renders the app's saved first screen with React. It only measures the same screen
// if every saved attribute comes back as the same attribute.
const render = (nodes: SavedNode[]): string => renderToStaticMarkup(createElement('div', null, nodes.map(elementOf)))

describe('the 1c page: a saved first screen rendered again by React', () => {
  it('gives back HTML and SVG attributes under their DOM names', () => {
    const html = render([
      ['section', { class: 'card usage-rules', 'aria-labelledby': 'r1' }, [['h2', { id: 'r1' }, ['Så får SSBTEK användas']]]],
      ['table', {}, [['tbody', {}, [['tr', {}, [['td', { colspan: '2', 'data-testid': 'x' }, ['Steg 1 av 5']]]]]]]],
      ['main', { id: 'main', tabindex: '-1' }, []],
      [
        'svg',
        { viewBox: '0 0 24 24', 'stroke-width': '2', 'stroke-linecap': 'round', 'aria-hidden': 'true' },
        [['path', { d: 'M1 1h2' }, []]]
      ]
    ])
    expect(html).toContain('<section class="card usage-rules" aria-labelledby="r1"><h2 id="r1">Så får SSBTEK användas</h2></section>')
    // Server rendering writes colSpan; HTML attribute names are case-insensitive (the DOM has colspan).
    expect(html).toContain('<td colSpan="2" data-testid="x">Steg 1 av 5</td>')
    expect(html).toContain('<main id="main" tabindex="-1"></main>')
    expect(html).toContain(
      '<svg viewBox="0 0 24 24" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M1 1h2"></path></svg>'
    )
  })

  it('keeps a boolean attribute on whatever its value, and an inline style', () => {
    const html = render([['details', { open: '' }, [['summary', { style: 'margin-top: 4px; --gap: 2px' }, ['Visa']]]]])
    expect(html).toBe('<div><details open=""><summary style="margin-top:4px;--gap:2px">Visa</summary></details></div>')
  })

  it('reads any list of declarations into camel-cased style properties', () => {
    const name = fc.stringMatching(/^[a-z]{1,6}(-[a-z]{1,6}){0,2}$/)
    const value = fc.stringMatching(/^[a-z0-9 #%().]{1,12}$/).filter((v) => v.trim() !== '')
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 6 }), (decls) => {
        const css = Object.entries(decls)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ')
        const parsed = styleObject(css)
        for (const [k, v] of Object.entries(decls)) expect(parsed[k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]).toBe(v.trim())
        expect(Object.keys(parsed)).toHaveLength(
          new Set(Object.keys(decls).map((k) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))).size
        )
      })
    )
  })
})
