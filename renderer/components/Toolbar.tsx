/** The top bar: the document's name and the document commands. */
export function Toolbar(props: {
  title: string
  busy: string | null
  hasBrief: boolean
  onNew: () => void
  onSave: () => void
  onExport: () => void
}) {
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">{props.title}</h1>
      <div className="toolbar-actions" role="toolbar" aria-label="Document">
        <button type="button" onClick={props.onNew}>
          New brief
        </button>
        <button type="button" onClick={props.onSave} disabled={!props.hasBrief || props.busy !== null}>
          Save
        </button>
        <button
          type="button"
          className="primary"
          onClick={props.onExport}
          disabled={!props.hasBrief || props.busy !== null}
        >
          Export PDF
        </button>
      </div>
    </header>
  )
}
