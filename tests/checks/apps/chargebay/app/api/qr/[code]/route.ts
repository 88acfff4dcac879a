import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";

// Printed QR stickers point here: https://chargebay.io/api/qr/<code>
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const charger = await prisma.charger.findFirst({ where: { ocppId: code.split("-")[1] }, select: { id: true } });
  if (!charger) redirect("/map?unknown=1");
  redirect(`/app/start?qr=${code}`);
}
