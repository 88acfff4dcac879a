import "server-only";
import { prisma } from "@/lib/db";

export async function ownsDelivery(memberId: string, deliveryId: string): Promise<boolean> {
  const d = await prisma.delivery.findFirst({ where: { id: deliveryId, memberId }, select: { id: true } });
  return d !== null;
}
