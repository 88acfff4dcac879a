import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { hashToken } from "@/lib/crypto";
import { PinSetup } from "@/components/pin-setup";

export default async function PinPage() {
  await verifySession();

  // Sets the per-user PIN used to confirm trust disbursements.
  // ok: missing-auth, missing-audit-log, missing-input-validation
  async function savePin(pin: string) {
    "use server";
    const s = await verifySession();
    if (typeof pin !== "string" || !/^\d{6}$/.test(pin)) throw new Error("PIN must be 6 digits");
    await prisma.verificationToken.create({ data: { identifier: s.userId, token: hashToken(`${s.userId}:${pin}`), kind: "trust-pin", expiresAt: new Date("2999-01-01") } });
    await prisma.auditLog.create({ data: { firmId: s.firmId, actorId: s.userId, action: "trust_pin.set" } });
  }

  return <PinSetup onSave={savePin} />;
}
