/** The one cheap "is this a .tflite file?" probe: the FlatBuffer file identifier "TFL3" at byte 4. */
export function isTflite(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[4] === 0x54 && bytes[5] === 0x46 && bytes[6] === 0x4c && bytes[7] === 0x33;
}
