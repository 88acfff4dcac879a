import { requireStaff } from "@/lib/auth/require";
import { prisma } from "@/lib/db/prisma";

export default async function AdminHome() {
  const session = await requireStaff();
  const [openTickets, pendingOrders] = await Promise.all([
    prisma.supportTicket.count({ where: { status: "open" } }),
    prisma.order.count({ where: { status: "pending" } }),
  ]);
  return (
    <main>
      <h1>Hi {session.user.email}</h1>
      <p>{openTickets} open tickets · {pendingOrders} pending orders</p>
    </main>
  );
}
