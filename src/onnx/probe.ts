/**
 * Whether bytes are an ONNX model, from their first bytes (never the extension). A ModelProto as written by
 * every exporter starts with field 1, ir_version (tag 0x08), a small varint (1..30), then another
 * ModelProto field: opset_import (8), producer_name (2), producer_version (3), domain (4),
 * model_version (5), doc_string (6) or graph (7).
 */
const NEXT_TAGS = new Set([0x42, 0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a]);

export function probeOnnx(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x08) return false;
  const irVersion = bytes[1]!;
  return irVersion >= 1 && irVersion <= 30 && NEXT_TAGS.has(bytes[2]!);
}
