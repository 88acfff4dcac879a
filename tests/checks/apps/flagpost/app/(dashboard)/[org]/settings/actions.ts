"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { requireOrgRole } from "@/lib/permissions";

const OrgSettings = z.object({
  orgId: z.string().cuid(),
  name: z.string().min(2).max(60),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ok: missing-auth, missing-input-validation
export async function updateOrgSettings(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const submission = parseWithZod(formData, { schema: OrgSettings });
  if (submission.status !== "success") return submission.reply();

  const { orgId, name, slug } = submission.value;
  await requireOrgRole(user.id, orgId, "admin");
  // ok: missing-authorization
  const { error } = await supabase
    .from("organizations")
    // ok: mass-assignment
    .update({ name, slug })
    .eq("id", orgId);
  if (error) {
    console.error("org settings update failed", error);
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Could not save settings. Is the slug already taken?"] });
  }
  revalidatePath("/settings");
  return submission.reply();
}

/** Branding editor posts the whole theme object. */
// ruleid: missing-input-validation
export async function updateOrgBranding(orgId: string, values: Record<string, unknown>) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await supabase
    .from("organizations")
    // ruleid: mass-assignment
    .update(values)
    .eq("id", orgId);
  revalidatePath("/settings");
}

// ok: missing-auth, missing-input-validation
// ok: missing-audit-log
export async function leaveOrganization(orgId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(orgId);
  // ok: missing-authorization
  await supabase.from("memberships").delete().eq("org_id", id).eq("user_id", user.id).neq("role", "owner");
  revalidatePath("/");
}

// ruleid: missing-auth
export async function getOrgUsage(orgId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  const id = z.string().cuid().parse(orgId);
  const { count } = await supabase
    .from("evaluations")
    .select("id", { count: "exact", head: true })
    .eq("org_id", id)
    .eq("requested_by", auth.user?.id);
  return { evaluations: count ?? 0 };
}
