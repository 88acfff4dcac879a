import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { MANAGERS } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const studioId = z.string().cuid().parse(new URL(req.url).searchParams.get("studioId"));
  const staff = await prisma.staffMember.findFirst({ where: { studioId, userId: session.user.id, role: { in: MANAGERS } }, select: { id: true } });
  if (!staff) return new Response("Forbidden", { status: 403 });
  // ok: missing-authorization
  const members = await prisma.member.findMany({
    where: { studioId },
    select: { firstName: true, lastName: true, email: true, phone: true, status: true, credits: true },
  });
  const csv = ["first_name,last_name,email,phone,status,credits", ...members.map((m) => [m.firstName, m.lastName, m.email ?? "", m.phone ?? "", m.status, m.credits].join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=members.csv" } });
}
