import "server-only";
import { db } from "@/lib/db/kysely";
import { Expense } from "@/lib/db/sequelize";
import type { SessionUser } from "@/lib/dal";

/** True when the invoice belongs to the user's organisation and is still editable. */
export async function canEditInvoice(orgId: string, invoiceId: string): Promise<boolean> {
  const row = await db
    .selectFrom("invoices")
    .select(["id"])
    .where("id", "=", invoiceId)
    .where("org_id", "=", orgId)
    .where("status", "!=", "void")
    .executeTakeFirst();
  return Boolean(row);
}

/** Checks the role stored in the database (the JWT role can be up to 7 days stale). */
export async function isOrgAdmin(userId: string, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select(["role"])
    .where("id", "=", userId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  return row?.role === "owner" || row?.role === "admin";
}

/** Throws unless the client record belongs to the organisation. */
export async function assertClientInOrg(clientId: string, orgId: string): Promise<void> {
  const row = await db
    .selectFrom("clients")
    .select(["id"])
    .where("id", "=", clientId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  if (!row) throw new Error("Client not found");
}

/** Throws unless the invoice belongs to the organisation. */
export async function assertInvoiceAccess(orgId: string, invoiceId: string): Promise<void> {
  // ok: floating-auth-check
  const ok = await canEditInvoice(orgId, invoiceId);
  if (!ok) throw new Error("Invoice not found");
}

/** Members may manage their own pending expenses; admins may manage all of the org's. */
export async function canManageExpense(user: { userId: string; orgId: string; role: string }, expenseId: number): Promise<boolean> {
  const expense = await Expense.findOne({ attributes: ["orgId", "submittedBy", "status"], where: { id: expenseId } });
  if (!expense || expense.orgId !== user.orgId) return false;
  if (user.role === "owner" || user.role === "admin") return true;
  return expense.submittedBy === user.userId && expense.status === "pending";
}

/** Synchronous role test on an already-loaded user. */
export function hasRole(user: Pick<SessionUser, "role">, ...roles: SessionUser["role"][]): boolean {
  return roles.includes(user.role);
}
