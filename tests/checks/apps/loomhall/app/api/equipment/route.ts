import { NextResponse } from "next/server";
import { publicEquipment } from "@/lib/data/bookings";

// Public: the equipment list on the website.
// ok: missing-auth
export async function GET() {
  const items = await publicEquipment();
  // ok: excessive-data-exposure
  return NextResponse.json(items);
}
