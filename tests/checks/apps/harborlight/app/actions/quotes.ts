"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireStaff } from "@/lib/auth/staff";
import { staffProcedure } from "@/lib/zsa";
import { requestInMarina } from "@/lib/guards";
import { db, maintenanceRequests, quotes } from "@/lib/db";
import { draftQuote, openai } from "@/lib/ai";
import { rateLimit } from "@/lib/rate-limit";

const RATES = "€85/h labour, €40 haul-out surcharge";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftQuoteForRequest = staffProcedure
  .createServerAction()
  .input(z.object({ requestId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const req = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, input.requestId), eq(maintenanceRequests.organizationId, ctx.orgId)), columns: { title: true, description: true } });
    if (!req) throw new Error("Not found");
    const draft = await draftQuote(req.title, req.description, RATES);
    // ok: mass-assignment
    await db.insert(quotes).values({ id: randomUUID(), requestId: input.requestId, organizationId: ctx.orgId, draft });
    return { draft };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function redraftQuote(requestId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(requestId);
  // ruleid: floating-auth-check
  if (!requestInMarina(staff.orgId, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  const req = await db.query.maintenanceRequests.findFirst({ where: eq(maintenanceRequests.id, id), columns: { title: true, description: true } });
  return { draft: await draftQuote(req!.title, req!.description, RATES) };
}

// ok: missing-auth, missing-input-validation
export async function approveQuote(quoteId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(quoteId);
  // ok: missing-authorization
  await db.update(quotes).set({ approved: true }).where(and(eq(quotes.id, id), eq(quotes.organizationId, staff.orgId)));
}

// Marketing "try it" widget on the public site: no sign-in.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function tryQuoteAssistant(description: string) {
  const text = z.string().min(10).max(1000).parse(description);
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Estimate the repair: ${text}` }] });
  return { estimate: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function tryQuoteAssistantLimited(description: string, ip: string) {
  const text = z.string().min(10).max(1000).parse(description);
  await rateLimit(`ai-demo:${z.string().ip().parse(ip)}`, 3, 3600);
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Estimate the repair: ${text}` }] });
  return { estimate: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-auth, missing-input-validation
export async function polishQuote(quoteId: string, tone: string) {
  const staff = await requireStaff();
  const input = z.object({ quoteId: z.string().uuid(), tone: z.enum(["formal", "friendly"]) }).parse({ quoteId, tone });
  // ok: missing-authorization
  const q = await db.query.quotes.findFirst({ where: and(eq(quotes.id, input.quoteId), eq(quotes.organizationId, staff.orgId)), columns: { draft: true } });
  if (!q) return { error: "Not found" };
  try {
    const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Rewrite in a ${input.tone} tone:\n${q.draft}` }] });
    return { draft: res.choices[0]?.message?.content ?? q.draft };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: error instanceof Error ? error.message : "failed" };
  }
}
