// The deck's questions without answers, generated at build time (scripts/questions/vite-plugin.ts).
declare module 'virtual:dd-perguntas' {
  const questions: Array<{ id: string, slide: number, prompt: string, options: string[], multiple: boolean }>
  export default questions
}
