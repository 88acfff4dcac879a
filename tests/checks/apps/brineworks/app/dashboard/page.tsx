import Link from "next/link";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { boats, bids } from "@/db/schema";
import { verifySession } from "@/lib/dal";

export default async function Dashboard() {
  // ok: floating-auth-check
  const session = await verifySession();
  const myBoats = await db.select({ id: boats.id, name: boats.name }).from(boats).where(eq(boats.ownerId, session.userId));
  const myBids = await db.select({ lotId: bids.lotId, amount: bids.amount }).from(bids).where(eq(bids.buyerId, session.userId)).orderBy(desc(bids.createdAt)).limit(10);
  return (
    <div>
      <h1>Your harbour</h1>
      <h2>Boats</h2>
      <ul>{myBoats.map((b) => <li key={b.id}>{b.name}</li>)}</ul>
      <h2>Recent bids</h2>
      <ul>{myBids.map((b, i) => <li key={i}><Link href={`/auctions/${b.lotId}`}>{b.amount}</Link></li>)}</ul>
    </div>
  );
}
