import { createHmac } from "node:crypto";
import { prisma } from "~/lib/prisma";

type ResendEvent = { type: string; data: { to: string[] } };

// ok: missing-auth -- svix signature checked (non-constant time: see below)
// ok: missing-input-validation -- a verified provider event
export async function POST(req: Request) {
  const payload = await req.text();
  const id = req.headers.get("svix-id");
  const timestamp = req.headers.get("svix-timestamp");
  const signatureHeader = req.headers.get("svix-signature");
  if (!id || !timestamp || !signatureHeader) {
    return new Response("Missing headers", { status: 400 });
  }
  const secret = Buffer.from(process.env.RESEND_WEBHOOK_SECRET!.split("_")[1], "base64");
  const expectedSignature = createHmac("sha256", secret).update(`${id}.${timestamp}.${payload}`).digest("base64");
  const signatures = signatureHeader.split(" ").map((part) => part.split(",")[1]);
  // ruleid: timing-unsafe-comparison
  if (!signatures.some((signature) => signature === expectedSignature)) {
    return new Response("Invalid signature", { status: 401 });
  }
  const event = JSON.parse(payload) as ResendEvent;
  if (event.type === "email.bounced") {
    await prisma.user.updateMany({ where: { email: { in: event.data.to } }, data: { emailBounced: true } });
  }
  return Response.json({ ok: true });
}
