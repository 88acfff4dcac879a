import "server-only";
import PocketBase from "pocketbase";
import type { NextApiRequest, NextApiResponse } from "next";

/**
 * The gate kiosk (a tablet at each marina office) signs crew in against PocketBase.
 * Each request gets its own PocketBase instance with the auth store loaded from the cookie.
 */
export function pbForRequest(req: NextApiRequest): PocketBase {
  const pb = new PocketBase(process.env.POCKETBASE_URL);
  pb.authStore.loadFromCookie(req.headers.cookie ?? "", "pb_kiosk");
  return pb;
}

export function persistPbCookie(pb: PocketBase, res: NextApiResponse) {
  res.setHeader("set-cookie", pb.authStore.exportToCookie({ httpOnly: true, secure: true, sameSite: "Lax" }, "pb_kiosk"));
}

/** Validates and refreshes the kiosk session; returns the kiosk record or null. */
export async function getKioskAuth(req: NextApiRequest) {
  const pb = pbForRequest(req);
  if (!pb.authStore.isValid) return null;
  try {
    await pb.collection("kiosks").authRefresh();
  } catch {
    pb.authStore.clear();
    return null;
  }
  return { pb, kiosk: pb.authStore.record! };
}
