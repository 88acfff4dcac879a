"use server";

import { z } from "zod";
import { withOrg } from "@/lib/wrappers";
import { createSupabaseServer } from "@/lib/db/supabase-server";

const Site = z.object({ name: z.string().min(2).max(80), address: z.string().min(5).max(300), managerId: z.string().uuid().optional() });

// ok: missing-auth, missing-input-validation
export const createSite = withOrg(async (ctx, raw: unknown) => {
  const input = Site.parse(raw);
  const supabase = await createSupabaseServer();
  // ok: mass-assignment
  await supabase.from("sites").insert({ name: input.name, address: input.address, company_id: ctx.companyId, manager_id: ctx.userId });
}, ["owner", "site_manager"]);

// ok: missing-auth, missing-input-validation
export const updateSite = withOrg(async (ctx, siteId: string, raw: unknown) => {
  const input = Site.omit({ managerId: true }).parse(raw);
  z.string().uuid().parse(siteId);
  const supabase = await createSupabaseServer();
  await supabase
    .from("sites")
    // ok: mass-assignment
    .update(input)
    // ok: missing-authorization
    .eq("id", siteId).eq("company_id", ctx.companyId);
});

// ok: missing-auth, missing-input-validation
export const deleteSite = withOrg(async (ctx, siteId: string) => {
  z.string().uuid().parse(siteId);
  const supabase = await createSupabaseServer();
  // why: site deleted by client id with no company_id filter.
  // ruleid: missing-authorization
  await supabase.from("sites").delete().eq("id", siteId);
}, ["owner"]);

// ok: missing-auth, missing-input-validation
export const listSites = withOrg(async (ctx) => {
  const supabase = await createSupabaseServer();
  // ok: missing-authorization
  const { data } = await supabase.from("sites").select("id, name, address").eq("company_id", ctx.companyId);
  // ok: excessive-data-exposure
  return data ?? [];
});
