import type { AreaProps } from '@renderer/ui/areaProps'
import { AgreementOverview } from './AgreementOverview'
import { DraftEditor } from './DraftEditor'
import { SendPackage } from './SendPackage'
import './agreement.css'

/** #/avtal → overview; #/avtal/utkast/<id> → the draft editor; #/avtal/paket/<id> → what to send to FK. */
export default function AgreementArea({ params }: AreaProps) {
  const [view, id] = params
  if (view === 'utkast' && id) return <DraftEditor key={id} draftId={id} />
  if (view === 'paket' && id) return <SendPackage key={id} draftId={id} />
  return <AgreementOverview />
}
