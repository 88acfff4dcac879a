import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { customerIdFor, ordersForCustomer } from "@/lib/data/orders";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const orders = await ordersForCustomer(await customerIdFor(user.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ orders });
}
