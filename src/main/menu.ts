import type { MenuItemConstructorOptions } from 'electron'

/**
 * A small Swedish menu. Electron's default menu has Reload and Developer tools, which would let
 * anyone at the keyboard reload past an unsaved form or inspect the database; they exist only in
 * development builds.
 */
export function appMenuTemplate(isPackaged: boolean): MenuItemConstructorOptions[] {
  const menu: MenuItemConstructorOptions[] = [
    { label: 'Arkiv', submenu: [{ role: 'quit', label: 'Avsluta' }] },
    {
      label: 'Redigera',
      submenu: [
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Markera allt' }
      ]
    },
    {
      label: 'Fönster',
      submenu: [
        { role: 'minimize', label: 'Minimera' },
        { role: 'togglefullscreen', label: 'Helskärm' }
      ]
    }
  ]
  if (!isPackaged) {
    menu.push({
      label: 'Utveckling',
      submenu: [
        { role: 'reload', label: 'Läs in igen' },
        { role: 'forceReload', label: 'Tvinga omläsning' },
        { role: 'toggleDevTools', label: 'Utvecklarverktyg' }
      ]
    })
  }
  return menu
}
