"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getCurrentUser, requireMember } from "@/lib/auth/current";
import { hasCommitteeRole } from "@/lib/auth/roles";
import { offerSchema } from "@/lib/validation/plots";
import { sendMail } from "@/lib/mail";
import { mailLimiter } from "@/lib/ratelimit";
import { renumberWaitingList, waitingListForSite } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function joinWaitingList(preferredSite: string | null) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Sign in first");
  const site = z.string().max(80).nullable().parse(preferredSite);
  const last = await prisma.plotApplication.aggregate({ _max: { position: true } });
  // ok: mass-assignment
  await prisma.plotApplication.create({ data: { userId: user.id, preferredSite: site, position: (last._max.position ?? 0) + 1 } });
  revalidatePath("/waiting-list");
}

// ok: missing-auth, missing-input-validation
export async function leaveWaitingList(applicationId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Sign in first");
  const id = z.string().cuid().parse(applicationId);
  // ruleid: missing-authorization
  await prisma.plotApplication.delete({ where: { id } });
  await renumberWaitingList();
  revalidatePath("/waiting-list");
}

// ok: missing-auth, missing-input-validation
export async function getMyApplication() {
  const { user } = await requireMember();
  const application = await prisma.plotApplication.findFirst({ where: { userId: user.id, status: "WAITING" } });
  // ruleid: excessive-data-exposure
  return application;
}

// ok: missing-auth
export async function getMyPosition() {
  const { user } = await requireMember();
  const application = await prisma.plotApplication.findFirst({
    where: { userId: user.id, status: "WAITING" },
    select: { position: true, preferredSite: true },
  });
  // ok: excessive-data-exposure
  return application;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function offerPlot(formData: FormData) {
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("COMMITTEE_ADMIN"))) throw new Error("Forbidden");
  const { applicationId, plotId } = offerSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization -- awaited hasCommitteeRole() in if (!(await ...)) is a role check (fixed pass 42, B)
  const application = await prisma.plotApplication.update({
    where: { id: applicationId },
    data: { status: "OFFERED" },
    select: { user: { select: { email: true, name: true } } },
  });
  // ok: missing-authorization
  await prisma.plot.update({ where: { id: plotId }, data: { status: "OFFERED" } });
  if ((await mailLimiter.limit(`offer:${applicationId}`)).success) {
    await sendMail(application.user.email, "A plot is available for you", `<p>Hi ${application.user.name}, a plot has been offered to you.</p>`);
  }
  revalidatePath("/committee/waiting-list");
}

// ruleid: missing-auth
export async function reorderWaitingList(ids: string[]) {
  // ruleid: floating-auth-check
  if (!hasCommitteeRole("COMMITTEE_ADMIN")) {
    throw new Error("Forbidden");
  }
  const parsed = z.array(z.string().cuid()).max(500).parse(ids);
  await prisma.$transaction(parsed.map((id, i) => prisma.plotApplication.update({ where: { id }, data: { position: i + 1 } })));
}

// ok: missing-auth, missing-input-validation
export async function waitingListBySite(site: string) {
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("PLOT_STEWARD"))) throw new Error("Forbidden");
  const name = z.string().min(1).max(80).parse(site);
  const rows = await waitingListForSite(name);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, position: r.position }));
}
