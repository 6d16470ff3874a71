import { describe, expect, it } from 'vitest'
import { NAMESPACE_STEPS, describeNamespaces, kernelLabel, namespaceGroups, namespaces, namespacesOf } from '#client/figures/namespaces'

// The table in REFERENCES.md (Aula 4, from man 7 namespaces): namespace → kernel it arrived in.
const REFERENCE_KERNELS = {
  mnt: '2.4.19',
  uts: '2.6.19',
  ipc: '2.6.19',
  pid: '2.6.24',
  net: '2.6.24',
  user: '3.8',
  cgroup: '4.6',
  time: '5.6',
}

const byId = (id: string) => namespaces.find(ns => ns.id === id)!

describe('namespace data', () => {
  it('lists the eight namespaces of REFERENCES.md with the kernel each came with, oldest first', () => {
    expect(Object.fromEntries(namespaces.map(ns => [ns.id, ns.kernel]))).toEqual(REFERENCE_KERNELS)
    const years = namespaces.map(ns => ns.year)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(byId('mnt').year).toBe(2002)
    expect(byId('user').year).toBe(2013)
    expect(byId('mnt').kernelNote).toBe('o primeiro')
    expect(byId('net').kernelNote).toMatch(/2\.6\.29/)
  })

  it('says what each isolates, as in the reference table', () => {
    expect(byId('mnt').isolates).toMatch(/montagem/)
    expect(byId('uts').isolates).toMatch(/hostname.*NIS/)
    expect(byId('ipc').isolates).toMatch(/System V.*POSIX/)
    expect(byId('pid').isolates).toMatch(/processo/)
    expect(byId('net').isolates).toMatch(/interfaces.*rotas.*iptables/)
    expect(byId('net').detail).toMatch(/portas/)
    expect(byId('user').isolates).toMatch(/UIDs.*GIDs/)
    expect(byId('cgroup').isolates).toMatch(/cgroups/)
    expect(byId('time').isolates).toMatch(/boot.*monotônico/)
  })

  it('shows the host-versus-container facts the course uses', () => {
    expect(byId('pid').host).toMatch(/PID 4321/)
    expect(byId('pid').container).toMatch(/PID 1$/)
    // Default rootful Docker: root inside is root outside; remapped only with userns-remap or rootless.
    expect(byId('user').host).toBe('UID 0; com userns-remap ou rootless, 100000')
    expect(byId('user').container).toBe('root')
    expect(byId('user').detail).toMatch(/sem userns-remap nem rootless.*UID 0 do host/)
    expect(byId('net').container).toMatch(/eth0/)
    expect(byId('net').detail).toMatch(/172\.17\.0\.2/)
    // Engine 29.5+: own time namespace, zero offset, so the same uptime as the host (never "0 dias").
    expect(byId('time').host).toMatch(/40 dias/)
    expect(byId('time').container).toBe('os mesmos')
    expect(byId('time').detail).toMatch(/Engine 29\.5.*deslocamento 0/)
    expect(namespaces.map(ns => ns.container).join(' ')).not.toMatch(/(^|\D)0 dias/)
    expect(byId('uts').host).not.toBe(byId('uts').container)
  })

  it('splits them into two slides that cover all eight once, one click per namespace', () => {
    const all = [...namespaceGroups.classicos, ...namespaceGroups.demais]
    expect(all.sort()).toEqual(namespaces.map(ns => ns.id).sort())
    expect(namespacesOf('classicos').map(ns => ns.id)).toEqual(['mnt', 'uts', 'ipc', 'pid'])
    expect(NAMESPACE_STEPS).toEqual({ classicos: 4, demais: 4 })
  })

  it('labels the kernel with its year and describes only the comparisons already shown', () => {
    expect(kernelLabel(byId('pid'))).toBe('2.6.24 (2008)')
    const first = describeNamespaces('classicos', 1)
    expect(first).toMatch(/mnt isola pontos de montagem, desde o Linux 2\.4\.19 \(2002\), o primeiro\. No host:/)
    expect(first).not.toMatch(/PID 4321/)
    expect(describeNamespaces('classicos', 4)).toMatch(/No host: nginx: PID 4321; no contêiner: nginx: PID 1 \(é o mesmo processo, com dois números\)/)
    expect(describeNamespaces('demais', 4)).toMatch(/net isola .*2\.6\.24 \(2008\), completo no 2\.6\.29\./)
  })
})
