import type { ReactNode } from 'react'
import { Button } from 'react-aria-components/Button'
import { ComboBox } from 'react-aria-components/ComboBox'
import { FieldError } from 'react-aria-components/FieldError'
import { Input } from 'react-aria-components/Input'
import { Label } from 'react-aria-components/Label'
import { ListBox, ListBoxItem } from 'react-aria-components/ListBox'
import { Popover } from 'react-aria-components/Popover'
import { Text } from 'react-aria-components/Text'
import { comboBox as t } from '@renderer/i18n/widgets'
import './widgets.css'

export type ComboOption = {
  id: string
  /** What the field shows once the option is chosen, and what screen readers read first. */
  text: string
  /** A second, quieter part of the option (e.g. the kommunkod). */
  detail?: string
}

/**
 * A text field with a list that filters as you type (react-aria-components ComboBox): arrow keys move
 * in the list, Enter chooses, Esc closes the list. Free text is kept (`allowsCustomValue`), so the
 * caller decides what the text means; `options` are the ones to show for the text as it is now, and
 * an empty list closes. While the list is open react-aria hides the rest of the page from screen
 * readers, so a message such as "nothing matches" is shown under the field (`status`), not in the list.
 */
export function ComboBoxField({
  label,
  hint,
  error,
  required,
  value,
  onChange,
  options,
  status
}: {
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  required?: boolean
  value: string
  onChange: (text: string) => void
  options: readonly ComboOption[]
  /** A short note under the field, read out politely when it changes (e.g. that nothing matches). */
  status?: string | null
}) {
  return (
    <ComboBox
      className={`field combo-field${error ? ' has-error' : ''}`}
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={(key) => {
        const chosen = options.find((o) => o.id === key)
        if (chosen) onChange(chosen.text)
      }}
      items={options}
      allowsCustomValue
      menuTrigger="input"
      isInvalid={Boolean(error)}
      isRequired={required}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Label>
      {hint && (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      )}
      <div className="combo-row">
        <Input autoComplete="off" />
        <Button className="secondary icon-button" aria-label={t.showAll}>
          <svg
            aria-hidden="true"
            focusable="false"
            width="14"
            height="14"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
          >
            <path d="M5 9l7 7 7-7" />
          </svg>
        </Button>
      </div>
      <p className="hint combo-status" role="status">
        {status}
      </p>
      <FieldError className="error">{error}</FieldError>
      <Popover className="combo-popover" placement="bottom start">
        <ListBox<ComboOption> className="combo-list">
          {(o) => (
            <ListBoxItem id={o.id} textValue={o.text} className="combo-option">
              <span>{o.text}</span>
              {o.detail && <span className="combo-detail"> {o.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
