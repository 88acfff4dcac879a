import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

function csvCell(v: string | null) {
  const s = v ?? "";
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth();
  if (!session?.user?.tenantId) return new Response("Unauthorized", { status: 401 });
  const contacts = await prisma.contact.findMany({
    where: { tenantId: session.user.tenantId },
    select: { name: true, email: true, phone: true, company: true, trade: true },
  });
  const csv = ["name,email,phone,company,trade", ...contacts.map((c) => [c.name, c.email, c.phone, c.company, c.trade].map(csvCell).join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="contacts.csv"' } });
}
