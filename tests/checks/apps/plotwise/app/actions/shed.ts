"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { withFormErrors, withMember } from "@/lib/action-wrappers";
import { sendMail } from "@/lib/mail";
import { mailLimiter } from "@/lib/ratelimit";

// ruleid: missing-auth
export const logShedVisit = withFormErrors(async (formData) => {
  const toolId = z.string().cuid().parse(formData.get("toolId"));
  await prisma.tool.update({ where: { id: toolId }, data: { condition: "IN_USE" } });
  return { ok: true as const };
});

// ruleid: missing-auth, missing-rate-limit
export const reportShedBreakIn = withFormErrors(async (formData) => {
  const details = z.string().min(5).max(2000).parse(formData.get("details"));
  const stewards = await prisma.user.findMany({ where: { role: "PLOT_STEWARD" }, select: { email: true } });
  await sendMail(stewards.map((s) => s.email), "Shed break-in reported", `<p>${details}</p>`);
  return { ok: true as const };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const reportShedIssue = withMember(async (user, details: string) => {
  const text = z.string().min(5).max(2000).parse(details);
  if (!(await mailLimiter.limit(`shed:${user.id}`)).success) throw new Error("Slow down");
  await sendMail("stewards@plotwise.org.uk", `Shed issue from ${user.name}`, `<p>${text}</p>`);
});

// ok: missing-auth, missing-input-validation
export const myShedHistory = withMember(async (user) => {
  const rows = await prisma.toolBooking.findMany({
    where: { userId: user.id },
    select: { id: true, startsAt: true, status: true, tool: { select: { name: true } } },
    take: 20,
  });
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const lastBorrowerOf = withMember(async (user, toolId: string) => {
  const id = z.string().cuid().parse(toolId);
  const booking = await prisma.toolBooking.findFirst({ where: { toolId: id }, orderBy: { endsAt: "desc" }, include: { user: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  // ruleid: excessive-data-exposure
  return booking?.user;
});
