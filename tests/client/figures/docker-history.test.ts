import { describe, expect, it } from 'vitest'
import { DOCKER_0_1, DOCKER_1_0, DOCKER_TIMELINE_STEPS, MONTHS_TO_1_0, dateLabel, describeHistory, dockerHistory, monthsBetween, shortDateLabel } from '#client/figures/docker-history'

const byId = (id: string) => dockerHistory.find(e => e.id === id)!

describe('Docker timeline', () => {
  it('goes 0.1 → Docker, Inc. → 0.9 → 1.0 → OCI/runc → today (the dotCloud has its own slide)', () => {
    expect(dockerHistory.map(e => e.id)).toEqual(['docker-0.1', 'docker-inc', 'docker-0.9', 'docker-1.0', 'oci-runc', 'today'])
    expect(DOCKER_TIMELINE_STEPS).toBe(5)
  })

  it('has the dates of slides/FONTES.md (OCI founded June 2015)', () => {
    expect(DOCKER_0_1).toEqual({ year: 2013, month: 3 })
    expect(DOCKER_1_0).toEqual({ year: 2014, month: 6, day: 9 })
    expect(byId('docker-inc').date).toEqual({ year: 2013, month: 10 })
    expect(byId('docker-0.9').date).toEqual({ year: 2014, month: 3 })
    expect(byId('oci-runc').date).toEqual({ year: 2015, month: 6 })
    expect(byId('docker-0.9').text).toMatch(/LXC.*libcontainer/)
    expect(byId('oci-runc').title).toBe('OCI e runc')
    expect(byId('oci-runc').text).toMatch(/libcontainer.*runc/)
    expect(byId('today').title).toBe('Engine 29')
    expect(byId('today').text).toMatch(/containerd/)
    expect(byId('docker-inc').text).toMatch(/dotCloud/)
  })

  it('is in chronological order', () => {
    const dated = dockerHistory.filter(e => e.date)
    const keys = dated.map(e => e.date!.year * 100 + (e.date!.month ?? 0))
    expect(keys).toEqual([...keys].sort((a, b) => a - b))
    expect(dockerHistory.at(-1)!.id).toBe('today')
  })

  it('computes the 15 months from 0.1 to 1.0 and says so on the 1.0 event', () => {
    expect(monthsBetween({ year: 2013, month: 3 }, { year: 2014, month: 6 })).toBe(15)
    expect(monthsBetween({ year: 2013, month: 11 }, { year: 2014, month: 2 })).toBe(3)
    expect(MONTHS_TO_1_0).toBe(15)
    expect(byId('docker-1.0').text).toBe('estável, 15 meses depois')
    expect(() => monthsBetween({ year: 2013 }, DOCKER_1_0)).toThrow()
  })

  it('writes dates in Portuguese', () => {
    expect(dateLabel(byId('docker-0.1'))).toBe('março de 2013')
    expect(dateLabel(byId('docker-1.0'))).toBe('9 de junho de 2014')
    expect(dateLabel(byId('oci-runc'))).toBe('junho de 2015')
    expect(dateLabel({ id: 'x', date: { year: 2015 }, title: '', text: '' })).toBe('2015')
    expect(dateLabel(byId('today'))).toBe('hoje')
    expect(shortDateLabel(byId('docker-0.1'))).toBe('mar. 2013')
    expect(shortDateLabel(byId('docker-1.0'))).toBe('9 jun. 2014')
    expect(shortDateLabel(byId('oci-runc'))).toBe('jun. 2015')
    expect(shortDateLabel(byId('today'))).toBe('hoje')
  })

  it('describes only the events shown so far', () => {
    expect(describeHistory(0)).toBe('março de 2013: Docker 0.1, código aberto.')
    expect(describeHistory(5)).toMatch(/9 de junho de 2014: Docker 1\.0, estável, 15 meses depois\./)
    expect(describeHistory(0)).not.toMatch(/outubro/)
  })
})
