"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { WorkspaceSettingsSchema } from "@/lib/validation/schemas";
import { logger } from "@/lib/logger";

type IntegrationsUser = { id: string; workspaceId: string; role: string };

async function integrationsUser(): Promise<IntegrationsUser> {
  const session = await auth();
  if (!session?.user) redirect("/integrations/sign-in");
  return session.user as unknown as IntegrationsUser;
}

export async function updateWorkspaceSettings(formData: FormData) { // ok: missing-auth, missing-input-validation, missing-audit-log
  const user = await integrationsUser();
  if (user.role !== "OWNER") return { error: "Only the owner can change workspace settings." };
  const data = WorkspaceSettingsSchema.parse(Object.fromEntries(formData));
  // ruleid: mass-assignment
  await prisma.workspace.update({ where: { id: user.workspaceId }, data });
  logger.info({ msg: "workspace settings updated", workspaceId: user.workspaceId, actorId: user.id });
  revalidatePath("/settings");
}

export async function renameWorkspace(formData: FormData) { // ok: missing-auth, missing-input-validation, missing-rate-limit
  const user = await integrationsUser();
  const data = z.strictObject({ name: z.string().min(2).max(80) }).parse({ name: formData.get("name") });
  // ok: mass-assignment, missing-authorization
  await prisma.workspace.update({ where: { id: user.workspaceId }, data });
  revalidatePath("/settings");
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function setBillingEmail(formData: FormData) { // ok: missing-auth, missing-input-validation, missing-rate-limit
  // ok: floating-auth-check
  const session = await auth();
  if (!session?.user) return { error: "Not signed in" };
  const email = formData.get("billingEmail");
  if (typeof email !== "string" || !EMAIL_RE.test(email) || email.length > 254) {
    return { error: "Enter a valid email." };
  }
  const workspaceId = (session.user as unknown as IntegrationsUser).workspaceId;
  await prisma.customer.updateMany({ where: { workspaceId, email: null }, data: { notes: `billing:${email}` } });
  return { ok: true };
}

// ruleid: missing-input-validation
export async function testOutgoingWebhook(formData: FormData) { // ok: missing-auth
  const session = await auth();
  if (!session) redirect("/integrations/sign-in");
  const url = formData.get("webhookUrl") as string;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "ping", workspace: (session.user as unknown as IntegrationsUser).workspaceId }),
    });
    return { status: res.status };
  } catch (error) {
    // ruleid: information-disclosure
    return { status: 0, error };
  }
}

// ruleid: missing-audit-log
export async function deleteWorkspace() { // ok: missing-auth, missing-input-validation
  const user = await integrationsUser();
  if (user.role !== "OWNER") throw new Error("Only the owner can delete the workspace.");
  await prisma.$transaction([
    prisma.job.deleteMany({ where: { workspaceId: user.workspaceId } }),
    prisma.customer.deleteMany({ where: { workspaceId: user.workspaceId } }),
    prisma.user.deleteMany({ where: { workspaceId: user.workspaceId } }),
    prisma.workspace.delete({ where: { id: user.workspaceId } }),
  ]);
  redirect("/goodbye");
}

export async function returnToApp(formData: FormData) { // ok: missing-auth, missing-input-validation
  const session = await auth();
  if (!session) redirect("/integrations/sign-in");
  const next = formData.get("next");
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) redirect("/integrations");
  redirect(next);
}

// ruleid: missing-input-validation
export async function finishOnboarding(formData: FormData) { // ok: missing-auth
  const user = await integrationsUser();
  await prisma.workspace.update({ where: { id: user.workspaceId }, data: { name: String(formData.get("name") ?? "My company") } });
  redirect(formData.get("returnTo") as string);
}
