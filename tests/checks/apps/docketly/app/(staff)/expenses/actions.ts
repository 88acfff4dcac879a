"use server";

import * as yup from "yup";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { expenses } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { canApproveExpense } from "@/lib/authz";

const expenseSchema = yup.object({
  matterId: yup.string().required().max(40),
  amountCents: yup.number().integer().positive().max(10_000_000).required(),
  description: yup.string().required().max(500),
});

// ok: missing-auth, missing-input-validation
export async function submitExpense(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const values = await expenseSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  await db.insert(expenses).values({
    id: crypto.randomUUID(),
    // ok: mass-assignment
    ...values,
    firmId: session.firmId,
    userId: session.userId,
  });
  revalidatePath("/expenses");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function approveExpense(expenseId: string) {
  const session = await verifySession();
  if (typeof expenseId !== "string" || expenseId.length > 40) throw new Error("Bad id");
  const [row] = await db.select({ userId: expenses.userId }).from(expenses).where(and(eq(expenses.id, expenseId), eq(expenses.firmId, session.firmId)));
  if (!row) throw new Error("Expense not found");
  // ruleid: floating-auth-check
  if (!canApproveExpense(session, row.userId)) {
    throw new Error("You cannot approve this expense");
  }
  await db.update(expenses).set({ approvedById: session.userId }).where(and(eq(expenses.id, expenseId), eq(expenses.firmId, session.firmId)));
  revalidatePath("/expenses");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function editExpense(formData: FormData) {
  const session = await verifySession();
  const id = String(formData.get("id"));
  formData.delete("id");
  await db
    .update(expenses)
    // ruleid: mass-assignment
    .set(Object.fromEntries(formData))
    .where(and(eq(expenses.id, id), eq(expenses.userId, session.userId)));
  revalidatePath("/expenses");
}

// ok: missing-auth
export async function listMyExpenses() {
  const session = await verifySession();
  const rows = await db.select().from(expenses).where(eq(expenses.userId, session.userId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function expenseTotals() {
  const session = await verifySession();
  const rows = await db
    .select({ matterId: expenses.matterId, amountCents: expenses.amountCents, reimbursed: expenses.reimbursed })
    .from(expenses)
    .where(eq(expenses.userId, session.userId));
  // ok: excessive-data-exposure
  return rows;
}
