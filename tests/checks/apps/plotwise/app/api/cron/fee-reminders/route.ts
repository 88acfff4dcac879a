import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(authHeader, `Bearer ${process.env.CRON_SECRET}`)) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const due = await prisma.fee.findMany({
    where: { status: "DUE", year: new Date().getFullYear() },
    select: { amountPence: true, user: { select: { email: true, name: true } } },
  });
  for (const fee of due) {
    await sendMail(fee.user.email, "Your plot rent is due", `<p>Hi ${fee.user.name}, £${(fee.amountPence / 100).toFixed(2)} is due.</p>`);
  }
  return NextResponse.json({ reminded: due.length });
}
