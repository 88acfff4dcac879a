import { NextResponse, type NextRequest } from "next/server";
import { requireStaff } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  // ok: floating-auth-check
  await requireStaff();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  await connectMongo();
  const rx = new RegExp(q, "i");
  // ok: missing-authorization
  const rows = await Patient.find({ $or: [{ lastName: rx }, { firstName: rx }, { phone: rx }] })
    .select("firstName lastName dateOfBirth phone")
    .limit(25)
    .lean();
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((p) => ({ id: String(p._id), name: `${p.firstName} ${p.lastName}`, dob: p.dateOfBirth, phone: p.phone })));
}
