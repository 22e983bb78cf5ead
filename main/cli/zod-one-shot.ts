import * as z from 'zod'

// A command validates a handful of documents and exits. zod's fast path for objects compiles a
// function per schema on first use, which costs more than it saves here: without it, drafting the
// seed article takes about 6% fewer instructions. Imported first by commands.ts, because the
// setting is read as each schema is made.
z.config({ jitless: true })
