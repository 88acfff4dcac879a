"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";

// Used as <form action={archiveCustomer.bind(null, customer.id)}>.
// ok: missing-auth
// ruleid: missing-input-validation
export async function archiveCustomer(customerId: string, _formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/sign-in");
  // ruleid: missing-authorization
  await supabase.from("customers").update({ archived: true }).eq("id", customerId);
  revalidatePath("/customers");
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function addCustomerNote(customerId: string, formData: FormData) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const body = v.parse(v.pipe(v.string(), v.minLength(1), v.maxLength(2000)), formData.get("body"));
  await supabase.from("customer_notes").insert({ customer_id: customerId, body, author_id: data.user?.id });
}

// ok: missing-auth
export async function listCustomers() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("customers").select("*").eq("owner_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
// ok: missing-input-validation
export async function getCustomer(rawId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return null;
  const customerId = v.parse(v.pipe(v.string(), v.uuid()), rawId);
  // ok: missing-authorization -- constrained by owner
  const { data } = await supabase.from("customers").select("id, name, email").eq("id", customerId).eq("owner_id", user.id).single();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCustomer(input: { id: string; name: string; email: string }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ruleid: mass-assignment
  await supabase.from("customers").update(input).eq("id", input.id).eq("owner_id", user.id);
}

// ok: missing-auth
// ruleid: missing-input-validation -- CSV values reach the insert unchecked (label added after the run)
export async function importCustomers(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  try {
    const file = formData.get("file");
    if (!(file instanceof File)) return { error: "Attach a CSV file" };
    const rows = (await file.text()).split("\n").map((line) => {
      const [name, email] = line.split(",");
      return { name: name.trim(), email: email?.trim() ?? null, owner_id: user.id };
    });
    // ok: mass-assignment -- rows are built field by field
    const { error } = await supabase.from("customers").insert(rows);
    if (error) throw error;
    return { imported: rows.length };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Import failed: ${err}` };
  }
}
