"use server";

import * as v from "valibot";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { users, lots, bids } from "@/db/schema";
import { withStaffOutreach } from "@/lib/with-limits";
import { sendMail, sendSms } from "@/lib/mail";
import { uuid } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log, missing-authorization
export const inviteBuyer = withStaffOutreach("inviteBuyer", async (user, email: string) => {
  const addr = v.parse(v.pipe(v.string(), v.email()), email);
  await sendMail(addr, "You're invited to bid at Brineworks", `<p>${user.email ?? "The harbour office"} invited you.</p>`);
  return { ok: true };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-authorization
export const remindUnpaid = withStaffOutreach("remindUnpaid", async (_user, buyerIds: string[]) => {
  const ids = v.parse(v.array(uuid), buyerIds);
  const rows = await db.select({ email: users.email }).from(users).where(inArray(users.id, ids));
  for (const r of rows) await sendMail(r.email, "Settlement reminder", "<p>You have unpaid lots.</p>");
  // ok: excessive-data-exposure
  return { reminded: rows.length };
});

// ruleid: missing-input-validation
export const smsLotStarting = withStaffOutreach("smsLotStarting", async (_user, lotId: string, message: string) => {
  const watchers = await db.selectDistinct({ phone: users.phone }).from(bids).innerJoin(users, eq(users.id, bids.buyerId)).where(eq(bids.lotId, lotId));
  for (const w of watchers) if (w.phone) await sendSms(w.phone, message);
  const [lot] = await db.select({ id: lots.id }).from(lots).where(eq(lots.id, lotId));
  return { sent: watchers.length, lot: lot?.id ?? null };
});
