// The limits CgroupLimits shows: each `docker run` flag, what it means, and the cgroup v2 file and
// value it becomes. The conversions are computed, so they can be tested. Sources (ids in
// slides/FONTES.md): the flags and Docker's binary units [docker-res]; the files cpu.max,
// memory.max, io.max and their format [cgv2]; the OOM exit code 137 = 128 + SIGKILL [docker-res].

/** Docker's sizes are binary: 1k = 1024, 1m = 1024², 1g = 1024³ ("256m", "1mb"). */
export function parseSize(size: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(size.trim())
  if (!match) throw new Error(`tamanho inválido: ${size}`)
  const power = ['', 'k', 'm', 'g'].indexOf(match[2].toLowerCase())
  return Math.round(Number(match[1]) * 1024 ** power)
}

/** `--cpus 0.5` → cpu.max "50000 100000": quota per 100 ms period, in microseconds. */
export function cpuMax(cpus: number, periodUs = 100_000): string {
  return `${Math.round(cpus * periodUs)} ${periodUs}`
}

/** Major:minor of the block devices the slide uses (sda is 8:0 on Linux). */
const DEVICE_NUMBERS: Record<string, string> = { '/dev/sda': '8:0', '/dev/sdb': '8:16' }

/** `--device-read-bps /dev/sda:1mb` → the io.max line the kernel prints: the limits not set read "max". */
export function ioMax(deviceRate: string): string {
  const [device, rate] = deviceRate.split(':')
  const numbers = DEVICE_NUMBERS[device]
  if (!numbers || !rate) throw new Error(`dispositivo desconhecido: ${deviceRate}`)
  return `${numbers} rbps=${parseSize(rate)} wbps=max riops=max wiops=max`
}

export interface CgroupLimit {
  id: 'cpu' | 'memory' | 'io'
  resource: string
  flag: string
  value: string
  /** What the limit means, in a few words (the flag is in the command above the cards). */
  meaning: string
  file: string
  fileValue: string
}

const CPUS = 0.5
const MEMORY = '256m'
const READ_BPS = '/dev/sda:1mb'

export const limits: CgroupLimit[] = [
  { id: 'cpu', resource: 'CPU', flag: '--cpus', value: String(CPUS), meaning: 'meia CPU', file: 'cpu.max', fileValue: cpuMax(CPUS) },
  { id: 'memory', resource: 'Memória', flag: '--memory', value: MEMORY, meaning: '256 MiB', file: 'memory.max', fileValue: String(parseSize(MEMORY)) },
  { id: 'io', resource: 'E/S', flag: '--device-read-bps', value: READ_BPS, meaning: 'leitura: 1 MiB/s', file: 'io.max', fileValue: ioMax(READ_BPS) },
]

export const IMAGE = 'nginx'
export const NAME = 'web'

export function dockerRunArgs(list = limits): string[] {
  return ['docker', 'run', '--name', NAME, ...list.flatMap(l => [l.flag, l.value]), IMAGE]
}

export type MemoryOutcome = 'ok' | 'oom-kill'

/** Past memory.max plus the swap allowed (none on a host without swap) the OOM killer ends the process. */
export function memoryOutcome(usedBytes: number, limitBytes = parseSize(MEMORY), swapBytes = 0): MemoryOutcome {
  return usedBytes > limitBytes + swapBytes ? 'oom-kill' : 'ok'
}

const TRIES = '300m'

export const OOM = {
  tries: TRIES,
  outcome: memoryOutcome(parseSize(TRIES)),
  /** 137 = 128 + 9: the process got SIGKILL. */
  exitCode: 128 + 9,
  inspect: `docker inspect -f '{{.State.OOMKilled}}' ${NAME}`,
} as const

/** Clicks: one per limit, then what happens past the memory limit. */
export const CGROUP_STEPS = limits.length + 1
export const OOM_STEP = CGROUP_STEPS

/** What a screen reader hears at `step`. */
export function describeLimits(step: number): string {
  const shown = limits.slice(0, step).map(l => `${l.resource}: ${l.flag} ${l.value}, limite de ${l.meaning}; no cgroup v2, ${l.file} = ${l.fileValue}.`)
  const oom = step >= OOM_STEP ? [`Se o processo tenta usar ${TRIES.replace('m', ' MiB')}, acima do limite e sem swap, o OOM killer do kernel o mata: código de saída ${OOM.exitCode}, OOMKilled true.`] : []
  return [`O comando: ${dockerRunArgs().join(' ')}.`, ...shown, ...oom].join(' ')
}
