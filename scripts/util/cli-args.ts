// Command-line options for scripts/cli/*: node:util's parseArgs, with its mistakes told in
// Portuguese next to the command's usage line (exit code 2), not as a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util'

const MISTAKES: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'opção desconhecida',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'valor inválido',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'argumento inesperado',
}

export function cliArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (!(code in MISTAKES)) throw error
    const what = /'([^']+)'/.exec((error as Error).message)?.[1]
    console.error(`${MISTAKES[code]}${what ? `: ${what}` : ''}\nUso: ${usage}`)
    process.exit(2)
  }
}
