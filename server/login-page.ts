// The presenter's login page (GET /entrar), in Portuguese, with no script and no external asset.
import { escapeHtml } from '@vue/shared'

export interface LoginPageOptions {
  voltar: string
  /** A line shown above the form: a wrong password, or how long to wait. */
  message?: string
}

export function renderLoginPage({ voltar, message }: LoginPageOptions): string {
  return `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Entrar como apresentador</title>
<style>
html { font: 18px/1.5 ui-sans-serif, system-ui, sans-serif; color: #0f1b2d; background: #fff; }
@media (prefers-color-scheme: dark) { html { color: #e8eef7; background: #0e1624; } }
main { max-width: 24rem; margin: 15vh auto; padding: 0 1.25rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input, button { font: inherit; padding: .5rem .75rem; border-radius: .375rem; }
input { width: 100%; box-sizing: border-box; border: 2px solid #5b6b80; }
button { margin-top: 1rem; border: 0; background: #0b5cad; color: #fff; cursor: pointer; }
input:focus-visible, button:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
[role="alert"] { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) { [role="alert"] { color: #ffb4ab; } }
</style>
</head>
<body>
<main>
<h1>Entrar como apresentador</h1>
<p>Digite a senha do apresentador: a que o <code>npm run live</code> mostrou no terminal, ou a que você definiu em <code>LIVE_PASSWORD</code>.</p>
${message ? `<p role="alert">${escapeHtml(message)}</p>\n` : ''}<form method="post" action="/entrar">
<input type="hidden" name="voltar" value="${escapeHtml(voltar)}">
<label for="senha">Senha</label>
<input id="senha" name="senha" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Entrar</button>
</form>
</main>
</body>
</html>
`
}
