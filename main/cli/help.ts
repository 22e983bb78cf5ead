/** The text of `briefwright --help`. */
export const HELP = `Usage: briefwright <command> [options]

Turn news articles into policy briefs.

Commands:
  draft <source>...           Draft a brief from articles (file, http(s) URL, or - for stdin)
      --template ID           Template to draft with (default: policy-brief)
      --out FILE.pdf          Write the PDF here (one source, or --merge)
      --out-dir DIR           Write one PDF per source into DIR
      --save FILE.brief       Also save the editable brief (one source, or --merge)
      --merge                 Draft one brief from all the sources: actors and
                              quotations merged, every source in Sources
  analyze <source> --json     Print the article's structure, actors, quotes and key sentences
  read <source> [--json | --text]
                              Print what was read: title, byline, outlet, date, URL, dateline
                              and every block (heading, paragraph, quote, list, caption)
  export <file.brief> --out FILE.pdf
                              Render a saved brief to PDF
  check <file.brief> [--json] [--template ID]
                              Check a saved brief as an editor would: one finding a line
                              (section: severity rule: message), then a count; exit 3 if one is an error
      --format docx           Write a Word document instead (--out FILE.docx)
  templates list [--json]     List built-in and saved templates
  templates show ID           Print a template as .brieftemplate JSON
  templates save FILE.brief --name NAME
                              Save a brief's sections and style as a new template
  templates import FILE       Add a .brieftemplate file to the saved templates
  templates export ID --out FILE
                              Write a template to a .brieftemplate file
  templates delete ID         Delete a saved template (built-ins are read-only)
  templates duplicate ID      Copy a template (built-ins too) as "<name> copy"; prints its id
  templates rename ID --name NAME
                              Rename a saved template (its id stays)
  web [--port N]              Run the editor in the browser on 127.0.0.1

Options:
  --data-dir DIR              Folder for saved templates and settings
  --debug                     Show stack traces for faults
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 success, 1 a fault in Briefwright, 2 bad input, 3 the check found an error.
`
