/**
 * Makes fixed dimensions of an ONNX model's graph inputs and outputs symbolic, in the serialized
 * ModelProto, so that onnxruntime accepts other sizes there (rectangular inference, docs/detection.md §2
 * "Rectangular input"). Only the declared shapes change; nodes and weights are copied byte for byte.
 *
 * Works on the protobuf wire format directly (no schema, no dependency): a message is a sequence of
 * `(field number, wire type, value)`; only the path below is decoded, everything else is copied as is.
 * Field numbers from onnx/onnx.proto (IR version 3 and later, unchanged since):
 * - ModelProto.graph = 7
 * - GraphProto.input = 11, GraphProto.output = 12, GraphProto.value_info = 13 (inferred shapes of
 *   intermediate values: optional hints, dropped because they would pin the old sizes)
 * - ValueInfoProto.name = 1, ValueInfoProto.type = 2
 * - TypeProto.tensor_type = 1; TypeProto.Tensor.shape = 2
 * - TensorShapeProto.dim = 1; Dimension.dim_value = 1 (int64), Dimension.dim_param = 2 (string)
 */

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

/** One field of a protobuf message: `value` is the payload for length-delimited fields, else the raw encoded value. */
interface WireField {
  field: number;
  wire: number;
  value: Uint8Array;
}

function readVarint(buf: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if ((b & 0x80) === 0) return { value, next: i + 1 };
  }
  throw new Error('Malformed protobuf: bad varint');
}

function writeVarint(value: number): Uint8Array {
  const bytes: number[] = [];
  let v = value;
  while (v >= 0x80) {
    bytes.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Uint8Array.from(bytes);
}

/**
 * Splits a message into its fields (values are views into `buf`, not copies).
 * @throws Error on a truncated message or a group (wire types 3 and 4, which ONNX does not use).
 */
export function parseFields(buf: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let at = 0;
  while (at < buf.length) {
    const tag = readVarint(buf, at);
    const field = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    at = tag.next;
    let end: number;
    let start = at;
    if (wire === WIRE_VARINT) end = readVarint(buf, at).next;
    else if (wire === WIRE_FIXED64) end = at + 8;
    else if (wire === WIRE_FIXED32) end = at + 4;
    else if (wire === WIRE_BYTES) {
      const length = readVarint(buf, at);
      start = length.next;
      end = start + length.value;
    } else throw new Error(`Malformed protobuf: wire type ${wire}`);
    if (end > buf.length) throw new Error('Malformed protobuf: truncated field');
    fields.push({ field, wire, value: buf.subarray(start, end) });
    at = end;
  }
  return fields;
}

/** Serializes fields back into a message (the inverse of {@link parseFields}). */
export function encodeFields(fields: readonly WireField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    parts.push(writeVarint(f.field * 8 + f.wire));
    if (f.wire === WIRE_BYTES) parts.push(writeVarint(f.value.length));
    parts.push(f.value);
  }
  return Buffer.concat(parts);
}

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
const bytesField = (field: number, value: Uint8Array): WireField => ({ field, wire: WIRE_BYTES, value });
/** Rewrites the length-delimited fields numbered `field` of a message with `edit`. */
const editMessage = (buf: Uint8Array, field: number, edit: (value: Uint8Array) => Uint8Array): Uint8Array =>
  encodeFields(parseFields(buf).map((f) => (f.field === field && f.wire === WIRE_BYTES ? bytesField(field, edit(f.value)) : f)));

/** Symbolic names for dimensions of one graph input or output, by dimension index. */
export interface SymbolicDims {
  /** The ValueInfoProto name (`images`, `output`). */
  name: string;
  /** Dimension index → dim_param name, e.g. `{ 2: 'height', 3: 'width' }`. */
  dims: Record<number, string>;
}

/**
 * Returns a copy of the serialized model whose named graph inputs/outputs have the given dimensions
 * symbolic (`dim_param`), with `GraphProto.value_info` removed.
 * @throws Error when the model has no graph, a named input/output is missing, it has no tensor
 *   shape, or a dimension index is out of range.
 */
export function withSymbolicDims(model: Uint8Array, values: readonly SymbolicDims[]): Uint8Array {
  const pending = new Map(values.map((v) => [v.name, v]));
  const renameDims = (valueInfo: Uint8Array): Uint8Array => {
    const fields = parseFields(valueInfo);
    const nameField = fields.find((f) => f.field === 1 && f.wire === WIRE_BYTES);
    const wanted = nameField ? pending.get(text(nameField.value)) : undefined;
    if (!wanted) return valueInfo;
    pending.delete(wanted.name);
    let found = false;
    const out = editMessage(valueInfo, 2, (type) =>
      editMessage(type, 1, (tensor) =>
        editMessage(tensor, 2, (shape) => {
          found = true;
          const dims = parseFields(shape);
          for (const index of Object.keys(wanted.dims).map(Number)) {
            if (!(index >= 0 && index < dims.length)) throw new Error(`'${wanted.name}' has no dimension ${index}`);
          }
          let index = 0;
          return encodeFields(
            dims.map((d) => {
              if (d.field !== 1) return d;
              const param = wanted.dims[index++];
              return param === undefined ? d : bytesField(1, encodeFields([bytesField(2, Buffer.from(param, 'utf8'))]));
            }),
          );
        }),
      ),
    );
    if (!found) throw new Error(`'${wanted.name}' has no tensor shape`);
    return out;
  };
  let graphs = 0;
  const rewritten = encodeFields(
    parseFields(model).map((f) => {
      if (f.field !== 7 || f.wire !== WIRE_BYTES) return f;
      graphs++;
      const graph = parseFields(f.value)
        .filter((g) => g.field !== 13)
        .map((g) => ((g.field === 11 || g.field === 12) && g.wire === WIRE_BYTES ? bytesField(g.field, renameDims(g.value)) : g));
      return bytesField(7, encodeFields(graph));
    }),
  );
  if (graphs !== 1) throw new Error('The model has no graph');
  if (pending.size > 0) throw new Error(`The graph has no input or output named ${[...pending.keys()].join(', ')}`);
  return rewritten;
}
