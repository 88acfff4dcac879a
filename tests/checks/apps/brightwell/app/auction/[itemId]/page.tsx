import { notFound } from "next/navigation";
import { connectMongo } from "@/lib/mongo";
import { AuctionItem } from "@/models/AuctionItem";
import { BidForm } from "@/components/BidForm";

export default async function AuctionItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  await connectMongo();
  const item = await AuctionItem.findById(itemId).select("title description highBidCents closesAt").lean();
  if (!item) notFound();
  return (
    <main>
      <h1>{item.title}</h1>
      <p>{item.description}</p>
      <BidForm itemId={itemId} highBidCents={item.highBidCents ?? 0} />
    </main>
  );
}
