"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { requireRenter, getRenterSession } from "@/lib/renter-session";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

/** GDPR Art. 15 export. Uses the Supabase mirror that the analytics team maintains. */
// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const { renterId } = await requireRenter();
  const supabase = await createClient();
  const [{ data: profile }, { data: leases }, { data: requests }] = await Promise.all([
    supabase.from("renters").select("id, full_name, email, phone, date_of_birth").eq("id", renterId).single(),
    supabase.from("leases").select("id, start_date, end_date, rent_pence, deposit_pence").eq("renter_id", renterId),
    supabase.from("maintenance_requests").select("id, title, body, status, created_at").eq("renter_id", renterId),
  ]);
  // ok: excessive-data-exposure
  return { profile, leases, requests, exportedAt: new Date().toISOString() };
}

// ok: missing-auth, missing-input-validation
export async function exportMyDataFull() {
  const { renterId } = await requireRenter();
  const supabase = await createClient();
  const { data } = await supabase.from("renters").select("*").eq("id", renterId).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function eraseMyAccount() {
  const { renterId, agencyId } = await requireRenter();
  await prisma.$transaction(async (tx) => {
    await tx.maintenanceRequest.updateMany({ where: { renterId }, data: { body: "[erased]", photoKeys: [] } });
    await tx.renter.update({
      where: { id: renterId },
      data: { fullName: "Erased renter", email: `erased+${renterId}@tenantry.invalid`, phone: null, niNumber: null, dateOfBirth: null },
    });
  });
  await auditLog({ agencyId, actorId: renterId, action: "renter.erased", target: renterId });
  const session = await getRenterSession();
  session.destroy();
  redirect("/");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteMyRenterAccount() {
  const { renterId } = await requireRenter();
  await prisma.renter.delete({ where: { id: renterId } });
  console.log("renter deleted", renterId);
  (await getRenterSession()).destroy();
  redirect("/");
}
