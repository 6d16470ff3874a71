// This deck's questions without their answers (id, slide, prompt, options), from the build
// (scripts/questions/vite-plugin.ts): the student's prompt to answer when not on the question's
// slide, and the presenter's controls for the slide on screen.
import questions from 'virtual:dd-perguntas'

export interface DeckQuestion {
  id: string
  /** 1-based slide number. */
  slide: number
  prompt: string
  options: string[]
  multiple: boolean
}

export const deckQuestions: readonly DeckQuestion[] = questions

export const questionOnSlide = (slide: number) => deckQuestions.find(q => q.slide === slide)
export const questionById = (id: string | null | undefined) => deckQuestions.find(q => q.id === id)
