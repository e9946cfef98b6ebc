/** `inspect`'s quantization section: scale, zero point and axis of every quantized tensor (pure). */
import type { Graph } from '../../graph/ir.js';

export interface QuantizedTensor {
  tensor: string;
  dtype: string;
  shape: number[];
  /** One scale per tensor, or one per channel along `axis`. */
  scale: number[];
  zeroPoint: number[];
  axis?: number;
}

export function quantizedTensors(graph: Graph): QuantizedTensor[] {
  return graph.tensors.filter((t) => (t.quantization?.scale.length ?? 0) > 0).map((t) => {
    const q = t.quantization!;
    return { tensor: t.name, dtype: t.dtype, shape: t.shape, scale: q.scale, zeroPoint: q.zeroPoint, ...(q.scale.length > 1 ? { axis: q.quantizedDimension ?? 0 } : {}) };
  });
}

const g = (x: number) => x.toPrecision(5);

/** "scale 0.0039216 zp -128", or "axis 0: 16 scales 0.0014245…0.0015498, zp 0". */
export function quantizationText(q: Pick<QuantizedTensor, 'scale' | 'zeroPoint' | 'axis'>): string {
  if (q.scale.length === 1) return `scale ${g(q.scale[0]!)} zp ${q.zeroPoint[0] ?? 0}`;
  const zps = [...new Set(q.zeroPoint)];
  return `axis ${q.axis ?? 0}: ${q.scale.length} scales ${g(Math.min(...q.scale))}…${g(Math.max(...q.scale))}, zp ${zps.length === 1 ? zps[0] : zps.join(',')}`;
}
