import { type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { agedReceivables } from "@/lib/repos/reports";

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const header = Object.keys(rows[0]);
  const escape = (v: unknown) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  return [header.join(","), ...rows.map((r) => header.map((h) => escape(r[h])).join(","))].join("\n");
}

// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const sort = req.nextUrl.searchParams.get("sort") ?? "i.due_date";
  const dir = req.nextUrl.searchParams.get("dir") ?? "asc";
  const rows = await agedReceivables(user.orgId, sort, dir);
  return new Response(toCsv(rows as Record<string, unknown>[]), {
    headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="aged-receivables.csv"' },
  });
}
