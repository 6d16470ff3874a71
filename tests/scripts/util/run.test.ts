import { describe, expect, it } from 'vitest'
import { startNode } from '#scripts/util/run'

describe('startNode', () => {
  it('finds the ready line through colour codes (CI=true makes Slidev colour a pipe), split across chunks', async () => {
    const script = `process.stdout.write('  > http://localhost:\\x1b[1m'); setTimeout(() => process.stdout.write('4321\\x1b[22m/\\n'), 50); setInterval(() => {}, 1000)`
    const started = await startNode('colours', ['-e', script], /localhost:(\d+)/, { timeoutMs: 10_000 })
    try {
      expect(started.match[1]).toBe('4321')
      expect(started.output()).toContain('http://localhost:4321/')
    }
    finally {
      await started.stop()
    }
  })

  it('says what the child printed when it exits before the ready line', async () => {
    await expect(startNode('early exit', ['-e', 'console.log("\\x1b[31mfalhou\\x1b[39m"); process.exit(3)'], /pronto/, { timeoutMs: 10_000 }))
      .rejects.toThrow(/early exit terminou com código 3:\nfalhou/)
  })
})
