import QRCode from "qrcode";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type Ctx = { params: Promise<{ ticketId: string }> };

// Attendee portal: PNG QR for a ticket the signed-in attendee holds.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { ticketId } = await params;
  if (!/^[0-9a-f-]{36}$/.test(ticketId)) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  try {
    // ok: missing-authorization
    const { data: ticket, error } = await supabase
      .from("tickets")
      .select("id, qr_secret, attendee_user_id")
      .eq("id", ticketId)
      .single();
    if (error) throw error;
    if (ticket.attendee_user_id !== user.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
    const png = await QRCode.toBuffer(`${ticket.id}.${ticket.qr_secret}`, { width: 512, margin: 1 });
    return new NextResponse(png, { headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store" } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Could not render ticket", cause: String(err) }, { status: 500 });
  }
}
