import { getMessaging } from "firebase-admin/messaging";
import { initializeApp, getApps, cert } from "firebase-admin/app";
import { kdb } from "@/lib/db/kysely";

if (!getApps().length) initializeApp({ credential: cert(JSON.parse(process.env.FIREBASE_SERVICE_ACCOUNT ?? "{}")) });

export async function sendPush(userId: string, body: string) {
  const tokens = await kdb.selectFrom("device_tokens").select(["token"]).where("user_id", "=", userId).execute();
  if (!tokens.length) return;
  await getMessaging().sendEachForMulticast({ tokens: tokens.map((t) => t.token), notification: { title: "Hearthcare", body } });
}
