"use server";

import bcrypt from "bcryptjs";
import { headers } from "next/headers";
import * as v from "valibot";
import { getBoothSession, requireBooth } from "@/lib/auth/booth";
import { prisma } from "@/lib/db/prisma";
import { boothDb, pendingTakes, markSynced, takesByLabel } from "@/lib/db/booth-cache";
import { limiter } from "@/lib/memory-limiter";
import { logActivity } from "@/lib/audit";

const PairSchema = v.object({ deviceId: v.pipe(v.string(), v.maxLength(40)), pin: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

// Pairing is the booth's sign-in.
// ok: missing-input-validation, missing-rate-limit, missing-audit-log // todook: missing-auth -- known gap (pass 38, K): the PIN pairing sign-in read as a private read (frozen38 only; frozen38c does not report it)
export async function pairBooth(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "local";
  if (!limiter.check(`pair:${ip}`, 5)) return { error: "Too many attempts" };
  const data = v.parse(PairSchema, Object.fromEntries(formData));
  const device = await prisma.boothDevice.findUnique({ where: { id: data.deviceId }, select: { id: true, networkId: true, pinHash: true } });
  // ok: timing-unsafe-comparison
  const ok = !!device && (await bcrypt.compare(data.pin, device.pinHash));
  await logActivity({ networkId: device?.networkId, action: ok ? "booth.pair" : "booth.pair_failed", target: data.deviceId });
  // ok: information-disclosure
  if (!ok || !device) return { error: "Wrong device or PIN" };
  const session = await getBoothSession();
  session.deviceId = device.id;
  session.networkId = device.networkId;
  await session.save();
  return { ok: true };
}

// Quick unlock with the studio PIN kept in the env for the single shared tablet.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function unlockBooth(pin: string) {
  if (typeof pin !== "string" || pin.length !== 6) return { error: "PIN is 6 digits" };
  // ruleid: timing-unsafe-comparison
  if (pin !== process.env.BOOTH_STUDIO_PIN) return { error: "Wrong PIN" };
  const session = await getBoothSession();
  session.deviceId = "studio-tablet";
  session.networkId = process.env.STUDIO_NETWORK_ID;
  await session.save();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function saveTake(formData: FormData) {
  const booth = await requireBooth();
  const take = v.parse(v.object({ id: v.string(), episodeId: v.string(), label: v.optional(v.pipe(v.string(), v.maxLength(80))), filePath: v.pipe(v.string(), v.startsWith("/booth/takes/")) }), Object.fromEntries(formData));
  const ep = await prisma.episode.findFirst({ where: { id: take.episodeId, networkId: booth.networkId }, select: { id: true } });
  if (!ep) return { error: "Unknown episode" };
  // ok: sql-injection
  boothDb.prepare("INSERT INTO takes (id, episode_id, label, file_path) VALUES (?, ?, ?, ?)").run(take.id, take.episodeId, take.label ?? null, take.filePath);
  return { ok: true };
}

// String().slice() coerces, it does not check
// ruleid: missing-input-validation, missing-auth
export async function listPendingTakes(episodeId: string) {
  const session = await getBoothSession();
  const rows = pendingTakes(String(episodeId).slice(0, 40));
  return { operator: session.operator, rows };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function findTakes(label: string) {
  await requireBooth();
  return takesByLabel(label);
}

// ok: missing-auth, missing-input-validation
export async function syncTakes(ids: unknown) {
  await requireBooth();
  const list = v.parse(v.pipe(v.array(v.string()), v.maxLength(200)), ids);
  markSynced(list); // ruleid: missing-authorization
  return { synced: list.length };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renameTake(id: string, label: string) {
  await requireBooth();
  // ruleid: sql-injection, missing-authorization
  boothDb.exec(`UPDATE takes SET label = '${label}' WHERE id = '${id}'`);
  return { ok: true };
}
