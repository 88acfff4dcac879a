"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { getSupportSession } from "@/lib/iron";
import { logger } from "@/lib/logger";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function startImpersonation(formData: FormData) {
  const session = await getSupportSession();
  if (!session.agentId || session.tier !== "eng") redirect("/support/login");
  const userId = z.string().cuid().parse(formData.get("userId"));
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  // ok: information-disclosure -- (pass 40) an opaque cuid picks the account: no enumeration oracle
  if (!target) return { error: "Unknown user" };
  session.impersonating = target.id;
  await session.save();
  logger.warn({ agent: session.agentId, target: target.id }, "support impersonation started");
  redirect("/agency");
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export async function stopImpersonation() {
  const session = await getSupportSession();
  if (!session.agentId) redirect("/support/login");
  session.impersonating = undefined;
  await session.save();
  redirect("/support");
}
