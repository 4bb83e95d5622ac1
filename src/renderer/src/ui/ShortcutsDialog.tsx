import { Fragment, useId } from 'react'
import { Button } from 'react-aria-components/Button'
import { Dialog } from 'react-aria-components/Dialog'
import { Heading } from 'react-aria-components/Heading'
import { Modal } from 'react-aria-components/Modal'
import { shortcuts as t } from '@renderer/i18n/widgets'
import { comboKeys, type Shortcut } from './shortcuts'
import './widgets.css'

/**
 * "Kortkommandon": every shortcut with its keys (react-aria Modal and Dialog: focus stays inside
 * while it is open, Esc closes it and focus goes back to where it was). Loaded on first open.
 */
export default function ShortcutsDialog({
  list,
  singleKeyOn,
  onSingleKeyChange,
  onClose
}: {
  list: readonly Shortcut[]
  singleKeyOn: boolean
  onSingleKeyChange: (on: boolean) => void
  onClose: () => void
}) {
  const checkId = useId()
  return (
    <Modal
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      className="shortcuts-modal"
    >
      <Dialog className="shortcuts-dialog">
        <Heading slot="title">{t.title}</Heading>
        <p>{t.intro}</p>
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">{t.colAction}</th>
              <th scope="col">{t.colKeys}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id} data-shortcut={s.id}>
                <td>{s.label}</td>
                <td>
                  {s.combos
                    .filter((c) => !c.singleKey || singleKeyOn)
                    .map((c, i) => (
                      <Fragment key={i}>
                        {i > 0 && ` ${t.or} `}
                        <kbd>
                          {comboKeys(c).map((k, j) => (
                            <Fragment key={j}>
                              {j > 0 && ` ${t.plus} `}
                              <kbd>{k}</kbd>
                            </Fragment>
                          ))}
                        </kbd>
                      </Fragment>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="shortcuts-single">
          <input
            id={checkId}
            type="checkbox"
            checked={singleKeyOn}
            onChange={(e) => onSingleKeyChange(e.target.checked)}
            aria-describedby={`${checkId}-hint`}
          />
          <label htmlFor={checkId}>{t.singleKeyLabel}</label>
        </div>
        <p className="hint" id={`${checkId}-hint`}>
          {t.singleKeyHint}
        </p>
        <div className="actions">
          <Button onPress={onClose}>{t.close}</Button>
        </div>
      </Dialog>
    </Modal>
  )
}
