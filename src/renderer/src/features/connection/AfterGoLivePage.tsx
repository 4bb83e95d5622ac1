import { useState } from 'react'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { earlierNames, goLiveTimeline, nameHistory, terminationOf, termsTasks, type TermsTask } from '@renderer/domain/goLive/rules'
import { eventText, gl, goLiveStatements } from '@renderer/i18n/goLive'
import { routeHref, useUi } from '@renderer/store/ui'
import { TableHead } from '@renderer/ui/TableHead'
import { StatementView } from '../content/StatementView'
import { ContactsSection } from './AfterGoLiveContacts'
import { DateText, FormError, TextField, useGoLiveForm } from './AfterGoLiveForm'
import { BoardStatusMessage } from './BoardPage'
import { recordedOf, useBoardData, type BoardData } from './data'
import { agreementSent, recordTermsRead, recordTermsVersion, reorganise, terminate } from './goLiveActions'
import { summarize } from './summary'
import { useToday } from './useToday'

export function AfterGoLivePage({ content, boardId }: { content: ChecklistContent; boardId: string }) {
  const { load, reload } = useBoardData(boardId)
  if (load.status !== 'ready')
    return <BoardStatusMessage status={load.status} message={load.status === 'failed' ? load.message : undefined} />
  return <AfterGoLiveView content={content} data={load.data} reload={reload} />
}

function AfterGoLiveView({ content, data, reload }: { content: ChecklistContent; data: BoardData; reload: () => Promise<void> }) {
  const today = useToday()
  const announce = useUi((s) => s.announce)
  const [message, setMessage] = useState('')
  const { board, goLive } = data
  const summary = summarize(content, recordedOf(data), today)
  const termination = terminationOf(goLive)
  const canEdit = agreementSent(summary.state) && !termination
  const onSaved = async (text: string) => {
    setMessage(text)
    announce(text)
    await reload()
  }
  const earlier = earlierNames(board.name, goLive)
  return (
    <section aria-labelledby="go-live-title">
      <p className="breadcrumb">
        <a href={routeHref('anslutning', board.id)}>{gl.backToBoard(board.name)}</a>
      </p>
      <h1 id="go-live-title">{gl.pageTitle(board.name)}</h1>
      {earlier.length > 0 && <p data-testid="earlier-names">{gl.reorganisation.earlier(earlier)}</p>}
      <p>
        <strong>{gl.place}:</strong> <span data-testid="board-place">{summary.placeText}</span>
      </p>
      <p>{gl.intro}</p>
      {termination && (
        <p className="notice warn" data-testid="terminated-notice">
          {gl.terminatedNotice(termination.date, termination.by)}
        </p>
      )}
      {!termination && !canEdit && <p className="notice">{gl.notSent}</p>}
      <p role="status" data-testid="go-live-message">
        {message}
      </p>
      <ContactsSection key={`contacts-${goLive.length}`} data={data} today={today} canEdit={canEdit} onSaved={onSaved} />
      <ReorganisationSection data={data} canEdit={canEdit} onSaved={onSaved} />
      <TermsSection data={data} today={today} canEdit={canEdit} onSaved={onSaved} />
      <TerminationSection data={data} canEdit={canEdit} onSaved={onSaved} />
      <Timeline data={data} />
    </section>
  )
}

type SectionProps = { data: BoardData; canEdit: boolean; onSaved: (message: string) => Promise<void> }

function ReorganisationSection({ data, canEdit, onSaved }: SectionProps) {
  const t = gl.reorganisation
  const form = useGoLiveForm({ toName: '', unit: '', date: '', decisionReference: '' }, (v) => reorganise(data.board.id, v), onSaved)
  const { values, set, errors } = form
  const periods = nameHistory(data.board.name, data.goLive)
  return (
    <section className="card" aria-labelledby="go-live-reorg-title">
      <h2 id="go-live-reorg-title">{t.heading}</h2>
      <StatementView statement={goLiveStatements.partyVaries} className="hint" />
      <StatementView statement={goLiveStatements.reorganisation} className="hint" />
      <h3>{t.names}</h3>
      <table data-testid="name-history">
        <TableHead caption={t.namesCaption} columns={[t.colName, t.colFrom, t.colUntil, t.colUnit, t.colDecision]} />
        <tbody>
          {periods.map((p, i) => (
            <tr key={`${p.name}-${i}`}>
              <th scope="row">{p.name}</th>
              <td>{p.from ?? '–'}</td>
              <td>{p.until ?? gl.contacts.untilNow}</td>
              <td>{p.unit ?? '–'}</td>
              <td>{p.decisionReference ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="go-live-reorg-form-title">
          <h3 id="go-live-reorg-form-title">{t.formHeading}</h3>
          <TextField label={t.toName} value={values.toName} onChange={set('toName')} error={errors.toName} required />
          <TextField label={t.unit} value={values.unit} onChange={set('unit')} error={errors.unit} />
          <DateText label={t.date} value={values.date} onChange={set('date')} error={errors.date} required />
          <TextField
            label={t.decision}
            hint={t.decisionHint}
            value={values.decisionReference}
            onChange={set('decisionReference')}
            error={errors.decisionReference}
          />
          <FormError errors={errors} />
          <div className="actions">
            <button type="submit" disabled={form.busy}>
              {t.save}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

function TermsSection({ data, today, canEdit, onSaved }: SectionProps & { today: string }) {
  const t = gl.terms
  const form = useGoLiveForm({ version: '', date: '' }, (v) => recordTermsVersion(data.board.id, v), onSaved)
  const { values, set, errors } = form
  const tasks = termsTasks(data.goLive)
  const terminated = Boolean(terminationOf(data.goLive))
  return (
    <section className="card" aria-labelledby="go-live-terms-title">
      <h2 id="go-live-terms-title">{t.heading}</h2>
      <StatementView statement={goLiveStatements.terms} className="hint" />
      <StatementView statement={goLiveStatements.termsReread} className="hint" />
      {tasks.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table data-testid="terms-tasks">
          <TableHead caption={t.tasksCaption} columns={[t.colVersion, t.colDate, t.colRead]} />
          <tbody>
            {tasks.map(({ version, read }) => (
              <tr key={version.id}>
                <th scope="row">{version.version}</th>
                <td>{version.date}</td>
                <td>{read ? t.readBy(read.by, read.date) : `${t.open}: ${t.task}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!terminated &&
        tasks
          .filter((task) => !task.read)
          .map((task) => <TermsReadForm key={task.version.id} boardId={data.board.id} task={task} today={today} onSaved={onSaved} />)}
      {canEdit && (
        <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="go-live-terms-form-title">
          <h3 id="go-live-terms-form-title">{t.formHeading}</h3>
          <TextField
            label={t.version}
            hint={t.versionHint}
            value={values.version}
            onChange={set('version')}
            error={errors.version}
            required
          />
          <DateText label={t.date} value={values.date} onChange={set('date')} error={errors.date} required />
          <FormError errors={errors} />
          <div className="actions">
            <button type="submit" disabled={form.busy}>
              {t.save}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

function TermsReadForm(props: { boardId: string; task: TermsTask; today: string; onSaved: (message: string) => Promise<void> }) {
  const t = gl.terms
  const { version } = props.task
  const form = useGoLiveForm(
    { by: '', date: props.today },
    (v) => recordTermsRead(props.boardId, { termsVersionId: version.id, ...v }),
    props.onSaved
  )
  const { values, set, errors } = form
  const titleId = `go-live-read-${version.id}`
  return (
    <form className="notice warn" onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby={titleId} data-testid="terms-task">
      <h3 id={titleId}>{t.taskFor(version.version, version.date)}</h3>
      <TextField label={t.readBy_} value={values.by} onChange={set('by')} error={errors.by} required />
      <DateText label={t.readDate} value={values.date} onChange={set('date')} error={errors.date} required />
      <FormError errors={errors} />
      <div className="actions">
        <button type="submit" disabled={form.busy}>
          {t.readSave}
        </button>
      </div>
    </form>
  )
}

function TerminationSection({ data, canEdit, onSaved }: SectionProps) {
  const t = gl.termination
  const form = useGoLiveForm(
    { date: '', reason: '', by: '', understood: '' },
    (v) => terminate(data.board.id, { ...v, understood: v.understood === 'yes' }),
    onSaved
  )
  const { values, set, errors } = form
  const termination = terminationOf(data.goLive)
  return (
    <section className="card" aria-labelledby="go-live-termination-title">
      <h2 id="go-live-termination-title">{t.heading}</h2>
      <StatementView statement={goLiveStatements.termination} className="hint" />
      {termination && (
        <p data-testid="termination">
          <strong>{t.status}</strong> {termination.date}. {t.reason}: {termination.reason}. {t.by}: {termination.by}.
        </p>
      )}
      {canEdit && (
        <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="go-live-termination-form-title">
          <h3 id="go-live-termination-form-title">{t.formHeading}</h3>
          <DateText label={t.date} value={values.date} onChange={set('date')} error={errors.date} required />
          <TextField label={t.reason} value={values.reason} onChange={set('reason')} error={errors.reason} required />
          <TextField label={t.by} value={values.by} onChange={set('by')} error={errors.by} required />
          <div className={`field${errors.understood ? ' has-error' : ''}`}>
            <input
              type="checkbox"
              id="go-live-understood"
              checked={values.understood === 'yes'}
              onChange={(e) => set('understood')(e.target.checked ? 'yes' : '')}
              aria-invalid={errors.understood ? true : undefined}
              aria-describedby={errors.understood ? 'go-live-understood-error' : undefined}
            />{' '}
            <label htmlFor="go-live-understood">{t.understood(data.board.name)}</label>
            {errors.understood && (
              <p className="error" id="go-live-understood-error">
                {errors.understood}
              </p>
            )}
          </div>
          <FormError errors={errors} />
          <div className="actions">
            <button type="submit" className="danger" disabled={form.busy}>
              {t.save}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

function Timeline({ data }: { data: BoardData }) {
  const t = gl.timeline
  const events = goLiveTimeline(data.goLive)
  const versionOf = (id: string) => {
    const v = data.goLive.find((e) => e.id === id)
    return v?.kind === 'terms-version' ? v.version : undefined
  }
  return (
    <section className="card" aria-labelledby="go-live-timeline-title">
      <h2 id="go-live-timeline-title">{t.heading}</h2>
      {events.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table data-testid="go-live-timeline">
          <TableHead caption={t.caption} columns={[t.colDate, t.colEvent, t.colRecorded]} />
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.kind === 'contact' ? e.from : e.date}</td>
                <td>{eventText(e, versionOf)}</td>
                <td>{e.recordedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
