/**
 * Rewrites on the ONNX node list before conversion: the exact GELU that exporters spell out with Erf
 * (x * 0.5 * (1 + erf(x / sqrt(2))), in any of its operand orders) becomes one Gelu node, then nodes whose
 * outputs nobody reads are dropped (so the Erf is gone and not reported as unsupported).
 */
import type { OnnxModel, OnnxNode } from '../types.js';

function scalarOf(model: OnnxModel, producers: Map<string, OnnxNode>, name: string): number | undefined {
  const init = model.initializers.get(name);
  if (init) return init.data.length === 1 ? init.data[0] : undefined;
  const node = producers.get(name);
  const value = node?.opType === 'Constant' ? node.attrs.value : undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && value.data.length === 1) return value.data[0];
  if (node?.opType === 'Constant' && typeof node.attrs.value_float === 'number') return node.attrs.value_float;
  return undefined;
}

const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-4 * Math.abs(b);

interface Graphs { model: OnnxModel; producers: Map<string, OnnxNode>; consumers: Map<string, OnnxNode[]> }

/** The other operand of a binary node, given one of them. */
const other = (n: OnnxNode, name: string) => (n.inputs[0] === name ? n.inputs[1]! : n.inputs[0]!);
const only = (g: Graphs, name: string, op: string) => {
  const users = g.consumers.get(name) ?? [];
  return users.length === 1 && users[0]!.opType === op ? users[0] : undefined;
};

/** The node that ends the GELU around `erf`, and its input x; undefined when the pattern differs. */
function matchGelu(g: Graphs, erf: OnnxNode): { x: string; end: OnnxNode } | undefined {
  const div = g.producers.get(erf.inputs[0]!);
  if (!div || !((div.opType === 'Div' && near(scalarOf(g.model, g.producers, div.inputs[1]!), Math.SQRT2)) || (div.opType === 'Mul' && near(scalarOf(g.model, g.producers, div.inputs[1]!), Math.SQRT1_2)))) return undefined;
  const x = div.inputs[0]!;
  const add = only(g, erf.outputs[0]!, 'Add');
  if (!add || !near(scalarOf(g.model, g.producers, other(add, erf.outputs[0]!)), 1)) return undefined;
  const mul = only(g, add.outputs[0]!, 'Mul');
  if (!mul) return undefined;
  const o = other(mul, add.outputs[0]!);
  const half = (n: OnnxNode | undefined, operand: string) => n && n.opType === 'Mul' && n.inputs.includes(operand) && near(scalarOf(g.model, g.producers, other(n, operand)), 0.5);
  if (o === x) {
    const end = only(g, mul.outputs[0]!, 'Mul');
    return end && half(end, mul.outputs[0]!) ? { x, end } : undefined;
  }
  if (half(g.producers.get(o), x)) return { x, end: mul };
  if (near(scalarOf(g.model, g.producers, o), 0.5)) {
    const end = only(g, mul.outputs[0]!, 'Mul');
    return end && other(end, mul.outputs[0]!) === x ? { x, end } : undefined;
  }
  return undefined;
}

function index(nodes: OnnxNode[]): { producers: Map<string, OnnxNode>; consumers: Map<string, OnnxNode[]> } {
  const producers = new Map<string, OnnxNode>();
  const consumers = new Map<string, OnnxNode[]>();
  for (const n of nodes) {
    n.outputs.forEach((o) => producers.set(o, n));
    n.inputs.filter(Boolean).forEach((i) => consumers.set(i, [...(consumers.get(i) ?? []), n]));
  }
  return { producers, consumers };
}

/** Nodes whose outputs reach no graph output are dropped (repeatedly, so whole dead chains go). */
function dropDead(nodes: OnnxNode[], outputs: string[]): OnnxNode[] {
  const live = new Set(outputs);
  const kept: OnnxNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (!n.outputs.some((o) => live.has(o))) continue;
    kept.push(n);
    n.inputs.forEach((x) => live.add(x));
  }
  return kept.reverse();
}

export function fuseNodes(model: OnnxModel): OnnxModel {
  const g: Graphs = { model, ...index(model.nodes) };
  const replaced = new Map<OnnxNode, OnnxNode>();
  for (const n of model.nodes) {
    if (n.opType !== 'Erf') continue;
    const m = matchGelu(g, n);
    if (m) replaced.set(m.end, { name: m.end.name, opType: 'Gelu', domain: '', inputs: [m.x], outputs: m.end.outputs, attrs: {} });
  }
  const nodes = model.nodes.map((n) => replaced.get(n) ?? n);
  return { ...model, nodes: dropDead(nodes, model.outputs.map((o) => o.name)) };
}
