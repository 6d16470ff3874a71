// The part of autocannon's programmatic API that scripts/cli/load.ts uses (the package ships no types).
declare module 'autocannon' {
  export interface Histogram { average: number, mean: number, p50: number, p90: number, p99: number, max: number, total: number }
  export interface Result {
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    duration: number
    connections: number
  }
  export interface Options {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: { method?: string, path: string, headers?: Record<string, string> }[]
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
