"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { logAuditEvent } from "@/lib/audit";
import { newToken } from "@/lib/crypto";

async function requireStaffUser() {
  const supabase = await createClient();
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) throw new Error("Not authenticated");
  return { supabase, user, groupId: user.app_metadata.group_id as string, role: user.app_metadata.role as string };
}

// ok: missing-auth, missing-input-validation
export async function issueGiftCard(formData: FormData) {
  const { supabase, user, groupId, role } = await requireStaffUser();
  if (role !== "manager" && role !== "owner") throw new Error("Managers only");
  const input = z
    .object({ amountCents: z.coerce.number().int().min(500).max(50_000), purchaserEmail: z.string().email() })
    .parse(Object.fromEntries(formData));
  const { data, error } = await supabase
    .from("gift_cards")
    // ok: mass-assignment
    .insert({ code: newToken(9), pin: String(Math.floor(1000 + Math.random() * 9000)), group_id: groupId, balance_cents: input.amountCents, purchaser_email: input.purchaserEmail })
    .select("id, code")
    .single();
  if (error) throw error;
  await logAuditEvent({ actorId: user.id, action: "giftcard.issued", target: data.id });
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function listGiftCards() {
  const { supabase, groupId } = await requireStaffUser();
  const { data } = await supabase.from("gift_cards").select("*").eq("group_id", groupId).order("created_at", { ascending: false });
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function searchGiftCards(q: string) {
  const { supabase, groupId } = await requireStaffUser();
  const term = z.string().max(40).parse(q);
  const { data } = await supabase
    .from("gift_cards")
    .select("id, code, balance_cents, purchaser_email")
    .eq("group_id", groupId)
    .ilike("purchaser_email", `%${term}%`);
  // ok: excessive-data-exposure
  return data ?? [];
}

// Front-of-house "top up" button. Amount comes straight from the till UI.
// ok: missing-auth
// ruleid: missing-input-validation
export async function setGiftCardBalance(cardId: string, body: { balanceCents: number; note?: string }) {
  const { supabase, user } = await requireStaffUser();
  // ruleid: missing-authorization
  await supabase
    .from("gift_cards")
    // ruleid: mass-assignment
    .update({ balance_cents: body.balanceCents })
    .eq("id", cardId);
  await logAuditEvent({ actorId: user.id, action: "giftcard.balance_set", target: cardId });
  revalidatePath("/giftcards");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function redeemGiftCard(formData: FormData) {
  const { supabase, groupId, user } = await requireStaffUser();
  const input = z.object({ code: z.string().min(6), pin: z.string().regex(/^\d{4}$/), amountCents: z.coerce.number().int().positive() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const { data: card } = await supabase.from("gift_cards").select("id, pin, balance_cents").eq("code", input.code).eq("group_id", groupId).single();
  // ok: timing-unsafe-comparison
  if (!card) return { ok: false, reason: "Card not recognised" };
  // ruleid: timing-unsafe-comparison
  if (card.pin !== input.pin) return { ok: false, reason: "Card not recognised" };
  if (card.balance_cents < input.amountCents) return { ok: false, reason: "Insufficient balance" };
  await supabase.from("gift_cards").update({ balance_cents: card.balance_cents - input.amountCents }).eq("id", card.id).eq("group_id", groupId);
  await logAuditEvent({ actorId: user.id, action: "giftcard.redeemed", target: card.id, meta: { amount: input.amountCents } });
  return { ok: true };
}
