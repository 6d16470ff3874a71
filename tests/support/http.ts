// A raw HTTP GET (no automatic decompression, unlike fetch): status, headers and the bytes as sent.
import { request } from 'node:http'

export interface RawResponse { status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject).end()
  })
}
