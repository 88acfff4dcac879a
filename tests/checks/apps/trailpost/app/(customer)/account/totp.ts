import { createHmac, timingSafeEqual } from "crypto";

function hotp(secret: string, counter: number) {
  const buf = Buffer.alloc(8);
  buf.writeBigUInt64BE(BigInt(counter));
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(buf).digest();
  const o = h[h.length - 1] & 0xf;
  return String(((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000)).padStart(6, "0");
}

export function verifyTotp(secret: string, code: string) {
  const step = Math.floor(Date.now() / 30000);
  return [step - 1, step, step + 1].some((s) => {
    const expected = hotp(secret, s);
    // ok: timing-unsafe-comparison
    return expected.length === code.length && timingSafeEqual(Buffer.from(expected), Buffer.from(code));
  });
}
