import { headers } from "next/headers";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, members, checkins } from "@/lib/db";
import { secureCompare, hashSecret } from "@/lib/secure-compare";
import { pinLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { PinPad } from "@/components/PinPad";

export default async function KioskPage() {
  const h = await headers();
  const secret = h.get("x-kiosk-secret") ?? "";
  if (!secureCompare(secret, process.env.KIOSK_SHARED_SECRET!)) return <p>This device is not a registered kiosk.</p>;

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function checkIn(formData: FormData) {
    "use server";
    const { memberId, pin } = z.object({ memberId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
    const { success } = await pinLimiter.limit(memberId);
    if (!success) return;
    const [m] = await db.select({ pinHash: members.kioskPinHash }).from(members).where(eq(members.id, memberId));
    // ok: timing-unsafe-comparison
    const ok = !!m?.pinHash && secureCompare(m.pinHash, hashSecret(pin));
    logger.info("kiosk attempt", { memberId, ok });
    if (ok) await db.insert(checkins).values({ memberId });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit, missing-audit-log
  async function quickCheckIn(formData: FormData) {
    "use server";
    const { memberId, pin } = z.object({ memberId: z.string().uuid(), pin: z.string() }).parse(Object.fromEntries(formData));
    const [m] = await db.select({ pinHash: members.kioskPinHash }).from(members).where(eq(members.id, memberId));
    const submittedPinHash = hashSecret(pin);
    // ruleid: timing-unsafe-comparison
    if (m && m.pinHash === submittedPinHash) await db.insert(checkins).values({ memberId });
  }

  return (
    <main>
      <PinPad action={checkIn} />
      <form action={quickCheckIn}><input name="memberId" /><input name="pin" /><button>Go</button></form>
    </main>
  );
}
