import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { outstandingByCurrency, revenueByMonth, topClients } from "@/lib/repos/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const sp = req.nextUrl.searchParams;
  const year = sp.get("year") ?? String(new Date().getFullYear());
  const top = sp.get("top") ?? "5";
  const currency = sp.get("currency") ?? undefined;
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(top) || (currency !== undefined && !/^[A-Z]{3}$/.test(currency))) {
    return NextResponse.json({ error: "Invalid parameters" }, { status: 400 });
  }
  const [revenue, clients, outstanding] = await Promise.all([
    revenueByMonth(user.orgId, year, currency),
    topClients(user.orgId, top),
    outstandingByCurrency(user.orgId),
  ]);
  return NextResponse.json({ revenue, clients, outstanding });
}
