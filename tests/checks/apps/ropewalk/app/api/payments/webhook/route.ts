import { NextResponse, type NextRequest } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import DayPass from "@/models/DayPass";
import { auditLog } from "@/lib/audit";

function verify(raw: string, header: string | null) {
  if (!header) return false;
  const expected = createHmac("sha256", process.env.PAYMENTS_WEBHOOK_SECRET!).update(raw).digest();
  const given = Buffer.from(header, "hex");
  // ok: timing-unsafe-comparison
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest) {
  const raw = await req.text();
  if (!verify(raw, req.headers.get("x-payments-signature"))) return NextResponse.json({ error: "bad signature" }, { status: 400 });
  const evt = JSON.parse(raw) as { type: string; data: { ref: string; kind: "membership" | "daypass"; id: string } };
  if (typeof evt?.data?.id !== "string" || !/^[a-f0-9]{24}$/.test(evt.data.id)) return NextResponse.json({ ok: true });
  await dbConnect();
  if (evt.type === "payment.succeeded" && evt.data.kind === "membership") {
    await Membership.updateOne({ _id: evt.data.id }, { $set: { status: "active", billingRef: evt.data.ref } });
  } else if (evt.type === "payment.succeeded" && evt.data.kind === "daypass") {
    await DayPass.updateOne({ _id: evt.data.id }, { $set: { paymentRef: evt.data.ref } });
  }
  await auditLog({ action: "payments.webhook", actorId: null, meta: { type: evt.type, ref: evt.data.ref } });
  return NextResponse.json({ ok: true });
}
