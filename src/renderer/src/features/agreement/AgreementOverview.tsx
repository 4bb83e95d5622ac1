import { useEffect, useState } from 'react'
import { listBoards } from '@renderer/db/boards'
import type { BoardRecord } from '@renderer/db/types'
import { ag } from '@renderer/i18n/agreement'
import { DraftList } from './DraftList'
import { ProfileFacts } from './ProfileFacts'
import { TemplateList } from './TemplateList'

export function AgreementOverview() {
  const [boards, setBoards] = useState<BoardRecord[] | null>(null)
  useEffect(() => {
    void listBoards().then(setBoards)
  }, [])
  return (
    <section aria-labelledby="agreement-title" className="agreement">
      <h1 id="agreement-title">{ag.title}</h1>
      <p>{ag.intro}</p>
      <ProfileFacts />
      {boards?.map((b) => (
        <DraftList key={b.id} board={b} />
      ))}
      <TemplateList />
    </section>
  )
}
