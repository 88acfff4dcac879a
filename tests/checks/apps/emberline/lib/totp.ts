import { createHmac } from "node:crypto";
import { safeEqual } from "@/lib/crypto";

function hotp(secret: string, counter: number): string {
  const buf = Buffer.alloc(8);
  buf.writeBigUInt64BE(BigInt(counter));
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(buf).digest();
  const offset = h[h.length - 1] & 0xf;
  const code = (h.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, "0");
}

export const authenticator = {
  generate(secret: string): string {
    return hotp(secret, Math.floor(Date.now() / 30000));
  },
  check(code: string, secret: string): boolean {
    const counter = Math.floor(Date.now() / 30000);
    // ok: timing-unsafe-comparison
    return [counter - 1, counter, counter + 1].some((c) => safeEqual(hotp(secret, c), code));
  },
};
