/**
 * The template a first brief is drafted with when nothing else was chosen: the app's start screen
 * (before any draft) and the command line's `draft` without --template agree on it.
 */
export const DEFAULT_TEMPLATE_ID = 'policy-brief'
