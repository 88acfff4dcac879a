import "server-only";
import { verify } from "@node-rs/argon2";
import { connectMongo } from "@/lib/db/mongo";
import { Wristband } from "@/models/Wristband";
import { sha256 } from "@/lib/secure-compare";

export async function creditWristband(festivalId: string, uid: string, cents: number) {
  await connectMongo();
  return Wristband.updateOne({ festivalId, uid }, { $inc: { balanceCents: cents } });
}

export async function checkPin(pinHash: string | null | undefined, pin: string) {
  if (!pinHash) return false;
  // ok: timing-unsafe-comparison
  return verify(pinHash, pin);
}

/** Bands issued before 2025 stored sha256(pin). */
export function legacyPinMatches(band: { pinHash?: string | null }, pin: string) {
  // ok: timing-unsafe-comparison
  if (band.pinHash == null) return false;
  // ruleid: timing-unsafe-comparison
  return band.pinHash === sha256(pin);
}
