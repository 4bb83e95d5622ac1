import defaultFile from '@resources/content/undertaking-default.json'
import {
  defaultUndertakingContent,
  type UndertakingContent,
  type UndertakingDefaultFile
} from '@renderer/domain/caseworkers/undertakingText'

/** The shipped default undertaking (resources/content/undertaking-default.json), suggestions marked. */
export const DEFAULT_UNDERTAKING: UndertakingContent = defaultUndertakingContent(defaultFile as UndertakingDefaultFile)

/** The legal reference's statements, shown with their sources beside the field. */
export const DEFAULT_LEGAL_STATEMENTS = [
  (defaultFile as UndertakingDefaultFile).legalReference,
  (defaultFile as UndertakingDefaultFile).legalContext
]
