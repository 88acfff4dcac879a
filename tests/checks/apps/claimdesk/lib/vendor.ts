import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";

// Vendors (body shops, contractors) sign in with Auth.js like staff and are linked through VendorUser.
export async function requireVendor() {
  const { userId } = await verifySession();
  const vu = await prisma.vendorUser.findUnique({ where: { userId }, select: { vendorId: true, role: true } });
  if (!vu) throw new Error("Not a vendor account");
  return { userId, vendorId: vu.vendorId, role: vu.role };
}
