import { isObject } from '../keras/json.js';
import type { KerasLayer } from '../keras/types.js';
import { OP_TABLE, type Constant, type OpCall, type Operand } from './op-table.js';
import type { LayerContext, LayerHandler } from './types.js';

/**
 * Tensor arithmetic stored as layers: Keras 3 op layers (`{"module": "keras.src.ops.numpy", "class_name":
 * "Add"}` for `x + 3.0`), chosen by module + class so they never reach the merge layers of the same class
 * name, and tf.keras 2 TFOpLambda layers, whose `function` names a TensorFlow op (an allow-list; these are
 * op names, not Python code). Both front-ends map onto src/convert/op-table.ts.
 */
export const KERAS_OP_MODULES = ['keras.src.ops.numpy', 'keras.src.ops.nn', 'keras.src.ops.math', 'keras.src.ops.core'];

/** Keras 3 op class -> canonical op. */
const KERAS3_OPS: Record<string, string> = {
  Add: 'add', Subtract: 'subtract', Multiply: 'multiply', TrueDivide: 'divide', Divide: 'divide',
  Maximum: 'maximum', Minimum: 'minimum', Power: 'power', Sqrt: 'sqrt', Square: 'square', Absolute: 'abs', Abs: 'abs',
  Negative: 'negative', Exp: 'exp', Log: 'log', Tanh: 'tanh', Sigmoid: 'sigmoid', Relu: 'relu', Relu6: 'relu6',
  Silu: 'silu', Swish: 'silu', HardSigmoid: 'hard_sigmoid', HardSilu: 'hard_silu', HardSwish: 'hard_silu', Softmax: 'softmax',
  Gelu: 'gelu', Mean: 'mean', Sum: 'sum', Max: 'max', Min: 'min', Reshape: 'reshape', Transpose: 'transpose',
  ExpandDims: 'expand_dims', Squeeze: 'squeeze', Concatenate: 'concatenate', Clip: 'clip',
  Greater: 'greater', GreaterEqual: 'greater_equal', Less: 'less', LessEqual: 'less_equal', Equal: 'equal', NotEqual: 'not_equal',
  Where: 'where',
};

/** Keras 3 op config keys -> canonical parameter names. */
const KERAS3_PARAMS: Record<string, string> = { newshape: 'shape', axes: 'perm', x_min: 'min', x_max: 'max' };

/** TFOpLambda `function` -> canonical op (the TensorFlow API name the layer records). */
export const TF_OPS: Record<string, string> = {
  '__operators__.add': 'add', 'math.add': 'add', 'math.subtract': 'subtract', 'math.multiply': 'multiply',
  'math.truediv': 'divide', 'math.divide': 'divide', 'math.maximum': 'maximum', 'math.minimum': 'minimum',
  'math.pow': 'power', 'math.sqrt': 'sqrt', 'math.square': 'square', 'math.abs': 'abs', 'math.negative': 'negative',
  'math.exp': 'exp', 'math.log': 'log', 'math.tanh': 'tanh', 'nn.tanh': 'tanh', 'math.sigmoid': 'sigmoid', 'nn.sigmoid': 'sigmoid',
  'nn.relu': 'relu', 'nn.relu6': 'relu6', 'nn.silu': 'silu', 'nn.swish': 'silu', 'nn.softmax': 'softmax', 'math.softmax': 'softmax',
  'nn.gelu': 'gelu', 'math.reduce_mean': 'mean', 'math.reduce_sum': 'sum', 'math.reduce_max': 'max', 'math.reduce_min': 'min',
  reshape: 'reshape', transpose: 'transpose', 'compat.v1.transpose': 'transpose', expand_dims: 'expand_dims',
  squeeze: 'squeeze', concat: 'concatenate', clip_by_value: 'clip', 'math.greater': 'greater', 'math.greater_equal': 'greater_equal',
  'math.less': 'less', 'math.less_equal': 'less_equal', 'math.equal': 'equal', 'math.not_equal': 'not_equal',
};

/** TFOpLambda keyword names -> canonical parameter names (the second operand is `y`). */
const TF_PARAMS: Record<string, string> = { clip_value_min: 'min', clip_value_max: 'max' };

/** A stored constant argument (number, nested numeric list, Keras 3 "__numpy__" object) as a Constant. */
export function constantOf(value: unknown): Constant | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return { shape: [], data: [Number(value)] };
  if (isObject(value) && isObject(value.config) && 'value' in value.config) return constantOf(value.config.value);
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const items = value.map(constantOf);
  if (items.some((c) => !c || JSON.stringify(c.shape) !== JSON.stringify(items[0]!.shape))) return undefined;
  return { shape: [value.length, ...items[0]!.shape], data: items.flatMap((c) => c!.data) };
}

const isTensorArg = (value: unknown): value is { tensorArg: number } => isObject(value) && typeof value.tensorArg === 'number';

/** A positional argument as an operand, or undefined when it is neither a tensor nor a numeric constant. */
function operandOf(value: unknown, inputs: number[]): Operand | undefined {
  if (isTensorArg(value)) return inputs[value.tensorArg] ?? -1;
  if (Array.isArray(value) && value.some((v) => isTensorArg(v) || Array.isArray(v))) {
    const list = value.map((v) => operandOf(v, inputs));
    return list.every((o) => o !== undefined) ? (list as Operand[]) : undefined;
  }
  return constantOf(value);
}

// ---- Keras 3 op layers ----

function keras3Operands(layer: KerasLayer, call: number, inputs: number[]): (Operand | undefined)[] {
  const args = layer.callArgs?.[call];
  return args ? args.map((a) => operandOf(a, inputs)) : inputs;
}

function keras3Param(layer: KerasLayer): OpCall['param'] {
  return (name) => {
    const key = Object.keys(layer.config).find((k) => (KERAS3_PARAMS[k] ?? k) === name);
    return key === undefined ? undefined : layer.config[key];
  };
}

function checkOperands(operands: (Operand | undefined)[], arity: number, what: string): string | undefined {
  if (operands.length < arity) return `${what} needs ${arity} operands, the file records ${operands.length}`;
  const used = operands.slice(0, arity);
  const bad = used.findIndex((o) => o === undefined);
  if (bad >= 0) return `argument ${bad + 1} of ${what} is neither a tensor nor a numeric constant (not supported)`;
  if (!used.some((o) => typeof o === 'number' || Array.isArray(o))) return `${what} has no tensor operand`;
  return undefined;
}

const keras3Op: LayerHandler = {
  classNames: Object.keys(KERAS3_OPS),
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = OP_TABLE[KERAS3_OPS[layer.className]!]!;
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(keras3Operands(layer, call, layer.inbound[call]!.map((_, i) => i)), spec.arity, layer.className);
      if (problem) return problem;
    }
    return spec.check?.(keras3Param(layer));
  },
  emit: (ctx) => [run(ctx, KERAS3_OPS[ctx.layer.className]!, keras3Operands(ctx.layer, ctx.callIndex ?? 0, ctx.inputs) as Operand[], keras3Param(ctx.layer))],
};

// ---- tf.keras 2 TFOpLambda ----

const tfFunction = (layer: KerasLayer): string => String(layer.config.function ?? '');

function tfKwargs(layer: KerasLayer, call: number): Record<string, unknown> {
  return layer.callKwargs?.[call] ?? {};
}

/** The first argument's tensors (the inbound list, less tensors passed by keyword), then `y` when given. */
function tfOperands(layer: KerasLayer, call: number, inputs: number[]): (Operand | undefined)[] {
  const kwargs = tfKwargs(layer, call);
  const firstCount = inputs.length - Object.values(kwargs).filter(isTensorArg).length;
  const first: Operand = firstCount === 1 ? inputs[0]! : inputs.slice(0, firstCount);
  return 'y' in kwargs ? [first, operandOf(kwargs.y, inputs)] : [first];
}

function tfParam(layer: KerasLayer, call: number): OpCall['param'] {
  const kwargs = tfKwargs(layer, call);
  return (name) => {
    const key = Object.keys(kwargs).find((k) => (TF_PARAMS[k] ?? k) === name);
    return key === undefined ? undefined : kwargs[key];
  };
}

const tfOpLambda: LayerHandler = {
  classNames: ['TFOpLambda'],
  check: (layer) => {
    const op = TF_OPS[tfFunction(layer)];
    if (!op) return `TensorFlow function "${tfFunction(layer)}" is not among the ops converted (${Object.keys(TF_OPS).sort().join(', ')})`;
    const spec = OP_TABLE[op]!;
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(tfOperands(layer, call, layer.inbound[call]!.map((_, i) => i)), spec.arity, tfFunction(layer)) ?? spec.check?.(tfParam(layer, call));
      if (problem) return problem;
    }
    return undefined;
  },
  emit: (ctx) => {
    const call = ctx.callIndex ?? 0;
    return [run(ctx, TF_OPS[tfFunction(ctx.layer)]!, tfOperands(ctx.layer, call, ctx.inputs) as Operand[], tfParam(ctx.layer, call))];
  },
};

function run(ctx: LayerContext, op: string, operands: Operand[], param: OpCall['param']): number {
  return OP_TABLE[op]!.emit({ ctx, operands, param });
}

export const kerasOpLayers: LayerHandler[] = [keras3Op, tfOpLambda];
