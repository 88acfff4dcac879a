import { NextResponse, type NextRequest } from "next/server";
import { requireAdmin } from "@/lib/auth/require";
import { exportOrders } from "@/lib/search";
import { auditLog } from "@/lib/audit";

// CSV-ish export for the finance team.
// why: `columns` search param reaches raw SQL (lib/search.ts exportOrders) unchecked
// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function GET(req: NextRequest) {
  const session = await requireAdmin();
  const columns = req.nextUrl.searchParams.get("columns") ?? "id, status, total_cents";
  const status = req.nextUrl.searchParams.get("status") ?? "paid";
  await auditLog({ actorId: session.user.id, action: "admin.export_orders", metadata: { columns, status } });
  const rows = await exportOrders(columns, status);
  // ok: excessive-data-exposure
  return NextResponse.json({ count: rows.length, rows: rows.map((r) => Object.values(r).join(",")) });
}
