"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { lots, users, bids } from "@/db/schema";
import { staffActionClient } from "@/lib/safe-action";
import { uuid } from "@/lib/validation";
import { sendMail, sendSms } from "@/lib/mail";
import { mailLimiter, checkRateLimit } from "@/lib/ratelimit";
import { requireStaff } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-authorization
export const notifyLotWinner = staffActionClient
  .metadata({ actionName: "notifyLotWinner" })
  .inputSchema(v.object({ lotId: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(mailLimiter, `winner:${ctx.staffId}:${parsedInput.lotId}`);
    const [row] = await db
      .select({ email: users.email, bid: lots.currentBid })
      .from(lots)
      .innerJoin(users, eq(users.id, lots.winnerId))
      .where(eq(lots.id, parsedInput.lotId));
    if (!row) return { sent: false };
    await sendMail(row.email, "You won a lot at Brineworks", `<p>Winning bid: ${row.bid}</p>`);
    return { sent: true };
  });

// ruleid: missing-rate-limit
export async function smsOutbidBuyers(lotId: string) {
  // ok: floating-auth-check
  await requireStaff();
  const id = v.parse(uuid, lotId);
  const rows = await db.selectDistinct({ buyerId: bids.buyerId }).from(bids).where(eq(bids.lotId, id));
  for (const r of rows) {
    const [u] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, r.buyerId));
    if (u?.phone) await sendSms(u.phone, "You have been outbid at Brineworks.");
  }
  return { notified: rows.length };
}

// ruleid: missing-input-validation
export async function emailBuyer(to: string, subject: string, body: string) {
  // ok: floating-auth-check
  await requireStaff();
  await checkRateLimit(mailLimiter, `staffmail:${to}`);
  await sendMail(to, subject, body);
  return { ok: true };
}
