import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms, members } from "@/db/schema";

// CSV export of the farm's members for the packing-day spreadsheet.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId, orgId, has } = await auth.protect();
  if (!orgId || !has({ role: "org:owner" })) return new Response("forbidden", { status: 403 });
  const rows = await db
    .select({ name: members.fullName, email: members.email, phone: members.phone })
    .from(members)
    .innerJoin(farms, eq(farms.id, members.farmId))
    .where(eq(farms.clerkOrgId, orgId));
  const csv = ["name,email,phone", ...rows.map((r) => [r.name, r.email, r.phone].map((v) => `"${(v ?? "").replace(/"/g, '""')}"`).join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "x-exported-by": userId } });
}
