/**
 * A small recording made by the tests themselves: PCM WAV, mono, 16-bit,
 * a different tone each second, with its header written by hand.
 */

/** The bytes of a WAV file of `seconds` seconds at `rate` samples a second. */
export function toneWav(seconds: number, rate = 8000): Uint8Array {
  const samples = Math.round(seconds * rate);
  const dataBytes = samples * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples; i++) {
    const second = Math.floor(i / rate);
    const frequency = 330 + 110 * (second % 4);
    view.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * frequency * i) / rate)), true);
  }
  return bytes;
}
