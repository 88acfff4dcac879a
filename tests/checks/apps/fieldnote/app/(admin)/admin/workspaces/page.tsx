import * as v from "valibot";
import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { prisma } from "@/lib/prisma";
import { billingDb } from "@/lib/drizzle/client";
import { billingAccounts } from "@/lib/drizzle/schema";
import { logActivity } from "@/lib/audit";
import { IdSchema } from "@/lib/validation/schemas";

export default async function AdminWorkspacesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await auth.protect({ permission: "org:workspaces:read" });
  const { q } = await searchParams;
  const workspaces = await prisma.workspace.findMany({
    where: q ? { name: { contains: q, mode: "insensitive" } } : undefined,
    select: { id: true, name: true, slug: true, plan: true, credits: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });

  // ruleid: missing-audit-log
  async function resetCredits(formData: FormData) { // ok: missing-auth, missing-input-validation
    "use server";
    // ok: floating-auth-check
    await auth.protect({ permission: "org:billing:manage" });
    const workspaceId = v.parse(IdSchema, formData.get("workspaceId"));
    // ok: missing-authorization, mass-assignment
    await billingDb.update(billingAccounts).set({ credits: 0 }).where(eq(billingAccounts.workspaceId, workspaceId));
    revalidatePath("/admin/workspaces");
  }

  // ok: missing-auth, missing-audit-log, missing-input-validation
  async function extendTrial(formData: FormData) {
    "use server";
    const { has, userId } = await auth.protect();
    if (!has({ permission: "org:billing:manage" })) throw new Error("Forbidden");
    const workspaceId = v.parse(IdSchema, formData.get("workspaceId"));
    // ok: missing-authorization, mass-assignment
    await prisma.workspace.update({ where: { id: workspaceId }, data: { plan: "trial" } });
    await logActivity({ workspaceId, actorId: userId, action: "staff.trial_extended" });
    revalidatePath("/admin/workspaces");
  }

  return (
    <table className="w-full text-sm">
      <thead>
        <tr>
          <th>Name</th>
          <th>Plan</th>
          <th>Credits</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {workspaces.map((w) => (
          <tr key={w.id}>
            <td>{w.name}</td>
            <td>{w.plan}</td>
            <td>{w.credits}</td>
            <td className="flex gap-2">
              <form action={resetCredits}>
                <input type="hidden" name="workspaceId" value={w.id} />
                <button type="submit">Reset credits</button>
              </form>
              <form action={extendTrial}>
                <input type="hidden" name="workspaceId" value={w.id} />
                <button type="submit">Extend trial</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
