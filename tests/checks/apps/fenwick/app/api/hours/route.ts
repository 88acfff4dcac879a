import { NextResponse } from "next/server";
import { OPENING_HOURS } from "@/lib/clinic-info";

export const revalidate = 3600;

// ok: missing-auth
export async function GET() {
  // ok: excessive-data-exposure
  return NextResponse.json(OPENING_HOURS);
}
