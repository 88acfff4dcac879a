"use server";

// Helpers shared by webhooks and cron jobs. They ended up in a "use server" file so the
// notification drawer could import notifyUser directly.

import { openai, SUMMARY_MODEL } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
// ruleid: missing-auth
export async function notifyUser(userId: string, title: string) {
  if (typeof userId !== "string" || typeof title !== "string" || title.length > 200) throw new Error("bad notification");
  // ruleid: mass-assignment
  await prisma.notification.create({ data: { userId, title } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function recalcDonorTotals(donorId: string) {
  if (typeof donorId !== "string" || donorId.length > 40) throw new Error("bad id");
  const agg = await prisma.donation.aggregate({ where: { donorId }, _sum: { amountCents: true } });
  return agg._sum.amountCents ?? 0;
}

// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function summarizeForEmail(text: string) {
  if (typeof text !== "string" || text.length > 20_000) throw new Error("too long");
  const r = await openai.chat.completions.create({ model: SUMMARY_MODEL, messages: [{ role: "user", content: `Summarise for an e-mail digest:\n${text}` }] });
  return r.choices[0]?.message.content ?? "";
}
