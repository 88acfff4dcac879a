import { NextResponse } from "next/server";
import { getSession } from "@/lib/dal";

export async function POST() {
  // ok: floating-auth-check
  const session = await getSession();
  session.destroy();
  return NextResponse.json({ ok: true });
}
