// The presenter's login page (GET /entrar), in Portuguese, with no script and no external asset.
import { escapeHtml } from '@vue/shared'
import { renderPage } from '#scripts/site/page'

export interface LoginPageOptions {
  voltar: string
  /** A line shown above the form: a wrong password, or how long to wait. */
  message?: string
}

export function renderLoginPage({ voltar, message }: LoginPageOptions): string {
  return renderPage({
    title: 'Entrar como apresentador',
    head: '<meta name="robots" content="noindex">\n',
    style: `
main { max-width: 24rem; margin: 15vh auto; padding: 0 1.25rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input, button { font: inherit; padding: .5rem .75rem; border-radius: .375rem; }
input { width: 100%; box-sizing: border-box; border: 2px solid var(--dd-muted); }
button { margin-top: 1rem; border: 0; background: var(--dd-primary); color: var(--dd-bg); cursor: pointer; }
[role="alert"] { color: var(--dd-danger); font-weight: 600; }`,
    body: `
<main>
<h1>Entrar como apresentador</h1>
<p>Digite a senha do apresentador: a que o <code>npm run live</code> mostrou no terminal, ou a que você definiu em <code>LIVE_PASSWORD</code>.</p>
${message ? `<p role="alert">${escapeHtml(message)}</p>\n` : ''}<form method="post" action="/entrar">
<input type="hidden" name="voltar" value="${escapeHtml(voltar)}">
<label for="senha">Senha</label>
<input id="senha" name="senha" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Entrar</button>
</form>
</main>`,
  })
}
