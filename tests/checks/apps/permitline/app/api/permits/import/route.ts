import { NextResponse } from "next/server";
import { parse } from "csv-parse/sync";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { isStaffOf } from "@/lib/permissions";
import { logger } from "@/lib/logger";

// Bulk import of historical permits from the previous vendor's CSV export.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id || !session.user.municipalityId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ruleid: floating-auth-check
  if (!isStaffOf(session.user.id, session.user.municipalityId, ["OWNER", "DEPARTMENT_HEAD"])) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const text = await req.text();
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  let imported = 0;
  for (const record of records) {
    try {
      await prisma.permit.create({
        data: {
          // ruleid: mass-assignment
          ...record,
          municipalityId: session.user.municipalityId,
        } as never,
      });
      imported++;
    } catch (err) {
      logger.warn("import.row_failed", { number: record.number, err: String(err) });
    }
  }
  return NextResponse.json({ imported, total: records.length });
}
