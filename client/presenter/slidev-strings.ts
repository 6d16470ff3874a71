// Slidev's own interface strings that the students and the lecturer can see (tooltips of the play
// view's controls, the quick overview, "go to", the overview page, the settings menu), each with
// its pt-BR replacement. The one list: scripts/site/slidev-pt.ts swaps them into Slidev's .vue files
// at build time (and fails the build when Slidev no longer has one, so an upgrade is noticed), and
// the end-to-end test of English words derives its word list from the English side.

/** File of @slidev/client → [exact source text, replacement] (quotes included, so a match is precise). */
export const SLIDEV_STRINGS: Record<string, [string, string][]> = {
  'internals/NavControls.vue': [
    [`'Close fullscreen'`, `'Sair da tela cheia'`],
    [`'Enter fullscreen'`, `'Tela cheia'`],
    [`title="Go to previous slide"`, `title="Slide anterior"`],
    [`title="Go to next slide"`, `title="Próximo slide"`],
    [`title="Show slide overview"`, `title="Visão geral dos slides"`],
    [`'Switch to light mode theme'`, `'Mudar para o tema claro'`],
    [`'Switch to dark mode theme'`, `'Mudar para o tema escuro'`],
    [`'Disable laser pointer'`, `'Desligar o apontador laser'`],
    [`'Enable laser pointer'`, `'Ligar o apontador laser'`],
    [`'Hide presenter cursor'`, `'Esconder o cursor do apresentador'`],
    [`'Show presenter cursor'`, `'Mostrar o cursor do apresentador'`],
    [`'Hide drawing toolbar'`, `'Esconder as ferramentas de desenho'`],
    [`'Show drawing toolbar'`, `'Mostrar as ferramentas de desenho'`],
    [`title="Play Mode"`, `title="Modo de exibição"`],
    [`title="Presenter Mode"`, `title="Modo apresentador"`],
    [`title="Download as PDF"`, `title="Baixar em PDF"`],
    [`title="Browser Exporter"`, `title="Exportar pelo navegador"`],
    [`title="Show info"`, `title="Informações"`],
    [`title="Toggle Presenter Layout"`, `title="Trocar o arranjo do apresentador"`],
    [`title="More Options"`, `title="Mais opções"`],
  ],
  'internals/QuickOverview.vue': [
    [`title="Close"`, `title="Fechar"`],
    [`title="Slides Overview"`, `title="Visão geral dos slides"`],
    [`title="Capture slides as images"`, `title="Capturar os slides como imagens"`],
  ],
  'internals/Goto.vue': [
    [`placeholder="Goto..."`, `placeholder="Ir para o slide…" aria-label="Ir para o slide"`],
  ],
  'internals/NoteDisplay.vue': [
    [`'No notes.'`, `'Sem notas.'`],
  ],
  'internals/Settings.vue': [
    [`title="Invert"`, `title="Inverter cores"`],
    [`title="Brightness"`, `title="Brilho"`],
    [`title="Contrast"`, `title="Contraste"`],
    [`title="Saturation"`, `title="Saturação"`],
    [`title="Sepia"`, `title="Sépia"`],
    [`title="Hue Rotate"`, `title="Girar matiz"`],
    [`title="Cursor Style"`, `title="Estilo do cursor"`],
    [`title="Slide Scale"`, `title="Escala do slide"`],
    [`label: 'Fit'`, `label: 'Ajustar'`],
    [`title="Wake Lock"`, `title="Manter a tela acesa"`],
    [`title="Hide Idle Cursor"`, `title="Esconder o cursor parado"`],
  ],
  'internals/SyncControls.vue': [
    [`title="Change sync settings"`, `title="Sincronização entre janelas"`],
    [`>Slides navigation syncing for <`, `>Sincronização da navegação para o <`],
    [`isPresenter ? 'presenter' : 'viewer'`, `isPresenter ? 'apresentador' : 'espectador'`],
    [`title="Sync Mode"`, `title="Modo de sincronização"`],
    [`display: 'Bidirectional Sync'`, `display: 'Nos dois sentidos'`],
    [`display: 'Receive Only'`, `display: 'Só receber'`],
    [`display: 'Send Only'`, `display: 'Só enviar'`],
    [`display: 'Disable'`, `display: 'Desligada'`],
  ],
  'internals/ClicksSlider.vue': [
    ['`Clicks in this slide: ${length}`', '`Passos neste slide: ${length}`'],
  ],
  'pages/notes.vue': [
    ['`Notes - ${slidesTitle}`', '`Notas · ${slidesTitle}`'],
  ],
  'pages/overview.vue': [
    ['`Overview - ${slidesTitle}`', '`Visão geral · ${slidesTitle}`'],
    [`'Switch to light mode theme'`, `'Mudar para o tema claro'`],
    [`'Switch to dark mode theme'`, `'Mudar para o tema escuro'`],
    [`'Dark mode'`, `'Tema escuro'`],
    [`'Light mode'`, `'Tema claro'`],
    [`title="Play in new tab"`, `title="Abrir em nova aba"`],
    [`title="Open in editor"`, `title="Abrir no editor"`],
  ],
}

/** The English words of Slidev's interface (and a few of its presenter page), for the test that hunts them. */
export const ENGLISH_UI_WORDS: string[] = [
  'Current', 'Next', 'Slides', 'Screen Mirror', 'Notes', 'Timer', 'Toggle', 'Overview', 'Draw', 'Presenter',
  'End of the presentation', 'Increase font size', 'Decrease font size', 'Resize', 'Clicks in this slide',
  'Goto', 'Close', 'Previous', 'Play', 'Pause', 'Reset', 'fullscreen', 'Switch to', 'Show', 'Hide', 'Options',
  'Undo', 'Redo', 'Erase', 'Download', 'Sync', 'Enter password', 'No notes',
]
