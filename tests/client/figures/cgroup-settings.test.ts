import { describe, expect, it } from 'vitest'
import { CGROUP_STEPS, OOM, cpuMax, describeLimits, dockerRunArgs, ioMax, limits, memoryOutcome, parseSize } from '#client/figures/cgroup-settings'

describe('docker size and limit conversions', () => {
  it('parses Docker sizes as binary units', () => {
    expect(parseSize('256m')).toBe(268_435_456)
    expect(parseSize('1mb')).toBe(1_048_576)
    expect(parseSize('512k')).toBe(524_288)
    expect(parseSize('1g')).toBe(1_073_741_824)
    expect(parseSize('100')).toBe(100)
    expect(() => parseSize('muito')).toThrow(/inválido/)
  })

  it('turns --cpus into cpu.max quota and period (µs)', () => {
    expect(cpuMax(0.5)).toBe('50000 100000')
    expect(cpuMax(1.5)).toBe('150000 100000')
    expect(cpuMax(2)).toBe('200000 100000')
  })

  it('turns --device-read-bps into an io.max line with the device number', () => {
    expect(ioMax('/dev/sda:1mb')).toBe('8:0 rbps=1048576 wbps=max riops=max wiops=max')
    expect(ioMax('/dev/sdb:512k')).toBe('8:16 rbps=524288 wbps=max riops=max wiops=max')
    expect(() => ioMax('/dev/xyz:1mb')).toThrow(/desconhecido/)
  })
})

describe('the limits on the slide', () => {
  it('are the three of REFERENCES.md, each with its cgroup v2 file', () => {
    expect(limits.map(l => `${l.flag} ${l.value}`)).toEqual(['--cpus 0.5', '--memory 256m', '--device-read-bps /dev/sda:1mb'])
    expect(limits.map(l => `${l.file}=${l.fileValue}`)).toEqual(['cpu.max=50000 100000', 'memory.max=268435456', 'io.max=8:0 rbps=1048576 wbps=max riops=max wiops=max'])
    expect(dockerRunArgs().join(' ')).toBe('docker run --name web --cpus 0.5 --memory 256m --device-read-bps /dev/sda:1mb nginx')
    expect(CGROUP_STEPS).toBe(4)
  })

  it('kills past memory.max (plus the swap allowed), not at it', () => {
    const limit = parseSize('256m')
    expect(memoryOutcome(limit)).toBe('ok')
    expect(memoryOutcome(limit + 1)).toBe('oom-kill')
    expect(memoryOutcome(parseSize('300m'), limit, parseSize('256m'))).toBe('ok')
    expect(OOM.outcome).toBe('oom-kill')
    expect(OOM.exitCode).toBe(137)
    expect(OOM.inspect).toBe("docker inspect -f '{{.State.OOMKilled}}' web")
  })

  it('describes only what is on screen', () => {
    expect(describeLimits(0)).not.toMatch(/cpu\.max/)
    expect(describeLimits(1)).toMatch(/CPU: --cpus 0\.5, limite de meia CPU; no cgroup v2, cpu\.max = 50000 100000\./)
    expect(describeLimits(3)).not.toMatch(/OOM/)
    expect(describeLimits(4)).toMatch(/300 MiB.*OOM killer.*137/)
  })
})
