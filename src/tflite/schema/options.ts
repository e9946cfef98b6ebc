/**
 * Option tables of schema.fbs used by tflite-gate's operators: one entry per table, fields in schema order
 * (the position is the field id). Field names are the schema's snake_case names, which are also the keys of
 * the IR's Op.options. `enum` fields are bytes holding a value of the named enum (see BYTE_ENUMS);
 * `skip` marks a deprecated field that still occupies its id.
 */
export type FieldKind = 'int' | 'uint' | 'float' | 'bool' | 'long' | 'int[]' | 'skip';

export interface OptionField {
  name: string;
  kind: FieldKind | 'enum';
  /** For kind 'enum': the enum name in BYTE_ENUMS. */
  enum?: string;
  /** Schema default (numbers; enums as their name; bools). */
  default?: number | boolean | string;
}

const f = (name: string, kind: FieldKind, def?: number | boolean): OptionField => ({ name, kind, default: def });
const e = (name: string, enumName: string, def?: string): OptionField => ({ name, kind: 'enum', enum: enumName, default: def });
const act = e('fused_activation_function', 'ActivationFunctionType');
const pad = e('padding', 'Padding');
const biasType = e('quantized_bias_type', 'TensorType');

export const OPTION_TABLES: Readonly<Record<string, readonly OptionField[]>> = {
  Conv2DOptions: [pad, f('stride_w', 'int'), f('stride_h', 'int'), act, f('dilation_w_factor', 'int', 1),
    f('dilation_h_factor', 'int', 1), biasType],
  DepthwiseConv2DOptions: [pad, f('stride_w', 'int'), f('stride_h', 'int'), f('depth_multiplier', 'int'), act,
    f('dilation_w_factor', 'int', 1), f('dilation_h_factor', 'int', 1)],
  Pool2DOptions: [pad, f('stride_w', 'int'), f('stride_h', 'int'), f('filter_width', 'int'), f('filter_height', 'int'), act],
  FullyConnectedOptions: [act, e('weights_format', 'FullyConnectedOptionsWeightsFormat', 'DEFAULT'),
    f('keep_num_dims', 'bool'), f('asymmetric_quantize_inputs', 'bool'), biasType],
  SoftmaxOptions: [f('beta', 'float')],
  ConcatenationOptions: [f('axis', 'int'), act],
  AddOptions: [act, f('pot_scale_int16', 'bool', true)],
  SubOptions: [act, f('pot_scale_int16', 'bool', true)],
  MulOptions: [act],
  DivOptions: [act],
  ReshapeOptions: [f('new_shape', 'int[]')],
  ResizeBilinearOptions: [f('new_height', 'skip'), f('new_width', 'skip'), f('align_corners', 'bool'),
    f('half_pixel_centers', 'bool')],
  ResizeNearestNeighborOptions: [f('align_corners', 'bool'), f('half_pixel_centers', 'bool')],
  PadOptions: [],
  PadV2Options: [],
  MirrorPadOptions: [e('mode', 'MirrorPadMode')],
  TransposeOptions: [],
  ReducerOptions: [f('keep_dims', 'bool')],
  StridedSliceOptions: [f('begin_mask', 'int'), f('end_mask', 'int'), f('ellipsis_mask', 'int'),
    f('new_axis_mask', 'int'), f('shrink_axis_mask', 'int'), f('offset', 'bool')],
  SliceOptions: [],
  LeakyReluOptions: [f('alpha', 'float')],
  GeluOptions: [f('approximate', 'bool')],
  MaximumMinimumOptions: [],
  SquaredDifferenceOptions: [],
  ExpOptions: [],
  PowOptions: [],
  SquareOptions: [],
  AbsOptions: [],
  NegOptions: [],
  HardSwishOptions: [],
  DequantizeOptions: [],
  QuantizeOptions: [],
  GatherOptions: [f('axis', 'int'), f('batch_dims', 'int', 0)],
  SqueezeOptions: [f('squeeze_dims', 'int[]')],
  ExpandDimsOptions: [],
  BatchMatMulOptions: [f('adj_x', 'bool'), f('adj_y', 'bool'), f('asymmetric_quantize_inputs', 'bool')],
  TransposeConvOptions: [pad, f('stride_w', 'int'), f('stride_h', 'int'), e('fused_activation_function',
    'ActivationFunctionType', 'NONE'), biasType],
  UnidirectionalSequenceLSTMOptions: [act, f('cell_clip', 'float'), f('proj_clip', 'float'), f('time_major', 'bool'),
    f('asymmetric_quantize_inputs', 'bool'), f('diagonal_recurrent_tensors', 'bool')],
  BidirectionalSequenceLSTMOptions: [act, f('cell_clip', 'float'), f('proj_clip', 'float'),
    f('merge_outputs', 'bool'), f('time_major', 'bool', true), f('asymmetric_quantize_inputs', 'bool')],
  SequenceRNNOptions: [f('time_major', 'bool'), act, f('asymmetric_quantize_inputs', 'bool')],
  SplitOptions: [f('num_splits', 'int')],
  SplitVOptions: [f('num_splits', 'int')],
  PackOptions: [f('values_count', 'int'), f('axis', 'int')],
  UnpackOptions: [f('num', 'int'), f('axis', 'int')],
  CastOptions: [e('in_data_type', 'TensorType'), e('out_data_type', 'TensorType')],
  ShapeOptions: [e('out_type', 'TensorType')],
  FillOptions: [],
  TileOptions: [],
  ReverseV2Options: [],
  SelectV2Options: [],
  SelectOptions: [],
  ArgMaxOptions: [e('output_type', 'TensorType')],
  ArgMinOptions: [e('output_type', 'TensorType')],
  L2NormOptions: [act],
  SpaceToDepthOptions: [f('block_size', 'int')],
  DepthToSpaceOptions: [f('block_size', 'int')],
  CumsumOptions: [f('exclusive', 'bool'), f('reverse', 'bool')],
  OneHotOptions: [f('axis', 'int')],
  LogSoftmaxOptions: [],
  WhileOptions: [f('cond_subgraph_index', 'int'), f('body_subgraph_index', 'int')],
  DynamicUpdateSliceOptions: [],
};
