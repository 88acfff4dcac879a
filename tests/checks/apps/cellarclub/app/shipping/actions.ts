"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withRole } from "@/lib/wrappers";
import { checkShipment } from "@/lib/compliance";

const CARRIER_API = "https://api.carrier.example.com/v2";

// ok: missing-auth, missing-input-validation
export const createLabel = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const orderId = z.string().cuid().parse(formData.get("orderId"));
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id: orderId, wineryId: ctx.wineryId }, select: { id: true, shipState: true } });
  if (!order?.shipState) return { error: "Order has no shipping address" };
  const rule = await checkShipment(ctx.wineryId, order.shipState, 12);
  if (!rule.allowed) return { error: `Cannot ship to ${order.shipState}` };
  try {
    const res = await fetch(`${CARRIER_API}/labels`, { method: "POST", headers: { authorization: `Bearer ${process.env.CARRIER_API_KEY}` }, body: JSON.stringify({ reference: order.id, adultSignature: true }) });
    const label = (await res.json()) as { trackingNumber: string; url: string };
    await prisma.order.update({ where: { id: order.id }, data: { trackingNumber: label.trackingNumber } });
    return { url: label.url };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: "Carrier error", detail: e };
  }
});

// ok: missing-auth
// ruleid: missing-input-validation
export const trackShipment = withRole(["OWNER", "CLUB_MANAGER", "TASTING_ROOM"], async (formData) => {
  const carrierUrl = String(formData.get("trackingUrl"));
  const res = await fetch(carrierUrl);
  return { status: res.status, body: (await res.text()).slice(0, 2000) };
});

// ok: missing-auth, missing-input-validation
export const trackByNumber = withRole(["OWNER", "CLUB_MANAGER", "TASTING_ROOM"], async (formData) => {
  const tracking = z.string().regex(/^[A-Z0-9]{8,30}$/).parse(formData.get("tracking"));
  const res = await fetch(`${CARRIER_API}/track/${tracking}`, { headers: { authorization: `Bearer ${process.env.CARRIER_API_KEY}` } });
  const data = (await res.json()) as { status: string; eta?: string };
  return { status: data.status, eta: data.eta ?? null };
});
