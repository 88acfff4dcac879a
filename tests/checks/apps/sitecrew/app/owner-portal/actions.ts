"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getOwnerUser } from "@/lib/portal";
import { portalActionClient } from "@/lib/safe-action";
import { withMaybeUser } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { id } from "@/lib/validation";

// Owner's dashboard tiles.
// ok: missing-auth, missing-input-validation
export async function getOwnerDashboard(projectId: string) {
  const owner = await getOwnerUser();
  if (!owner) throw new Error("Sign in to the owner portal");
  const pid = id.parse(projectId);
  // ok: missing-authorization
  const { data } = await owner.supabase
    .from("pay_apps")
    .select("*")
    .eq("project_id", pid)
    .eq("owner_client_id", owner.ownerClientId);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function getOwnerProjects() {
  const owner = await getOwnerUser();
  if (!owner) return [];
  // ok: missing-authorization
  const { data } = await owner.supabase
    .from("projects")
    .select("id, name, number, status")
    .eq("owner_client_id", owner.ownerClientId);
  // ok: excessive-data-exposure
  return data ?? [];
}

// Owner's rep certifies a pay application.
// ok: missing-input-validation
// ruleid: missing-auth
export const certifyPayApp = portalActionClient
  .inputSchema(z.object({ payAppId: z.string().cuid(), certifiedAmount: z.number().min(0) }))
  .action(async ({ parsedInput }) => {
    await prisma.payApp.update({
      where: { id: parsedInput.payAppId },
      data: { status: "certified", workCompleted: parsedInput.certifiedAmount },
    });
    revalidatePath("/owner-portal");
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function commentOnPayApp(_prev: unknown, formData: FormData) {
  const owner = await getOwnerUser();
  if (!owner) return { error: "Sign in again." };
  const { error } = await owner.supabase.from("pay_app_comments").insert({
    // ruleid: mass-assignment
    ...Object.fromEntries(formData),
    author_id: owner.user.id,
  });
  return error ? { error: "Could not post your comment." } : { ok: true };
}

// Monthly owner report PDF data.
// ok: missing-input-validation
// ruleid: missing-auth
export const ownerReportData = withMaybeUser(async (user, projectId: string) => {
  const pid = id.parse(projectId);
  const payApps = await prisma.payApp.findMany({
    where: { projectId: pid },
    select: { period: true, workCompleted: true, retainage: true, status: true },
  });
  // ok: excessive-data-exposure
  return { viewer: user.userId ?? "guest", payApps };
});

// ok: missing-input-validation
// ruleid: missing-auth
export async function approveOwnerChangeOrder(changeOrderId: string) {
  // ruleid: floating-auth-check
  if (!getOwnerUser()) throw new Error("Sign in to the owner portal");
  const coId = id.parse(changeOrderId);
  await prisma.changeOrder.update({ where: { id: coId }, data: { status: "owner_approved" } });
}
