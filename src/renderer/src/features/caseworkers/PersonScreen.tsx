import { useCallback, useEffect, useState } from 'react'
import { undertakingStatusDetail } from '@renderer/domain/caseworkers/status'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { cw } from '@renderer/i18n/caseworkers/register'
import { navigate, routeHref, useUi } from '@renderer/store/ui'
import { PersonDetails } from './PersonDetails'
import { whyText } from './statusText'
import { AccessSection } from './AccessSection'
import { MistakeDeletion } from './MistakeDeletion'
import { SignSection } from './SignSection'
import { downloadAcknowledgementFiles, loadPersonPage, type PersonPage } from './actions/person'

export default function PersonScreen({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<PersonPage | null | 'missing'>(null)
  const [message, setMessage] = useState<string | null>(null)
  const profile = useUi((s) => s.profile)
  const announce = useUi((s) => s.announce)

  const load = useCallback(async () => {
    setLoaded((await loadPersonPage(id)) ?? 'missing')
  }, [id])
  useEffect(() => {
    void load()
  }, [load])

  if (loaded === null) return <p className="loading">Laddar…</p>
  if (loaded === 'missing')
    return (
      <section aria-labelledby="cw-person-title">
        <h1 id="cw-person-title">Personen finns inte</h1>
        <p className="notice warn">{cw.person.notFound}</p>
        <p>
          <a href={routeHref('handlaggare')}>{cw.person.back}</a>
        </p>
      </section>
    )

  const { person, acks, versions, policy } = loaded
  const current = versions[versions.length - 1] ?? null
  const today = localToday()
  const detail = undertakingStatusDetail(person, acks, current, today, policy)
  const versionById = new Map(versions.map((v) => [v.id, v]))

  return (
    <section aria-labelledby="cw-person-title">
      <p>
        <a href={routeHref('handlaggare')}>{cw.person.back}</a>
      </p>
      <h1 id="cw-person-title">{person.name}</h1>
      <p>
        <span className={`badge ${cw.statusBadge[detail.status]}`} data-testid="person-status">
          {cw.status[detail.status]}
        </span>{' '}
        {whyText(detail)}
      </p>
      {message && (
        <p className="notice ok" role="status">
          {message}
        </p>
      )}

      <SignSection
        person={person}
        current={current}
        detail={detail}
        municipality={profile?.officialName ?? ''}
        onRegistered={async () => {
          setMessage(cw.person.registered)
          await load()
        }}
      />

      <h2>{cw.person.historyTitle}</h2>
      {acks.length === 0 ? (
        <p>{cw.person.noHistory}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{cw.person.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{cw.person.historyColumns.version}</th>
              <th scope="col">{cw.person.historyColumns.signedOn}</th>
              <th scope="col">{cw.person.historyColumns.method}</th>
              <th scope="col">{cw.person.historyColumns.hash}</th>
              <th scope="col">{cw.person.historyColumns.note}</th>
              <th scope="col">{cw.person.historyColumns.file}</th>
            </tr>
          </thead>
          <tbody>
            {acks.map((a) => (
              <tr key={a.id}>
                <th scope="row">{versionById.get(a.versionId)?.number ?? a.versionNumber}</th>
                <td>{a.signedOn}</td>
                <td>{cw.person.methods[a.method]}</td>
                <td className="cw-hash">{a.sha256}</td>
                <td>{a.note ?? ''}</td>
                <td>
                  {a.attachmentIds.length > 0 && (
                    <button type="button" className="secondary" onClick={() => void downloadAcknowledgementFiles(a)}>
                      {cw.person.download(`v${a.versionNumber} ${a.signedOn}`)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <AccessSection
        key={`access-${person.accessFrom ?? ''}-${person.accessTo ?? ''}-${person.accessHistory?.length ?? 0}`}
        person={person}
        onSaved={async (text) => {
          setMessage(text)
          await load()
        }}
      />

      <h2>{cw.person.detailsTitle}</h2>
      <PersonDetails key={person.id} person={person} others={loaded.others} units={loaded.units} onSaved={() => void load()} />

      <h2>{cw.person.eraseTitle}</h2>
      <MistakeDeletion
        person={person}
        onDeleted={() => {
          announce(cw.person.erased(person.name))
          navigate('handlaggare')
        }}
      />
    </section>
  )
}
