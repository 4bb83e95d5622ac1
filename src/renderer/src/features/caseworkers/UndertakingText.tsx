/** The exact text of a version, paragraph by paragraph, in a focusable scroll box. */
export function UndertakingText({ text, label }: { text: string; label: string }) {
  const paragraphs = text.trim().split(/\n{2,}/)
  return (
    <div className="cw-text" tabIndex={0} role="region" aria-label={label}>
      {paragraphs.map((p, i) =>
        i === 0 ? (
          <p key={i}>
            <strong>{p}</strong>
          </p>
        ) : (
          <p key={i}>{p}</p>
        )
      )}
    </div>
  )
}
