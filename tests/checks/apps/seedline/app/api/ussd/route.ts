import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, farmerAccounts } from "@/lib/drizzle";
import { prisma } from "@/lib/db";

function hashPin(pin: string) {
  return createHash("sha256").update(`${process.env.PIN_PEPPER}:${pin}`).digest("hex");
}

// USSD aggregator callback (*384*55#): balance enquiry after PIN entry.
// ruleid: missing-rate-limit
// ok: missing-input-validation
// todoruleid: missing-auth -- (gap judge: ambiguous) the handler's own phone-plus-PIN check: rule 1 does not say whether that is authentication
export async function POST(req: Request) {
  const form = await req.formData();
  const phoneNumber = String(form.get("phoneNumber") ?? "");
  const text = String(form.get("text") ?? "");
  if (!/^\+[0-9]{9,15}$/.test(phoneNumber) || text.length > 64) return new Response("END Invalid request");
  const [, pin] = text.split("*");
  if (!pin) return new Response("CON Enter your 4-digit PIN");
  const [account] = await db
    .select({ memberId: farmerAccounts.memberId, pinHash: farmerAccounts.pinHash, locked: farmerAccounts.locked })
    .from(farmerAccounts)
    .where(eq(farmerAccounts.phone, phoneNumber))
    .limit(1);
  if (!account || account.locked) return new Response("END Service unavailable");
  // ruleid: timing-unsafe-comparison
  if (account.pinHash !== hashPin(pin)) return new Response("END Wrong PIN");
  const member = await prisma.member.findUnique({ where: { id: account.memberId }, select: { shareBalance: true } });
  return new Response(`END Share balance: ${member?.shareBalance ?? 0}`);
}
