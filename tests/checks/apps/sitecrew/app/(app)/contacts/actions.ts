"use server";

import Papa from "papaparse";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { searchContactsRaw } from "@/lib/sql-helpers";
import { id } from "@/lib/validation";

type State = { imported?: number; error?: string } | undefined;

// ok: missing-auth
// ruleid: missing-input-validation
export async function importContacts(_prev: State, formData: FormData): Promise<State> {
  const session = await verifySession();
  const file = formData.get("file") as File;
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  try {
    const { count } = await prisma.contact.createMany({
      // ruleid: mass-assignment
      data: data.map((row) => ({ name: row.name ?? "", ...row, tenantId: session.tenantId })),
    });
    revalidatePath("/contacts");
    return { imported: count };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Import failed: ${(e as Error).message}` };
  }
}

// Directory search box.
// ok: missing-auth
// ruleid: missing-input-validation
export async function searchContacts(term: string) {
  const session = await verifySession();
  const rows = await searchContactsRaw(session.tenantId, term);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function deleteContact(contactId: string) {
  await verifySession();
  const cid = id.parse(contactId);
  // ruleid: missing-authorization
  await prisma.contact.delete({ where: { id: cid } });
  revalidatePath("/contacts");
}

const ContactSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
  phone: z.string().max(30).optional(),
  company: z.string().max(120).optional(),
  trade: z.string().max(60).optional(),
});

// ok: missing-auth, missing-input-validation
export async function createContact(_prev: State, formData: FormData) {
  const session = await verifySession();
  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the contact details." };
  // ok: mass-assignment
  await prisma.contact.create({ data: { ...parsed.data, tenantId: session.tenantId } });
  revalidatePath("/contacts");
  return { imported: 1 };
}
