// What Lighthouse's simulation (Lantern) puts on the path to the LCP of one run, node by node, and what that LCP would
// be if the page's main thread had done nothing: `BENCH_PATH=1 npm run bench:lighthouse` prints it for every run.
// It recomputes the simulated LCP from the run's own trace and network log, the way Lighthouse does (the same graph,
// the same simulator), so that a run over the target can be told apart from one under it: the page's CPU work, or
// the network's part (the server's observed response time, which the simulation adds as it was measured).
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js';
import { ProcessedNavigation } from 'lighthouse/core/computed/processed-navigation.js';
import { LoadSimulator } from 'lighthouse/core/computed/load-simulator.js';
import { NetworkAnalysis } from 'lighthouse/core/computed/network-analysis.js';

export interface LanternPath {
  /** Lighthouse's simulated LCP: the mean of its optimistic and pessimistic estimates (at least the FCP). */
  lcp: number;
  optimistic: number;
  pessimistic: number;
  /** The simulated milliseconds of CPU on each estimate's path (its tasks, multiplied as the simulation does). */
  optimisticCpu: number;
  pessimisticCpu: number;
  /** The same LCP with every main-thread task on the path taking no time: what the network alone costs. */
  withoutCpu: number;
  /** The server's response time the simulation took from this run's observed load (ms), per origin. */
  serverResponse: number;
  /** Each estimate's nodes, in the order the simulation ended them: "cpu 12 ms (layout)" or "net page 1.2 KB". */
  optimisticNodes: string[];
  pessimisticNodes: string[];
}

// Lighthouse's own computed artifacts take the run's artifacts under these names.
interface RunArtifacts {
  Trace: unknown;
  DevtoolsLog: unknown;
  GatherContext: unknown;
  URL: unknown;
  settings: unknown;
}

interface SimulatedNode {
  type: 'cpu' | 'network';
  startTime: number;
  duration: number;
  didPerformLayout?: () => boolean;
  request?: { url: string; transferSize: number };
  _correctedEndTs?: number;
  traverse: (visit: (node: SimulatedNode) => void) => void;
}

interface Estimate {
  timeInMs: number;
  nodeTimings: Map<SimulatedNode, { startTime: number; endTime: number; duration: number }>;
}

export async function lanternPath(artifacts: RunArtifacts): Promise<LanternPath> {
  const context = { computedCache: new Map() };
  const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, URL: artifacts.URL, settings: artifacts.settings, simulator: null };
  const graph = (await PageDependencyGraph.request(data as never, context as never)) as unknown as SimulatedNode;
  const processedNavigation = await ProcessedNavigation.request(artifacts.Trace as never, context as never);
  const simulator = await LoadSimulator.request(data as never, context as never);
  const analysis = await NetworkAnalysis.request(artifacts.DevtoolsLog as never, context as never);
  const simulate = () => {
    const input = { simulator, graph, processedNavigation } as never;
    const fcpResult = Lantern.Metrics.FirstContentfulPaint.compute(input);
    return Lantern.Metrics.LargestContentfulPaint.compute(input, { fcpResult }) as unknown as { timing: number; optimisticEstimate: Estimate; pessimisticEstimate: Estimate };
  };
  const result = simulate();
  const cpuOf = (estimate: Estimate) => [...estimate.nodeTimings].filter(([node]) => node.type === 'cpu').reduce((sum, [, timing]) => sum + timing.duration, 0);
  const nodes = (estimate: Estimate) =>
    [...estimate.nodeTimings]
      .sort((a, b) => a[1].endTime - b[1].endTime)
      .map(([node, timing]) =>
        node.type === 'cpu'
          ? `cpu ${timing.duration.toFixed(0)}${node.didPerformLayout?.() ? ' (layout)' : ''} @${timing.endTime.toFixed(0)}`
          : `net ${new URL(node.request!.url).pathname} ${node.request!.transferSize} B @${timing.endTime.toFixed(0)}`,
      );
  const figures = {
    lcp: result.timing,
    optimistic: result.optimisticEstimate.timeInMs,
    pessimistic: result.pessimisticEstimate.timeInMs,
    optimisticCpu: cpuOf(result.optimisticEstimate),
    pessimisticCpu: cpuOf(result.pessimisticEstimate),
    optimisticNodes: nodes(result.optimisticEstimate),
    pessimisticNodes: nodes(result.pessimisticEstimate),
    serverResponse: Math.max(0, ...[...(analysis.serverResponseTimeByOrigin as Map<string, number>)].filter(([origin]) => origin.startsWith('http')).map(([, time]) => time)),
  };
  // The same graph with every task made instantaneous (a CPU node's length is its end minus its start).
  graph.traverse((node) => {
    if (node.type === 'cpu') node._correctedEndTs = node.startTime + 1;
  });
  const withoutCpu = simulate().timing;
  return { ...figures, withoutCpu };
}

export function printLanternPath(path: LanternPath): void {
  console.log(
    `      lantern: LCP ${path.lcp.toFixed(0)} = (optimistic ${path.optimistic.toFixed(0)}, cpu ${path.optimisticCpu.toFixed(0)} + pessimistic ${path.pessimistic.toFixed(0)}, cpu ${path.pessimisticCpu.toFixed(0)}) / 2;` +
      ` without any CPU ${path.withoutCpu.toFixed(0)}; server response ${path.serverResponse.toFixed(1)} ms`,
  );
  console.log(`        optimistic: ${path.optimisticNodes.join(' → ')}`);
  console.log(`        pessimistic: ${path.pessimisticNodes.join(' → ')}`);
}
