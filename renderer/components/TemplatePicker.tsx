import { useId } from 'react'
import type { OpenedArticle, TemplateListing } from '../state/useWorkspace'

/** The open articles, the template to draft with, and the Draft button. */
export function TemplatePicker(props: {
  templates: TemplateListing[]
  templateId: string
  articles: OpenedArticle[]
  busy: boolean
  onChange: (id: string) => void
  onDraft: () => void
}) {
  const id = useId()
  return (
    <div className="template-picker">
      {props.articles.length > 0 && (
        <ul className="articles" aria-label="Open articles">
          {props.articles.map((article) => (
            <li key={article.articleId}>
              <strong>{article.title}</strong>
              <span>
                {article.actors} actors · {article.quotes} quotes
              </span>
              {article.warnings.map((warning) => (
                <small key={warning}>{warning}</small>
              ))}
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>Template</label>
      <select
        id={id}
        value={props.templateId}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.templates.map((template) => (
          <option
            key={template.id}
            value={template.id}
            disabled={Boolean(template.error)}
            title={template.error ?? template.description}
          >
            {template.name}
            {template.builtIn ? '' : ' (yours)'}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="primary"
        disabled={props.busy || props.articles.length === 0 || !props.templateId}
        onClick={props.onDraft}
      >
        Draft brief
      </button>
    </div>
  )
}
