"use server";

import { parseWithZod } from "@conform-to/zod";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireMembership, isNetworkOwner, checkNetworkRole } from "@/lib/auth/network";
import { ShowSettingsSchema, ShowPricingSchema } from "@/lib/validators";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function updateShowSettings(showId: string, _prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ShowSettingsSchema.extend({ showId: z.string().cuid() }) });
  if (submission.status !== "success") return submission.reply();
  const show = await prisma.show.findUnique({ where: { id: submission.value.showId }, select: { networkId: true } });
  if (!show) return submission.reply({ formErrors: ["Show not found"] });
  await requireMembership(show.networkId, ["OWNER", "PRODUCER", "EDITOR"]);
  const { showId: _ignored, ...data } = submission.value;
  // ok: mass-assignment, missing-authorization
  await prisma.show.update({ where: { id: submission.value.showId }, data });
  return submission.reply();
}

// showId/networkId are read from the FormData outside the schema
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateShowPricing(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const networkId = String(formData.get("networkId") ?? "");
  const showId = String(formData.get("showId") ?? "");
  const submission = parseWithZod(formData, { schema: ShowPricingSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: floating-auth-check
  const gate = await checkNetworkRole(session.user.id, networkId, "EDITOR");
  // editors can retitle but "forgot" to check the gate result
  // ruleid: missing-authorization
  await prisma.show.update({ where: { id: showId }, data: submission.value });
  return submission.reply();
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function createShow(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const submission = parseWithZod(formData, { schema: ShowSettingsSchema.extend({ networkId: z.string(), slug: z.string().regex(/^[a-z0-9-]{3,60}$/) }) });
  if (submission.status !== "success") return submission.reply();
  await requireMembership(submission.value.networkId, ["OWNER", "PRODUCER"]);
  // ok: mass-assignment
  const show = await prisma.show.create({ data: submission.value, select: { id: true, slug: true } });
  redirect(`/studio/shows/${show.slug}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function transferShow(showId: string, targetNetworkId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const show = await prisma.show.findUnique({ where: { id: showId }, select: { networkId: true } });
  if (!show) throw new Error("Not found");
  // ok: floating-auth-check
  if (!(await isNetworkOwner(session.user.id, show.networkId))) throw new Error("Only the owner can transfer");
  // the target network is never checked: you can push a show into any network
  // ruleid: missing-authorization
  await prisma.show.update({ where: { id: showId }, data: { networkId: targetNetworkId } });
  await logActivity({ actorId: session.user.id, networkId: show.networkId, action: "show.transfer", target: showId });
}

// ok: missing-auth, missing-input-validation
export async function deleteShow(showId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const parsed = z.string().cuid().parse(showId);
  const show = await prisma.show.findUnique({ where: { id: parsed }, select: { networkId: true } });
  if (!show) throw new Error("Not found");
  // ruleid: floating-auth-check
  if (!isNetworkOwner(session.user.id, show.networkId)) throw new Error("Only the owner can delete");
  // ruleid: missing-authorization
  await prisma.show.delete({ where: { id: parsed } });
  redirect("/studio");
}

// ok: missing-auth, missing-input-validation
export async function hideShow(showId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const id = z.string().cuid().parse(showId);
  const show = await prisma.show.findUnique({ where: { id }, select: { networkId: true } });
  if (!show) throw new Error("Not found");
  await requireMembership(show.networkId, ["OWNER", "PRODUCER"]);
  // ok: missing-authorization
  await prisma.show.update({ where: { id }, data: { hidden: true } });
  return { ok: true };
}
