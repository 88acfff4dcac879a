import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { verify } from "@node-rs/argon2";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { sessionOptions, type VendorSession } from "@/lib/auth/vendor-session";

const loginBody = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

/** Vendor mobile app sign-in (JSON). */
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log -- a login handler re-exported as a route records no sign-in (cause 4)
export async function POST(req: Request) {
  try {
    const { email, password } = loginBody.parse(await req.json());
    const vendor = await db.selectFrom("vendors").select(["id", "festival_id", "password_hash"]).where("contact_email", "=", email).executeTakeFirst();
    // ok: timing-unsafe-comparison
    const valid = vendor ? await verify(vendor.password_hash, password) : false;
    // ok: information-disclosure
    if (!vendor || !valid) return NextResponse.json({ error: "Invalid credentials" }, { status: 401 });
    const session = await getIronSession<VendorSession>(await cookies(), sessionOptions);
    session.vendorId = vendor.id;
    session.festivalId = vendor.festival_id;
    await session.save();
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 400 });
  }
}

// ok: missing-auth, missing-input-validation
export async function DELETE() {
  const session = await getIronSession<VendorSession>(await cookies(), sessionOptions);
  session.destroy();
  return new NextResponse(null, { status: 204 });
}
