// How many clicks each step figure registers, by its tag in the Markdown. The components register
// these clicks themselves (useStep), so a slide declares none; the lint's click counter reads this
// map to know them without a browser. A component test checks each entry against what it registers.
import { CGROUP_STEPS } from './cgroup-settings'
import { DOCKER_TIMELINE_STEPS } from './docker-history'
import { COPY_ON_WRITE_STEPS, LAYER_STACK_STEPS } from './layer-scenario'
import { NAMESPACE_STEPS, type NamespaceGroup } from './namespaces'
import { NETFILTER_STEPS } from './netfilter-hops'
import { CONTAINER_VS_VM_STEPS } from './vm-container-stacks'

/** The tag's string attributes (`group="demais"` → `{ group: 'demais' }`) to the clicks it registers. */
export type FigureSteps = (attributes: Record<string, string>) => number

export const figureSteps: Record<string, FigureSteps> = {
  ContainerVsVm: () => CONTAINER_VS_VM_STEPS,
  DockerTimeline: () => DOCKER_TIMELINE_STEPS,
  LayerStack: () => LAYER_STACK_STEPS,
  CopyOnWrite: () => COPY_ON_WRITE_STEPS,
  NamespaceExplorer: ({ group }) => NAMESPACE_STEPS[group as NamespaceGroup] ?? Number.NaN,
  CgroupLimits: () => CGROUP_STEPS,
  NetfilterFlow: () => NETFILTER_STEPS,
}
