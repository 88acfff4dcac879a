"use server";

import { z } from "zod";
import { and, eq, isNotNull } from "drizzle-orm";
import { withClub } from "@/lib/wrappers";
import { db } from "@/lib/db";
import { players, teams, users } from "@/db/schema";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/rate-limit";
import { requireUser } from "@/lib/session";

async function guardiansOfTeam(teamId: string, clubId: string) {
  return db
    .select({ phone: users.phone, email: users.email })
    .from(players)
    .innerJoin(teams, eq(teams.id, players.teamId))
    .innerJoin(users, eq(users.id, players.guardianId))
    .where(and(eq(players.teamId, teamId), eq(teams.clubId, clubId), isNotNull(users.phone)));
}

const notifySchema = z.object({ teamId: z.string().uuid(), text: z.string().min(1).max(320) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const smsTeamGuardians = withClub(async (formData, { clubId }) => {
  const input = notifySchema.parse({ teamId: formData.get("teamId"), text: formData.get("text") });
  const rows = await guardiansOfTeam(input.teamId, clubId);
  for (const r of rows) if (r.phone) await sendSms(r.phone, input.text);
  return { sent: rows.length };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailTeamGuardians = withClub(async (formData, { clubId, user }) => {
  const { success } = await ratelimit.limit(`team-email:${user.id}`);
  if (!success) throw new Error("Daily message limit reached");
  const input = notifySchema.parse({ teamId: formData.get("teamId"), text: formData.get("text") });
  const rows = await guardiansOfTeam(input.teamId, clubId);
  for (const r of rows) await sendEmail(r.email, "Message from your coach", `<p>${input.text}</p>`);
  return { sent: rows.length };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateNotificationPrefs(userId: string, prefs: Record<string, unknown>) {
  await requireUser();
  // ruleid: missing-authorization, mass-assignment
  await db.update(users).set(prefs).where(eq(users.id, userId));
}
