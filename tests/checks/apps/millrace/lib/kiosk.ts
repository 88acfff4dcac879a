import { headers } from "next/headers";
import { secureCompare } from "@/lib/secure-compare";

// Kiosk tablets send X-Kiosk-Secret; compared in constant time.
export async function verifyKiosk(req: Request): Promise<boolean> {
  const provided = req.headers.get("x-kiosk-secret") ?? "";
  return secureCompare(provided, process.env.KIOSK_SHARED_SECRET!);
}

export async function kioskSecretFromHeaders(): Promise<string | null> {
  const h = await headers();
  return h.get("x-kiosk-secret");
}
