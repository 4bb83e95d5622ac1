import type { ComponentType, ReactNode, SVGProps } from 'react'

export type SidebarIcon = ComponentType<SVGProps<SVGSVGElement> & { size?: number | string }>
export type SidebarLink = { href: string; label: string; icon: SidebarIcon; current: boolean }

/**
 * The persistent column on the left: the app's name and municipality, the main menu and whatever
 * the frame adds below it (the boards and the current board's steps). Icons are decorative.
 */
export function Sidebar(props: { appName: string; subtitle: string; navLabel: string; links: SidebarLink[]; children?: ReactNode }) {
  const { appName, subtitle, navLabel, links, children } = props
  return (
    <header className="sidebar">
      <div className="brand">
        <span className="brand-name">{appName}</span>
        <span className="brand-municipality">{subtitle}</span>
      </div>
      <nav aria-label={navLabel} className="sidebar-nav">
        <ul>
          {links.map(({ href, label, icon: Icon, current }) => (
            <li key={href}>
              <a href={href} aria-current={current ? 'page' : undefined}>
                <Icon className="icon" aria-hidden="true" size={18} />
                <span>{label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </header>
  )
}
