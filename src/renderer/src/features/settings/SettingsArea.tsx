import { useEffect, useState } from 'react'
import { sv } from '@renderer/i18n/sv'
import { appInfo } from '@renderer/platform/bridge'
import { enterSafeMode, readSafeMode } from '@renderer/platform/safeMode'
import { persistedState, requestPersistence, type PersistState } from '@renderer/platform/storage'
import { useUi } from '@renderer/store/ui'
import type { AppInfo } from '@shared/ipc'
import { BackupReminderSetting } from './BackupReminderSetting'
import { StorageHealthPanel } from './StorageHealthPanel'

export default function SettingsArea() {
  const profile = useUi((s) => s.profile)
  const [persist, setPersist] = useState<PersistState | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    // Ask once on arrival: in Electron and in an installed browser profile this is granted silently.
    void requestPersistence().then(async (state) => setPersist(state === 'unknown' ? await persistedState() : state))
    void appInfo().then(setInfo)
  }, [])

  const persistText =
    persist === 'granted'
      ? sv.settings.persistGranted
      : persist === 'denied'
        ? sv.settings.persistDenied
        : persist === 'unknown'
          ? sv.settings.persistUnknown
          : sv.loading

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{sv.settings.title}</h1>
      <h2>{sv.settings.profile}</h2>
      {profile && (
        <dl className="facts">
          <dt>Kommun</dt>
          <dd>{profile.officialName}</dd>
          <dt>Kommunkod</dt>
          <dd>{profile.code}</dd>
        </dl>
      )}
      <h2>{sv.settings.storage}</h2>
      <p data-testid="persist-state" data-state={persist ?? 'loading'}>
        {persistText}
      </p>
      {persist === 'denied' && (
        <button type="button" onClick={() => void requestPersistence().then(setPersist)}>
          {sv.settings.persistAsk}
        </button>
      )}
      <StorageHealthPanel />
      <BackupReminderSetting />
      <h2>{sv.safeMode.label}</h2>
      <p>{sv.safeMode.settingsHint}</p>
      {!readSafeMode() && (
        <button type="button" className="secondary" onClick={enterSafeMode}>
          {sv.safeMode.enter}
        </button>
      )}
      <h2>{sv.settings.about}</h2>
      <p>{sv.settings.offline}</p>
      {info && <h3>{sv.settings.advanced}</h3>}
      {info && (
        <dl className="facts">
          <dt>{sv.settings.version}</dt>
          <dd>{info.version}</dd>
          <dt>Plattform</dt>
          <dd>{info.platform}</dd>
          <dt>Datamapp</dt>
          <dd>{info.userData}</dd>
        </dl>
      )}
    </section>
  )
}
