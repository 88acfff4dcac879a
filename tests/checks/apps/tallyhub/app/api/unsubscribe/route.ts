import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { subscribers } from "@/db/schema";
import { isValidUnsubscribeToken } from "@/lib/unsubscribe";

// ok: missing-auth -- the signed token authenticates the link
// ok: missing-input-validation -- explicit runtime checks
export async function GET(req: Request) {
  const url = new URL(req.url);
  const email = url.searchParams.get("email");
  const token = url.searchParams.get("token");
  if (typeof email !== "string" || typeof token !== "string" || !isValidUnsubscribeToken(email, token)) {
    return new Response("Invalid link", { status: 400 });
  }
  await db.delete(subscribers).where(eq(subscribers.email, email));
  return new Response("You have been unsubscribed.");
}
