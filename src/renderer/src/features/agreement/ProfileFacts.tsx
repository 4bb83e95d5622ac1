import { useCallback, useState } from 'react'
import { saveProfile } from '@renderer/db/settings'
import type { MunicipalityProfile } from '@renderer/db/types'
import { parseAgreementOrganisationsnummer, parseOrganisationsnummer } from '@renderer/domain/organisationsnummer'
import { parsePostalCode } from '@renderer/domain/agreement/contactRules'
import { ag } from '@renderer/i18n/agreement'
import { useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

type Facts = { organisationsnummer: string; street: string; postalCode: string; city: string }

const factsOf = (profile: { organisationsnummer?: string; address?: { street: string; postalCode: string; city: string } }): Facts => ({
  organisationsnummer: profile.organisationsnummer ?? '',
  street: profile.address?.street ?? '',
  postalCode: profile.address?.postalCode ?? '',
  city: profile.address?.city ?? ''
})

/** What the profile stores for `f`: what the user typed is kept even when invalid; valid values in canonical form. */
function storedFacts(f: Facts): Pick<MunicipalityProfile, 'organisationsnummer' | 'address'> {
  const orgnr = parseOrganisationsnummer(f.organisationsnummer)
  const postal = parsePostalCode(f.postalCode)
  return {
    organisationsnummer: orgnr.ok ? orgnr.value : f.organisationsnummer.trim(),
    address: { street: f.street.trim(), postalCode: postal.ok ? postal.value : f.postalCode.trim(), city: f.city.trim() }
  }
}

/** The revision of what saving `f` stores (what an autosave copy is checked against). */
const revisionOf = (f: Facts) => contentRevision(factsOf(storedFacts(f)))
const copyKey = autosaveCopyKeys.profileFacts()

/** Organisationsnummer and postal address, kept in the municipality profile so every new draft starts with them. */
export function ProfileFacts() {
  const profile = useUi((s) => s.profile)!
  const setProfile = useUi((s) => s.setProfile)
  const [facts, setFacts] = useState<Facts>(() => recoverStartingValue(copyKey, factsOf(profile), revisionOf))
  const [touched, setTouched] = useState<Record<string, boolean>>({})

  const save = useCallback(
    async (f: Facts) => {
      const current = useUi.getState().profile!
      const saved = await saveProfile({ ...current, ...storedFacts(f) })
      setProfile(saved)
    },
    [setProfile]
  )
  const { state } = useAutosave(facts, save, { copy: { key: copyKey, revisionOf } })

  const orgnr = parseAgreementOrganisationsnummer(facts.organisationsnummer)
  const postal = parsePostalCode(facts.postalCode)
  const orgnrError = touched.organisationsnummer && facts.organisationsnummer.trim() && !orgnr.ok ? orgnr.error : null
  const postalError = touched.postalCode && facts.postalCode.trim() && !postal.ok ? postal.error : null

  const set = (key: keyof Facts) => (e: React.ChangeEvent<HTMLInputElement>) => setFacts((f) => ({ ...f, [key]: e.target.value }))
  const blur = (key: keyof Facts) => () => {
    setTouched((t) => ({ ...t, [key]: true }))
    // Show the canonical form once the value is valid.
    if (key === 'organisationsnummer' && orgnr.ok && orgnr.value !== facts.organisationsnummer)
      setFacts((f) => ({ ...f, organisationsnummer: orgnr.value }))
    if (key === 'postalCode' && postal.ok && postal.value !== facts.postalCode) setFacts((f) => ({ ...f, postalCode: postal.value }))
  }

  return (
    <section aria-labelledby="profile-facts-title" className="card">
      <h2 id="profile-facts-title">{ag.profile.title}</h2>
      <p className="hint">{ag.profile.hint}</p>
      <p>
        <strong>{profile.officialName}</strong>
      </p>
      <Field label={ag.profile.orgnr} hint={ag.profile.orgnrHint} error={orgnrError}>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={facts.organisationsnummer}
          onChange={set('organisationsnummer')}
          onBlur={blur('organisationsnummer')}
        />
      </Field>
      <Field label={ag.profile.street}>
        <input type="text" autoComplete="street-address" value={facts.street} onChange={set('street')} onBlur={blur('street')} />
      </Field>
      <div className="field-row">
        <Field label={ag.profile.postalCode} hint={ag.profile.postalCodeHint} error={postalError}>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            size={8}
            value={facts.postalCode}
            onChange={set('postalCode')}
            onBlur={blur('postalCode')}
          />
        </Field>
        <Field label={ag.profile.city}>
          <input type="text" autoComplete="address-level2" value={facts.city} onChange={set('city')} onBlur={blur('city')} />
        </Field>
      </div>
      <SaveStatus state={state} />
    </section>
  )
}
