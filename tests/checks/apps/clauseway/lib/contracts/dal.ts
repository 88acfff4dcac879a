import "server-only";
import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { contracts, memberships } from "@/lib/db/schema";
import { requireUser } from "@/lib/session";

async function loadScoped(contractId: string, userId: string) {
  const [row] = await db
    .select({
      id: contracts.id,
      workspaceId: contracts.workspaceId,
      title: contracts.title,
      status: contracts.status,
      ownerId: contracts.ownerId,
      role: memberships.role,
    })
    .from(contracts)
    .innerJoin(memberships, eq(memberships.workspaceId, contracts.workspaceId))
    .where(and(eq(contracts.id, contractId), eq(memberships.userId, userId)))
    .limit(1);
  if (!row) notFound();
  return row;
}

/** Session + membership check; the contract is returned only to members of its workspace. */
export async function getContractForCurrentUser(contractId: string) {
  const user = await requireUser();
  const contract = await loadScoped(contractId, user.id);
  return { user, contract };
}

/** Two levels down: editor role required on top of membership. */
export async function loadEditableContract(contractId: string) {
  const { user, contract } = await getContractForCurrentUser(contractId);
  if (contract.role === "viewer") throw new Error("Read-only access");
  return { user, contract };
}
